'use server'

import { revalidatePath } from 'next/cache'
import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'
import { forgetRetakeSession } from '@/lib/plans/retakes/retake-session'
import { deletePlan, findPlanByOwnerToken, revokeShareToken, rotateShareToken } from '@/lib/plans/store/plan-repo'
import { deadLink } from '@/lib/plans/views/dead-link'
import { clearFlash } from '@/lib/platform/flash/flash'
import { logSecurityEvent } from '@/lib/platform/log'
import { formInput } from '@/lib/platform/security/action-input'
import { isWellFormedToken, tokenHash } from '@/lib/platform/security/tokens'
import { currentDraft, forgetDraftCookie } from '@/lib/questionnaire/draft-session'
import { forgetMadePlan } from '@/lib/questionnaire/made-plan-session'

// Owner actions. Each one authorizes itself from the owner token in the form (never trusting that the form was
// rendered on the owner's page), changes the plan through lib/plans/store, drops every cached share page so a dead link
// stops answering at once, and redirects (post/redirect/get, so it works without JavaScript).

const TokenSchema = z.string().refine(isWellFormedToken)
const OwnerFormSchema = z.object({ token: TokenSchema })
const DeleteFormSchema = z.object({ token: TokenSchema, confirm: z.literal('yes') })

// Which share token a cached page belongs to is not known here (only hashes are stored), so every cached share page
// is dropped; each is rebuilt from the database on its next visit.
const dropCachedSharePages = () => revalidatePath('/share/[token]', 'page')

// Logs name a plan by the first 12 hex digits of its owner token's hash: enough to find the row, useless as a link.
const planRef = (ownerToken: string) => tokenHash(ownerToken).slice(0, 12)

async function authorizedToken(form: FormData): Promise<string> {
  const parsed = OwnerFormSchema.safeParse({ token: form.get('token') })
  // No token of the right shape: no page of ours sent this (the forms carry the page's own token).
  if (!parsed.success) notFound()
  // A plan deleted meanwhile (in another tab) or a token that never was: the dead-link page, not a blank one.
  if (!(await findPlanByOwnerToken(parsed.data.token))) deadLink('plan')
  return parsed.data.token
}

export async function rotateShareLinkAction(input: unknown): Promise<void> {
  const token = await authorizedToken(formInput(input))
  if (!(await rotateShareToken(token))) deadLink('plan')
  dropCachedSharePages()
  await logSecurityEvent('share_rotated', { plan: planRef(token) })
  redirect(`/plan/${token}?done=share-new#share-title`)
}

export async function revokeShareLinkAction(input: unknown): Promise<void> {
  const token = await authorizedToken(formInput(input))
  if (!(await revokeShareToken(token))) deadLink('plan')
  dropCachedSharePages()
  await logSecurityEvent('share_revoked', { plan: planRef(token) })
  redirect(`/plan/${token}?done=share-off#share-title`)
}

export async function deletePlanAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const parsed = DeleteFormSchema.safeParse({ token: form.get('token'), confirm: form.get('confirm') })
  // Without the confirmation field the request did not come from the confirmation page: send them back to it.
  if (!parsed.success) {
    const token = TokenSchema.safeParse(form.get('token'))
    if (!token.success) notFound()
    redirect(`/plan/${token.data}/delete`)
  }
  const token = await authorizedToken(form)
  const erased = await deletePlan(token)
  if (!erased) deadLink('plan')
  // This browser may hold a retake of it, the draft it came from, or what a failed form of it kept: forget them.
  await forgetRetakeSession()
  await forgetMadePlan()
  await clearFlash()
  if (!(await currentDraft())) await forgetDraftCookie()
  dropCachedSharePages()
  await logSecurityEvent('plan_deleted', { plan: planRef(token), plans: erased.plans })
  redirect(`/plan/deleted?plans=${erased.plans}`)
}

'use server'

import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'
import { formFieldErrors } from '@/lib/engine/input/field-errors'
import { ownerFormKey } from '@/lib/plans/positioning/form-keys'
import { DAY_MS } from '@/lib/plans/progress/days'
import { EXPIRY_DAYS } from '@/lib/plans/raters/expiry'
import { createRaterLink, deleteRaterLink, revokeRaterLink } from '@/lib/plans/raters/rater-repo'
import { deadLink } from '@/lib/plans/views/dead-link'
import { clearFlash, setFlash } from '@/lib/platform/flash/flash'
import { formInput } from '@/lib/platform/security/action-input'
import { isWellFormedToken } from '@/lib/platform/security/tokens'
import { publicOrigin } from '@/lib/questionnaire/request'

// The owner's rating-link actions. Each authorizes by the owner token in the form; the repository only touches links
// of that owner's family.

const TokenSchema = z.string().refine(isWellFormedToken)

const CreateSchema = z.object({
  label: z
    .string()
    .trim()
    .max(60, 'Who it is for: keep it under 60 characters.')
    .transform((v) => (v === '' ? null : v)),
  days: z.coerce
    .number()
    .refine((d) => (EXPIRY_DAYS as readonly number[]).includes(d), 'Choose how long the link works.'),
})

const page = (token: string, hash = '') => `/plan/${token}/raters${hash}`

export async function createRaterLinkAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = TokenSchema.safeParse(form.get('token'))
  if (!token.success) notFound()
  const parsed = CreateSchema.safeParse({ label: form.get('label') ?? '', days: form.get('days') ?? '' })
  if (!parsed.success) {
    await setFlash(ownerFormKey.raters(token.data), {
      values: { label: String(form.get('label') ?? '').slice(0, 200) },
      errors: formFieldErrors(parsed.error, { label: 'rater-label', days: 'rater-days' }, 'rater-label'),
    })
    redirect(page(token.data, '#error-summary'))
  }
  const link = await createRaterLink(token.data, {
    label: parsed.data.label,
    expiresAt: new Date(Date.now() + parsed.data.days * DAY_MS),
  })
  if (!link) deadLink('plan')
  // Only the hash is stored: the form flash carries the link to this browser's raters page (until its next form post,
  // at most 30 minutes), and nowhere else.
  await setFlash(ownerFormKey.raterNew(token.data), {
    values: { url: `${await publicOrigin()}/rate/${link.token}` },
    errors: [],
  })
  redirect(page(token.data, '#new-link'))
}

async function ownerAndLink(form: FormData) {
  const token = TokenSchema.safeParse(form.get('token'))
  const linkId = z.string().uuid().safeParse(form.get('linkId'))
  if (!token.success || !linkId.success) notFound()
  return { token: token.data, linkId: linkId.data }
}

export async function revokeRaterLinkAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const { token, linkId } = await ownerAndLink(form)
  // Already off (a second click, another tab) or gone with its plan: the page says which, so just go back to it.
  await revokeRaterLink(token, linkId, new Date())
  await clearFlash()
  redirect(page(token, '#links-title'))
}

export async function deleteRaterLinkAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const { token, linkId } = await ownerAndLink(form)
  await deleteRaterLink(token, linkId)
  await clearFlash()
  redirect(page(token, '#links-title'))
}

'use server'

import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'
import { type FieldError, formFieldErrors } from '@/lib/engine/input/field-errors'
import { contentVersion } from '@/lib/knowledge/load'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { raterItems, validRaterAnswers } from '@/lib/plans/raters/items'
import { findRaterLink, saveRaterResponse } from '@/lib/plans/raters/rater-repo'
import { deadLink } from '@/lib/plans/views/dead-link'
import { clearFlash, scopedFormKey, setFlash } from '@/lib/platform/flash/flash'
import { formInput } from '@/lib/platform/security/action-input'
import { isWellFormedToken } from '@/lib/platform/security/tokens'

// The rater's actions: authorized by the rater token alone, and only while the link is live. Nothing here can reach
// the owner's plan; answers go to their own table.

const TokenSchema = z.string().refine(isWellFormedToken)
const SignatureSchema = z.string().max(80, { error: 'Your name: keep it under 80 characters.' })

async function liveToken(form: FormData): Promise<string> {
  const token = TokenSchema.safeParse(form.get('token'))
  // No token of the right shape: no page of ours sent this (a malformed request, answered 404).
  if (!token.success) notFound()
  // Turned off while the rater was answering: say so, rather than a blank page.
  const found = await findRaterLink(token.data, new Date())
  if (found.state !== 'live') deadLink(found.state === 'off' ? 'rating-off' : 'rating')
  return token.data
}

export async function submitRatingAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = await liveToken(form)
  const content = (await currentContent()).content
  const items = raterItems(content)
  const raw = Object.fromEntries(items.map((i) => [i.questionId, form.get(i.questionId)]))
  const answers = validRaterAnswers(items, raw)
  const typedSignature = String(form.get('signature') ?? '').trim()
  const signed = SignatureSchema.safeParse(typedSignature)
  const signature = signed.success ? signed.data : typedSignature
  const errors: FieldError[] = signed.success ? [] : formFieldErrors(signed.error, {}, 'signature')
  if (Object.keys(answers).length === 0)
    errors.push({
      fieldId: `item-${items[0]?.questionId ?? 'none'}`,
      message: 'Answer at least one item, or choose “I’d rather not answer” below.',
    })
  if (errors.length > 0) {
    const values = Object.fromEntries(
      Object.entries({ ...raw, signature }).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
    )
    await setFlash(scopedFormKey('rate', token), { values, errors })
    redirect(`/rate/${token}#error-summary`)
  }
  const saved = await saveRaterResponse(token, new Date(), {
    status: 'answered',
    answers,
    contentVersion: contentVersion(content),
    signature: signature === '' ? null : signature,
  })
  if (!saved) deadLink('rating-off')
  await clearFlash()
  redirect(`/rate/${token}?done=answered`)
}

export async function declineRatingAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = await liveToken(form)
  const saved = await saveRaterResponse(token, new Date(), {
    status: 'declined',
    answers: {},
    contentVersion: contentVersion((await currentContent()).content),
    signature: null,
  })
  if (!saved) deadLink('rating-off')
  redirect(`/rate/${token}?done=declined`)
}

'use server'

import { revalidatePath } from 'next/cache'
import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { retakeStart } from '@/lib/plans/retakes/retake'
import { startRetakeSession } from '@/lib/plans/retakes/retake-session'
import { deadLink } from '@/lib/plans/views/dead-link'
import { clearFlash } from '@/lib/platform/flash/flash'
import { formInput } from '@/lib/platform/security/action-input'
import { isWellFormedToken } from '@/lib/platform/security/tokens'
import { replaceDraftAnswers } from '@/lib/questionnaire/answer-draft-repo'
import { currentOrNewDraft } from '@/lib/questionnaire/draft-session'

const TokenSchema = z.string().refine(isWellFormedToken)

/** Starts a retake in this browser: the questionnaire, filled in with the newest plan's answers. */
export async function startRetakeAction(input: unknown): Promise<void> {
  const token = TokenSchema.safeParse(formInput(input).get('token'))
  // No token of the right shape: no page of ours sent this (a malformed request, answered 404).
  if (!token.success) notFound()
  const start = await retakeStart((await currentContent()).content, token.data)
  if (!start) deadLink('plan')
  const draft = await currentOrNewDraft()
  await replaceDraftAnswers(draft.id, start.answers)
  await startRetakeSession(token.data)
  await clearFlash()
  revalidatePath('/assessment', 'layout')
  redirect('/assessment/check')
}

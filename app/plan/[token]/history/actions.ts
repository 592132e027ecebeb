'use server'

import { revalidatePath } from 'next/cache'
import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'
import { currentOrNewDraft } from '@/lib/assessment/draft-session'
import { clearFlash } from '@/lib/assessment/flash'
import { currentContent } from '@/lib/content-store/current-content'
import { replaceDraftAnswers } from '@/lib/drafts/draft-repo'
import { deadLink } from '@/lib/plan-views/dead-link'
import { retakeStart } from '@/lib/reassess/retake'
import { startRetakeSession } from '@/lib/reassess/retake-session'
import { formInput } from '@/lib/security/action-input'
import { isWellFormedToken } from '@/lib/stored-plans/tokens'

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

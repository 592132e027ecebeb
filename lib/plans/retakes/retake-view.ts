import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import { raiseNote } from './prefill'
import { retakeStart } from './retake'
import { retakeOwnerToken } from './retake-session'

export type RetakeView = { previousSequence: number; previousDate: Date; notes: Map<string, string> }

/**
 * For the questionnaire's pages while a retake is under way: which assessment is being retaken, and a note for each
 * answer a finished step raised — shown only while the answer is still the raised one.
 */
export async function currentRetakeView(content: Content, answers: Answers): Promise<RetakeView | null> {
  const token = await retakeOwnerToken()
  if (!token) return null
  const start = await retakeStart(content, token)
  if (!start) return null
  const notes = new Map<string, string>()
  for (const raise of start.raised)
    if (JSON.stringify(answers[raise.questionId]) === JSON.stringify(start.answers[raise.questionId]))
      notes.set(raise.questionId, raiseNote(raise))
  return { previousSequence: start.previousSequence, previousDate: start.previousDate, notes }
}

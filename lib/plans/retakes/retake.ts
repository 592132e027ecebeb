import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import { assess } from '@/lib/engine/scoring/assess'
import { contentVersion } from '@/lib/knowledge/load'
import { dayOf } from '@/lib/plans/progress/days'
import { loadOwnerProgress } from '@/lib/plans/progress/load-progress'
import { trackedPlan } from '@/lib/plans/progress/plan-actions'
import { appendProgressEvent } from '@/lib/plans/progress/progress-repo'
import { createRetakePlan } from '@/lib/plans/store/plan-repo'
import { type DoneStep, prefillRetake, type Raise } from './prefill'

// Retaking: start from the newest plan's answers (raised where finished steps count as evidence), then store the new
// plan in the same family. Steps of the new plan already finished in the old one start done, with their old day.

export type RetakeStart = {
  answers: Answers
  raised: Raise[]
  dropped: string[]
  previousSequence: number
  previousDate: Date
}

/** The answers a retake starts from, for the owner of this token. Null when the token is unknown. */
export async function retakeStart(content: Content, ownerToken: string): Promise<RetakeStart | null> {
  const owner = await loadOwnerProgress(ownerToken)
  if (!owner) return null
  const { view, progress } = owner
  const done: DoneStep[] = progress.made.actions
    .filter((a) => progress.state.done.has(a.actionId))
    .map((a) => ({ actionId: a.actionId, title: a.title }))
  const previous = (typeof view.answers === 'object' && view.answers !== null ? view.answers : {}) as Answers
  return { ...prefillRetake(content, previous, done), previousSequence: view.sequence, previousDate: view.createdAt }
}

/** Stores validated answers as the family's next plan. Null when the owner token is unknown. */
export async function storeRetakePlan(
  content: Content,
  answers: Answers,
  ownerToken: string,
  draftId: string,
): Promise<{ sequence: number } | null> {
  const before = await loadOwnerProgress(ownerToken)
  if (!before) return null
  const { result, plan } = assess(content, answers)
  const stored = await createRetakePlan(ownerToken, {
    answers,
    result,
    plan,
    contentVersion: contentVersion(content),
    draftId,
    startsOn: dayOf(new Date()),
  })
  if (!stored) return null
  const carried = new Set(trackedPlan(plan).actions.map((a) => a.actionId))
  for (const [actionId, day] of before.progress.state.done)
    if (carried.has(actionId)) await appendProgressEvent(stored.id, { kind: 'done', actionId, day })
  return { sequence: stored.sequence }
}

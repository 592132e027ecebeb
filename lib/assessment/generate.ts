import type { Answers } from '@/lib/content/answers'
import { contentVersion } from '@/lib/content/load'
import type { Content } from '@/lib/content/schema'
import type { Plan } from '@/lib/plan/plan-schema'
import { assess } from '@/lib/scoring/assess'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { createPlan } from '@/lib/stored-plans/plan-repo'

export type StoredNewPlan = { ownerToken: string; shareToken: string; result: AssessmentResult; plan: Plan }

/**
 * Scores validated answers, builds the plan and stores both with the content version that made them. `draftId` is the
 * questionnaire draft they came from, so erasing the plan erases the draft too if it still exists.
 */
export async function storeNewPlan(
  content: Content,
  answers: Answers,
  options: { draftId?: string } = {},
): Promise<StoredNewPlan> {
  const { result, plan } = assess(content, answers)
  const { ownerToken, shareToken } = await createPlan({
    answers,
    result,
    plan,
    contentVersion: contentVersion(content),
    draftId: options.draftId,
  })
  return { ownerToken, shareToken, result, plan }
}

import type { Answers } from '@/lib/content/answers'
import { contentVersion } from '@/lib/content/load'
import type { Content } from '@/lib/content/schema'
import { buildPlan, constraintsFromAnswers } from '@/lib/plan/build-plan'
import type { Plan } from '@/lib/plan/plan-schema'
import { createPlan } from '@/lib/plans/plan-repo'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { scoreAssessment } from '@/lib/scoring/score'

export type StoredNewPlan = { ownerToken: string; shareToken: string; result: AssessmentResult; plan: Plan }

/** Scores validated answers, builds the plan and stores both with the content version that made them. */
export async function storeNewPlan(content: Content, answers: Answers): Promise<StoredNewPlan> {
  const result = scoreAssessment(content, answers)
  const plan = buildPlan(content, result, constraintsFromAnswers(content, answers))
  const { ownerToken, shareToken } = await createPlan({
    answers,
    result,
    plan,
    contentVersion: contentVersion(content),
  })
  return { ownerToken, shareToken, result, plan }
}

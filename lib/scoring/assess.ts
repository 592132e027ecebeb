import type { Answers } from '@/lib/content/answers'
import type { Content } from '@/lib/content/schema'
import { buildPlan, constraintsFromAnswers } from '@/lib/plan/build-plan'
import type { Plan } from '@/lib/plan/plan-schema'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { scoreAssessment } from '@/lib/scoring/score'

export type Assessment = { result: AssessmentResult; plan: Plan }

/**
 * The one way from validated answers to a readout and its plan. Every caller (the form flow, the API, the CLI, the
 * benchmark, the tests) goes through here, so the two steps can never be wired differently in two places.
 */
export function assess(content: Content, answers: Answers): Assessment {
  const result = scoreAssessment(content, answers)
  return { result, plan: buildPlan(content, result, constraintsFromAnswers(content, answers)) }
}

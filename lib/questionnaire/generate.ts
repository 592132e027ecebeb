import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import type { Plan } from '@/lib/engine/plan/plan-schema'
import { assess } from '@/lib/engine/scoring/assess'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'
import { contentVersion } from '@/lib/knowledge/load'
import { createPlan } from '@/lib/plans/store/plan-repo'
import { getEnv } from '@/lib/platform/env'

export type StoredNewPlan = {
  ownerToken: string
  shareToken: string
  result: AssessmentResult
  plan: Plan
  /** Deleted then, unless its owner claims it first. */
  expiresAt: Date
  /** result and plan as the JSON text just stored, for a response that carries them (serialised once). */
  json: { result: string; plan: string }
}

/**
 * Scores validated answers, builds the plan and stores both with the content version that made them. `draftId` is the
 * questionnaire draft they came from, so erasing the plan erases the draft too if it still exists.
 * The plan is swept later unless its owner claims it: the browser is sent to the owner page at once, whose first
 * visit claims it, so a plan nobody opened was never handed to anyone (the server died before answering); an API
 * client claims it by opening its ownerUrl or with POST /api/plans/claim (docs/api.md). Unclaimed plans are how
 * a stranger would fill the disk, and they go after UNOPENED_PLAN_RETENTION_HOURS.
 */
export async function storeNewPlan(
  content: Content,
  answers: Answers,
  options: { draftId?: string } = {},
): Promise<StoredNewPlan> {
  const { result, plan } = assess(content, answers)
  const expiresAt = new Date(Date.now() + getEnv().retention.unopenedPlanHours * 3600_000)
  const { ownerToken, shareToken, json } = await createPlan(
    { answers, result, plan, contentVersion: contentVersion(content), draftId: options.draftId },
    { expiresUnlessOpenedAt: expiresAt },
  )
  return { ownerToken, shareToken, result, plan, expiresAt, json }
}

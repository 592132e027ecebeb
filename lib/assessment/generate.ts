import type { Answers } from '@/lib/content/answers'
import { contentVersion } from '@/lib/content/load'
import type { Content } from '@/lib/content/schema'
import { getEnv } from '@/lib/env'
import type { Plan } from '@/lib/plan/plan-schema'
import { assess } from '@/lib/scoring/assess'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { createPlan } from '@/lib/stored-plans/plan-repo'

export type StoredNewPlan = { ownerToken: string; shareToken: string; result: AssessmentResult; plan: Plan }

/**
 * Scores validated answers, builds the plan and stores both with the content version that made them. `draftId` is the
 * questionnaire draft they came from, so erasing the plan erases the draft too if it still exists.
 * From a draft (the browser journey) the plan is also swept later unless its owner page is opened: the browser is sent
 * there at once, so a plan nobody opened was never handed to anyone (the server died before answering). API clients
 * get the plan in the response itself, so their plans are kept.
 */
export async function storeNewPlan(
  content: Content,
  answers: Answers,
  options: { draftId?: string } = {},
): Promise<StoredNewPlan> {
  const { result, plan } = assess(content, answers)
  const unclaimedMs = getEnv().retention.unopenedPlanHours * 3600_000
  const { ownerToken, shareToken } = await createPlan(
    { answers, result, plan, contentVersion: contentVersion(content), draftId: options.draftId },
    options.draftId ? { expiresUnlessOpenedAt: new Date(Date.now() + unclaimedMs) } : {},
  )
  return { ownerToken, shareToken, result, plan }
}

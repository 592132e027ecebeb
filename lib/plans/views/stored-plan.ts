import type { z } from 'zod'
import { type Plan, PlanSchema } from '@/lib/engine/plan/plan-schema'
import { type AssessmentResult, AssessmentResultSchema } from '@/lib/engine/scoring/result-schema'
import { isV1, upgradeV1 } from './upgrade-v1'

// A stored row's payload comes back from the database as `unknown`. We parse it with the engine's own schemas (after
// upgrading a version-1 payload) before rendering, so a page can only ever show a result and plan of the shape it was
// written for. A row that fails is not a user error (the user did nothing wrong): it is thrown, logged once, and shown
// as the generic error page.

export type StoredPlanRow = { result: unknown; plan: unknown; createdAt: Date }

export type StoredPlanView = { result: AssessmentResult; plan: Plan; createdAt: Date }

export class StoredPlanError extends Error {
  constructor(
    readonly column: 'result' | 'plan',
    readonly issues: string[],
  ) {
    super(`Stored ${column} does not match its schema: ${issues.slice(0, 5).join('; ')}`)
    this.name = 'StoredPlanError'
  }
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
}

export function parseStoredPlan(row: StoredPlanRow): StoredPlanView {
  if (isV1(row.result)) {
    const upgraded = upgradeV1(row.result, row.plan)
    if (!upgraded) throw new StoredPlanError('result', ['a version 1 payload that could not be read'])
    return { ...upgraded, createdAt: row.createdAt }
  }
  const result = AssessmentResultSchema.safeParse(row.result)
  if (!result.success) throw new StoredPlanError('result', issuesOf(result.error))
  const plan = PlanSchema.safeParse(row.plan)
  if (!plan.success) throw new StoredPlanError('plan', issuesOf(plan.error))
  return { result: result.data, plan: plan.data, createdAt: row.createdAt }
}

/** The read-only copy: the answers themselves (each question and what was chosen) stay with the owner. */
export function withoutAnswers(view: StoredPlanView): StoredPlanView {
  return { ...view, result: { ...view.result, answers: [] } }
}

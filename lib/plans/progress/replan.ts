import type { Content } from '@/lib/engine/content/schema'
import type { Plan } from '@/lib/engine/plan/plan-schema'
import { replanAll } from '@/lib/engine/plan/replan'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'
import type { PlanProgress } from './load-progress'
import type { PointedAt, ReplanData } from './schema'
import { currentResult } from './state'

/**
 * The re-plan event's data for "re-plan the rest from today at these hours": the steps not done, re-scheduled, with
 * the window and headline recomputed from the window now in force, less the whole weeks since its week 1.
 *
 * `from` is the plan whose steps are re-scheduled: by default the schedule now in force, so a plan pointed at a job
 * listing stays pointed at it; pointing at a listing (lib/plans/positioning/point-plan.ts) passes a plan built for the
 * listing, and "stop pointing" the plan as made, with `listing` saying which listing (or none) the result points at.
 */
export function replanFromToday(
  content: Content,
  result: AssessmentResult,
  progress: Pick<PlanProgress, 'currentPlan' | 'state' | 'summary'>,
  hoursPerWeek: number,
  from: { plan: Plan; listing: PointedAt | null } = {
    plan: progress.currentPlan,
    listing: progress.state.replan?.listing ?? null,
  },
): ReplanData {
  const now = currentResult(result, progress.state)
  const { plan, window, headline } = replanAll(
    content,
    result,
    now.window,
    from.plan,
    { done: new Set(progress.state.done.keys()), hoursPerWeek },
    Math.max(0, progress.summary.currentWeek - 1),
  )
  return { hoursPerWeek, plan, window, headline, ...(from.listing ? { listing: from.listing } : {}) }
}

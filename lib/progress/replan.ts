import type { Content } from '@/lib/content/schema'
import { replanAll } from '@/lib/plan/replan'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import type { PlanProgress } from './load-progress'
import type { ReplanData } from './schema'
import { currentResult } from './state'

/**
 * The re-plan event's data for "re-plan the rest from today at these hours": the steps not done, re-scheduled, with
 * the window and headline recomputed from the window now in force, less the whole weeks since its week 1.
 */
export function replanFromToday(
  content: Content,
  result: AssessmentResult,
  progress: Pick<PlanProgress, 'currentPlan' | 'state' | 'summary'>,
  hoursPerWeek: number,
): ReplanData {
  const now = currentResult(result, progress.state)
  const { plan, window, headline } = replanAll(
    content,
    result,
    now.window,
    progress.currentPlan,
    { done: new Set(progress.state.done.keys()), hoursPerWeek },
    Math.max(0, progress.summary.currentWeek - 1),
  )
  return { hoursPerWeek, plan, window, headline }
}

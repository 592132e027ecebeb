import { cache } from 'react'
import type { Plan } from '@/lib/engine/plan/plan-schema'
import { loadOwnerPlanView, type OwnerPlanView } from '@/lib/plans/views/load-plan'
import { dayOf } from './days'
import { countedPlan, type TrackedPlan, trackedPlan } from './plan-actions'
import { listProgressEvents } from './progress-repo'
import type { ProgressEvent } from './schema'
import { type ProgressState, progressState } from './state'
import { type ProgressSummary, summarize } from './summary'

// A plan with its progress, as the owner and share pages need it: the plan as made, the schedule now (the plan or
// its newest re-plan), the state folded from the events, and the summary for today.

export type PlanProgress = {
  planId: string
  today: string
  events: ProgressEvent[]
  state: ProgressState
  /**
   * The plan as made: every step counts towards progress. While the plan points at a job listing: its steps as
   * shown, with the plan as made's done steps (plan-actions.ts countedPlan).
   */
  made: TrackedPlan
  /** The weeks as they stand now. */
  schedule: TrackedPlan
  /** The plan to render: the stored one, or its newest re-plan. */
  currentPlan: Plan
  summary: ProgressSummary
}

export function progressOf(
  planId: string,
  plan: Plan,
  startsOn: string,
  events: ProgressEvent[],
  now: Date,
): PlanProgress {
  const today = dayOf(now)
  const state = progressState(startsOn, events)
  const currentPlan = state.replan?.plan ?? plan
  const schedule = trackedPlan(currentPlan)
  // A plan pointed at a job listing can add and drop steps: count the steps it shows. Other re-plans keep the plan as
  // made's count (the consistency suite holds every page to it).
  const made = state.replan?.listing ? countedPlan(trackedPlan(plan), schedule, state.done) : trackedPlan(plan)
  return { planId, today, events, state, made, schedule, currentPlan, summary: summarize(made, schedule, state, today) }
}

export async function loadProgress(planId: string, plan: Plan, startsOn: string): Promise<PlanProgress> {
  return progressOf(planId, plan, startsOn, await listProgressEvents(planId), new Date())
}

export type OwnerProgress = { view: OwnerPlanView; progress: PlanProgress }

/** The owner's newest plan with its progress, once per request. */
export const loadOwnerProgress = cache(async (ownerToken: string): Promise<OwnerProgress | null> => {
  const view = await loadOwnerPlanView(ownerToken)
  if (!view) return null
  return { view, progress: await loadProgress(view.id, view.plan, view.startsOn) }
})

import type { Plan } from '@/lib/engine/plan/plan-schema'
import { followUpText } from '@/lib/engine/plan/plan-text'

// The one place that reads actions and weeks out of a stored plan for progress, re-planning and exports. Everything
// else in lib/plans/progress, lib/plans/exports and components/progress works on this shape, so a change of the stored plan's
// shape is a change here only.

export type TrackedAction = {
  actionId: string
  title: string
  phaseId: string
  whatToDo: string
  doneWhen: string
  /** Hours of main effort scheduled (follow-ups aside). */
  hours: number
  startWeek: number
  endWeek: number
  /** Keeps going lightly after its main effort, until its end condition. */
  ongoing: boolean
  /** That light pace in words ("then about 3 hours a week until you accept a PM offer (expected by week 31)"). */
  followUp?: string | null
}

export type TrackedMilestone = { id: string; week: number; title: string; doneWhen: string; actionIds: string[] }

export type TrackedPlan = {
  hoursPerWeek: number
  totalWeeks: number
  phases: { id: string; title: string; startWeek: number; endWeek: number }[]
  /** In start order. */
  actions: TrackedAction[]
  milestones: TrackedMilestone[]
}

export function trackedPlan(plan: Plan): TrackedPlan {
  return {
    hoursPerWeek: plan.hoursPerWeek,
    totalWeeks: plan.totalWeeks,
    phases: plan.phases.map(({ id, title, startWeek, endWeek }) => ({ id, title, startWeek, endWeek })),
    actions: plan.actions.map((a) => ({
      actionId: a.actionId,
      title: a.title,
      phaseId: a.phaseId,
      whatToDo: a.whatToDo,
      doneWhen: a.doneWhen,
      hours: a.hours,
      startWeek: a.startWeek,
      endWeek: a.endWeek,
      ongoing: a.ongoing,
      followUp: a.followUp ? followUpText(a.followUp) : null,
    })),
    milestones: plan.milestones.map(({ id, week, title, doneWhen, actionIds }) => ({
      id,
      week,
      title,
      doneWhen,
      actionIds,
    })),
  }
}

/**
 * The steps that count towards progress: the plan as made's steps that are done or still scheduled, then any step
 * of the schedule now that the plan as made did not have (one a re-plan brought back, or one a plan pointed at a job
 * listing added), so every step on the page can be checked off and counts. A step a listing's re-plan dropped counts
 * only if it was done: otherwise the plan could never be finished.
 */
export function countedPlan(made: TrackedPlan, schedule: TrackedPlan, done: ReadonlyMap<string, string>): TrackedPlan {
  if (made === schedule) return made
  const scheduled = new Set(schedule.actions.map((a) => a.actionId))
  const mine = new Set(made.actions.map((a) => a.actionId))
  return {
    ...made,
    actions: [
      ...made.actions.filter((a) => done.has(a.actionId) || scheduled.has(a.actionId)),
      ...schedule.actions.filter((a) => !mine.has(a.actionId)),
    ],
  }
}

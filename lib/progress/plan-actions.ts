import type { Plan } from '@/lib/plan/plan-schema'
import { ONGOING_WHAT_TO_DO } from '@/lib/plan/plan-text'

// The one place that reads actions and weeks out of a stored plan for progress, re-planning and exports. Everything
// else in lib/progress, lib/exports and components/progress works on this shape, so a change of the stored plan's
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
  /** Keeps going lightly after its main effort until the plan ends. */
  ongoing: boolean
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
  const byId = new Map<string, TrackedAction>()
  for (const week of [...plan.weeks].sort((a, b) => a.week - b.week)) {
    for (const item of week.items) {
      const followUp = item.whatToDo === ONGOING_WHAT_TO_DO
      const known = byId.get(item.actionId)
      if (!known) {
        byId.set(item.actionId, {
          actionId: item.actionId,
          title: item.title,
          phaseId: item.phaseId,
          whatToDo: item.whatToDo,
          doneWhen: item.doneWhen,
          hours: followUp ? 0 : item.hours,
          startWeek: week.week,
          endWeek: week.week,
          ongoing: followUp,
        })
      } else if (followUp) {
        known.ongoing = true
      } else {
        known.hours += item.hours
        known.endWeek = week.week
      }
    }
  }
  const actions = [...byId.values()]
  const phaseActions = (phaseId: string) => actions.filter((a) => a.phaseId === phaseId).map((a) => a.actionId)
  return {
    hoursPerWeek: plan.hoursPerWeek,
    totalWeeks: plan.totalWeeks,
    phases: plan.phases.map((p) => ({ id: p.id, title: p.title, startWeek: p.startWeek, endWeek: p.endWeek })),
    actions,
    milestones: plan.milestones.map((m) => ({
      id: m.id,
      week: m.week,
      title: m.title,
      doneWhen: m.doneWhen,
      // A phase's milestone is reached when that phase's steps are done.
      actionIds: m.id.startsWith('end-') ? phaseActions(m.id.slice(4)) : [],
    })),
  }
}

import { weekOn } from './days'
import type { TrackedAction, TrackedMilestone, TrackedPlan } from './plan-actions'
import type { ProgressState } from './state'

// What the owner sees about their progress: the current week, progress per phase and overall, what is next, and
// whether they have fallen behind. Pure: "today" is passed in.

/** More than this many weeks of work overdue counts as behind, and the page offers to re-plan. */
export const BEHIND_WEEKS = 2
/** How many next steps to name. */
const NEXT_COUNT = 3

export type Tally = { done: number; total: number; doneHours: number; totalHours: number; percent: number }

export type ProgressSummary = {
  currentWeek: number
  totalWeeks: number
  overall: Tally
  phases: ({ id: string; title: string } & Tally)[]
  next: TrackedAction[]
  /** Steps whose weeks are over but which are not done, oldest first. */
  overdue: TrackedAction[]
  /** Overdue work in weeks at the plan's weekly hours, one decimal. */
  weeksBehind: number
  behind: boolean
  nextMilestone: TrackedMilestone | null
  allDone: boolean
}

function tally(actions: TrackedAction[], done: ProgressState['done']): Tally {
  let count = 0
  let doneHours = 0
  let totalHours = 0
  for (const a of actions) {
    const hours = Math.max(a.hours, 1)
    totalHours += hours
    if (done.has(a.actionId)) {
      count++
      doneHours += hours
    }
  }
  return {
    done: count,
    total: actions.length,
    doneHours,
    totalHours,
    percent: totalHours === 0 ? 0 : Math.round((100 * doneHours) / totalHours),
  }
}

/**
 * `plan` is the plan as made (every step it holds counts towards progress); `schedule` is what the weeks are now
 * (the plan itself, or the newest re-plan of the steps that were left).
 */
export function summarize(
  plan: TrackedPlan,
  schedule: TrackedPlan,
  state: ProgressState,
  today: string,
): ProgressSummary {
  const currentWeek = weekOn(state.startsOn, today)
  const open = schedule.actions.filter((a) => !state.done.has(a.actionId))
  const overdue = open.filter((a) => a.endWeek < currentWeek).sort((a, b) => a.endWeek - b.endWeek)
  const overdueHours = overdue.reduce((sum, a) => sum + a.hours, 0)
  const weeksBehind = Math.round((10 * overdueHours) / Math.max(schedule.hoursPerWeek, 1)) / 10
  const due = open.filter((a) => a.startWeek <= Math.max(currentWeek, 1))
  const later = open.filter((a) => a.startWeek > Math.max(currentWeek, 1))
  const nextMilestone =
    schedule.milestones
      .filter(
        (m) => m.week >= currentWeek && !(m.actionIds.length > 0 && m.actionIds.every((id) => state.done.has(id))),
      )
      .sort((a, b) => a.week - b.week)[0] ?? null
  const overall = tally(plan.actions, state.done)
  return {
    currentWeek,
    totalWeeks: schedule.totalWeeks,
    overall,
    phases: plan.phases.map((phase) => ({
      id: phase.id,
      title: phase.title,
      ...tally(
        plan.actions.filter((a) => a.phaseId === phase.id),
        state.done,
      ),
    })),
    next: [...due, ...later].slice(0, NEXT_COUNT),
    overdue,
    weeksBehind,
    behind: weeksBehind > BEHIND_WEEKS,
    nextMilestone,
    allDone: overall.total > 0 && overall.done === overall.total,
  }
}

import type { Plan, PlanAction, PlanWeek } from '@/lib/engine/plan/plan-schema'
import type { Schedule } from '@/lib/engine/plan/schedule'

// Weeks as a plan stores them: one entry per week, or per run of identical weeks, so the same week is never listed
// twice in a row (an action that runs alone for ten weeks is one line, not ten).

/** The last week a week entry covers (a run's `toWeek`, or the week itself). */
export const lastWeekOf = (w: Pick<PlanWeek, 'week' | 'toWeek'>) => w.toWeek ?? w.week

/** Weeks in a week entry. */
export const weeksIn = (w: Pick<PlanWeek, 'week' | 'toWeek'>) => lastWeekOf(w) - w.week + 1

const sameWork = (a: PlanWeek['work'], b: PlanWeek['work']) =>
  a.length === b.length && a.every((x, i) => x.actionId === b[i]?.actionId && x.hours === b[i]?.hours)

/**
 * Merges consecutive identical weeks (same phase, same steps at the same hours, same follow-ups) into one entry from
 * `week` to `toWeek`. A week with a milestone ends its run, so every milestone stays on the week it falls in.
 */
export function toRuns(weeks: readonly PlanWeek[]): PlanWeek[] {
  const out: PlanWeek[] = []
  for (const w of weeks) {
    const last = out.at(-1)
    if (
      last &&
      lastWeekOf(last) + 1 === w.week &&
      last.milestoneIds.length === 0 &&
      last.phaseId === w.phaseId &&
      last.hours === w.hours &&
      sameWork(last.work, w.work) &&
      sameWork(last.followUps, w.followUps)
    ) {
      last.toWeek = w.week
      last.milestoneIds = [...w.milestoneIds]
    } else out.push({ ...w, work: [...w.work], followUps: [...w.followUps], milestoneIds: [...w.milestoneIds] })
  }
  return out
}

/** Each week of the plan on its own, runs expanded: for readers that count week by week. */
export function eachWeek(weeks: readonly PlanWeek[]): PlanWeek[] {
  return weeks.flatMap((w) =>
    Array.from({ length: weeksIn(w) }, (_, k) => {
      const { toWeek: _run, ...one } = w
      return { ...one, week: w.week + k, milestoneIds: w.week + k === lastWeekOf(w) ? [...w.milestoneIds] : [] }
    }),
  )
}

/** Hours over all weeks, runs counted week by week. */
export const hoursOf = (weeks: readonly PlanWeek[]) => weeks.reduce((s, w) => s + w.hours * weeksIn(w), 0)

/**
 * The plan's move: the step of its last phase that asks for the role, applies or changes jobs — an ongoing step
 * (the search goes on until it succeeds) — whose main effort ends last; without one, the last phase's step that ends
 * last. The window the readout states always holds the weeks of this step (lib/engine/scoring/window.ts). Null when the
 * plan has no step in that phase.
 */
export function moveStep(plan: Pick<Plan, 'actions'>, lastPhaseId: string | undefined): PlanAction | null {
  const inPhase = plan.actions.filter((a) => a.phaseId === lastPhaseId)
  const ongoing = inPhase.filter((a) => a.ongoing)
  let best: PlanAction | null = null
  for (const a of ongoing.length > 0 ? ongoing : inPhase) if (best === null || a.endWeek > best.endWeek) best = a
  return best
}

/**
 * The scheduler's weeks as plan weeks, one per week (before merging into runs). A week belongs to the earliest phase
 * it has main work in, never moving back to an earlier phase, so the phases read in the articles' order, each is one
 * run of weeks, and its span is read straight off the week list.
 */
export function layoutWeeks(
  phaseIds: readonly string[],
  steps: readonly { id: string; phaseId: string }[],
  sched: Pick<Schedule, 'weeks' | 'used'>,
): PlanWeek[] {
  const phaseIndex = new Map(phaseIds.map((p, i) => [p, i]))
  let current = 0
  return sched.weeks.map((slots, w) => {
    const worked = slots.flatMap((s) => {
      const a = steps[s.i]
      return a && !s.followUp ? [phaseIndex.get(a.phaseId) ?? 0] : []
    })
    if (worked.length > 0) current = Math.max(current, Math.min(...worked))
    const id = (s: { i: number; hours: number }) => ({ actionId: steps[s.i]?.id ?? '', hours: s.hours })
    return {
      week: w + 1,
      phaseId: phaseIds[current] ?? steps[0]?.phaseId ?? '',
      hours: sched.used[w] ?? 0,
      work: slots.filter((s) => !s.followUp).map(id),
      followUps: slots.filter((s) => s.followUp).map(id),
      milestoneIds: [],
    }
  })
}

/** The first and last week labelled with each phase, in phase order; phases with no week are left out. */
export function phaseSpans<P extends { id: string }>(
  phases: readonly P[],
  weeks: readonly PlanWeek[],
): (P & { startWeek: number; endWeek: number })[] {
  return phases.flatMap((p) => {
    const labelled = weeks.filter((w) => w.phaseId === p.id)
    const first = labelled[0]
    const last = labelled.at(-1)
    return first && last ? [{ ...p, startWeek: first.week, endWeek: lastWeekOf(last) }] : []
  })
}

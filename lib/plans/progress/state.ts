import type { Plan } from '@/lib/engine/plan/plan-schema'
import { timelineFlag } from '@/lib/engine/scoring/flags'
import type { AssessmentResult, TransitionWindow } from '@/lib/engine/scoring/result-schema'
import type { PointedAt, ProgressEvent } from './schema'

// The current state of a plan's progress, folded from its events in order: nothing is stored twice, and any earlier
// state can be recomputed from a prefix of the log.

export type ProgressState = {
  /** Done steps and the day the owner gave for each. */
  done: Map<string, string>
  /** The day week 1 of the current schedule begins. */
  startsOn: string
  /**
   * The newest re-plan, when there is one: its schedule replaces the plan's own weeks, and its window and headline
   * (when it has them) replace the readout's.
   */
  replan: {
    day: string
    hoursPerWeek: number
    plan: Plan
    window?: TransitionWindow
    headline?: string
    /** The job listing the plan points at, when it does. */
    listing?: PointedAt
  } | null
  /** Changes to the dates of the schedule (start moved, re-planned). */
  scheduleRevision: number
  /** Per step, how many times its done state changed. */
  actionChanges: Map<string, number>
}

export function progressState(initialStartsOn: string, events: readonly ProgressEvent[]): ProgressState {
  const state: ProgressState = {
    done: new Map(),
    startsOn: initialStartsOn,
    replan: null,
    scheduleRevision: 0,
    actionChanges: new Map(),
  }
  const touched = (actionId: string) => state.actionChanges.set(actionId, (state.actionChanges.get(actionId) ?? 0) + 1)
  for (const event of events) {
    switch (event.kind) {
      case 'done':
        if (state.done.get(event.actionId) !== event.day) touched(event.actionId)
        state.done.set(event.actionId, event.day)
        break
      case 'undone':
        if (state.done.delete(event.actionId)) touched(event.actionId)
        break
      case 'start-moved':
        if (event.day !== state.startsOn) state.scheduleRevision++
        state.startsOn = event.day
        break
      case 'replanned':
        state.scheduleRevision++
        state.startsOn = event.day
        state.replan = { day: event.day, ...event.data }
        break
    }
  }
  return state
}

/**
 * The readout as it stands now: after a re-plan, the headline, the window and the hours a week are the ones
 * recomputed with the new schedule, so the page never shows a window or hours the plan beside it does not have.
 * A re-plan stored before windows were recomputed leaves the readout's own (and says nothing it cannot back).
 */
export function currentResult(result: AssessmentResult, state: Pick<ProgressState, 'replan'>): AssessmentResult {
  const r = state.replan
  if (!r?.window || r.headline === undefined) return result
  // The timeline flag quotes the window: it is worked out again for the window now in force.
  const timeline = timelineFlag(result.inputs.targetWeeks, r.window)
  return {
    ...result,
    headline: r.headline,
    window: r.window,
    flags: [...result.flags.filter((f) => f.kind !== 'timeline'), ...(timeline ? [timeline] : [])],
    inputs: { ...result.inputs, hoursPerWeek: r.hoursPerWeek },
  }
}

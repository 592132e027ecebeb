import type { Action, Content } from '@/lib/engine/content/schema'
import { FOLLOW_UP_HOURS } from '@/lib/engine/scoring/calibration'

/** Hours of one action in one week. */
export type Slot = { i: number; hours: number; followUp: boolean }
export type Schedule = {
  /** Slots per week; index 0 is week 1, in the order the actions were placed. Ends with the last week of main work. */
  weeks: Slot[][]
  /** Hours used per week; index 0 is week 1. */
  used: number[]
  /** First and last week of each action's main effort, by position in the actions passed in. */
  start: number[]
  end: number[]
  /** The last week with main effort: the plan's length. */
  lastWorkWeek: number
}

/** Hours a week an ongoing step keeps taking after its main effort. */
export const followUpHoursOf = (a: Pick<Action, 'followUpHours'>) => a.followUpHours ?? FOLLOW_UP_HOURS

/**
 * Greedy list scheduling under a weekly cap, in the order the articles advise (start where you are, build
 * experience, learn, network, position, move). Repeatedly takes the action that can start soonest — ties go to the
 * earlier phase, then to the order given — once its prerequisites are done (plus any calendar weeks it waits for,
 * `waitWeeks`: an offer to come through, settling into a new job) and any phase it waits for (`startsAfter`) has
 * finished. `optional` steps (more practice while the hours allow) are placed after every other step, in the hours
 * those leave, and hold no phase back: they never delay the rest of the plan. Each action runs at about effort/span
 * hours a week, and no week ever exceeds `hoursPerWeek`.
 *
 * The schedule ends with its last week of main work: nothing pads it. An ongoing step (applying, following up) keeps
 * taking its follow-up hours in the weeks after its main effort while other work is still going on; after the last
 * work week it goes on at that pace until its end (`until`), which the plan states once rather than as weeks.
 */
export function schedule(
  phases: Content['phases'],
  actions: readonly Action[],
  hoursPerWeek: number,
  optional: ReadonlySet<string> = new Set(),
): Schedule {
  const n = actions.length
  const phaseIndex = new Map(phases.map((p, i) => [p.id, i]))
  const waitsFor = new Map(phases.map((p) => [p.id, p.startsAfter]))
  const position = new Map(actions.map((a, i) => [a.id, i]))
  // Who must finish before each action may start: its prerequisites, and every action of a phase it waits for —
  // except optional steps (more practice while the hours allow), which fill spare hours and hold nothing back.
  const prerequisites = actions.map((a) =>
    a.prerequisites.flatMap((p) => {
      const i = position.get(p)
      return i === undefined ? [] : [i]
    }),
  )
  const blockers = actions.map((a, j) => {
    const waits = waitsFor.get(a.phaseId) ?? []
    const out = [...(prerequisites[j] ?? [])]
    actions.forEach((b, i) => {
      if (waits.includes(b.phaseId) && !optional.has(b.id)) out.push(i)
    })
    return out
  })
  const phaseOf = actions.map((a) => phaseIndex.get(a.phaseId) ?? 0)
  const weeks: Slot[][] = []
  const used: number[] = []
  const free = (w: number) => hoursPerWeek - (used[w - 1] ?? 0)
  const put = (w: number, slot: Slot) => {
    while (weeks.length < w) {
      weeks.push([])
      used.push(0)
    }
    weeks[w - 1]?.push(slot)
    used[w - 1] = (used[w - 1] ?? 0) + slot.hours
  }
  const start = new Array<number>(n).fill(0)
  const end = new Array<number>(n).fill(0)
  const placed = new Array<boolean>(n).fill(false)
  let lastWorkWeek = 0
  for (let round = 0; round < n; round++) {
    let pick = -1
    let pickStart = 0
    // Core steps first, so optional ones only ever take the hours the core steps leave.
    const coreLeft = actions.some((a, i) => !placed[i] && !optional.has(a.id))
    for (let i = 0; i < n; i++) {
      if (placed[i] || !(blockers[i] ?? []).every((b) => placed[b])) continue
      if (coreLeft && optional.has(actions[i]?.id ?? '')) continue
      // A step that waits (for an offer, for settling in) waits after its own prerequisites, not after a phase.
      const wait = actions[i]?.waitWeeks ?? 0
      let s = 1
      for (const b of blockers[i] ?? []) s = Math.max(s, (end[b] ?? 0) + 1)
      if (wait > 0) for (const b of prerequisites[i] ?? []) s = Math.max(s, (end[b] ?? 0) + 1 + wait)
      while (free(s) <= 0) s++
      const better = pick < 0 || s < pickStart || (s === pickStart && (phaseOf[i] ?? 0) < (phaseOf[pick] ?? 0))
      if (better) {
        pick = i
        pickStart = s
      }
    }
    const a = actions[pick]
    if (!a) throw new Error('schedule: prerequisite cycle') // the content's integrity checks rule this out
    placed[pick] = true
    const rate = Math.max(1, Math.ceil(a.effortHours / a.spanWeeks))
    let remaining = a.effortHours
    let week = pickStart
    while (remaining > 0) {
      const h = Math.min(rate, free(week), remaining)
      if (h > 0) {
        put(week, { i: pick, hours: h, followUp: false })
        if (remaining === a.effortHours) start[pick] = week
        remaining -= h
      }
      week++
    }
    end[pick] = week - 1
    lastWorkWeek = Math.max(lastWorkWeek, week - 1)
  }
  actions.forEach((a, i) => {
    if (!a.ongoing) return
    for (let w = (end[i] ?? lastWorkWeek) + 1; w <= lastWorkWeek; w++) {
      const h = Math.min(followUpHoursOf(a), free(w))
      if (h > 0) put(w, { i, hours: h, followUp: true })
    }
  })
  while (weeks.length < lastWorkWeek) {
    weeks.push([])
    used.push(0)
  }
  return { weeks, used, start, end, lastWorkWeek }
}

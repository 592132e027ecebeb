import type { Action, Content } from '@/lib/content/schema'

/** Hours of one action in one week. */
export type Slot = { i: number; hours: number; followUp: boolean }
export type Schedule = {
  /** Slots per week; index 0 is week 1, in the order the actions were placed. */
  weeks: Slot[][]
  /** Hours used per week; index 0 is week 1. */
  used: number[]
  /** First and last week of each action's main effort, by position in the actions passed in. */
  start: number[]
  end: number[]
  /** The last week with main effort. */
  lastWorkWeek: number
}

/** Ongoing steps (applying, following up) continue at this many hours a week after their main effort. */
export const FOLLOW_UP_HOURS = 2

/**
 * Greedy list scheduling under a weekly cap, in the order the articles advise (start where you are, build
 * experience, learn, network, position, move). Repeatedly takes the action that can start soonest — ties go to the
 * earlier phase, then to the order given — once its prerequisites are done and any phase it waits for
 * (`startsAfter`) has finished. Each action runs at about effort/span hours a week, and no week ever exceeds
 * `hoursPerWeek`. Ongoing steps then carry on lightly until `endAtLeast` (the window's start) or the last work week.
 */
export function schedule(
  phases: Content['phases'],
  actions: readonly Action[],
  hoursPerWeek: number,
  endAtLeast: number,
): Schedule {
  const n = actions.length
  const phaseIndex = new Map(phases.map((p, i) => [p.id, i]))
  const waitsFor = new Map(phases.map((p) => [p.id, p.startsAfter]))
  const position = new Map(actions.map((a, i) => [a.id, i]))
  // Who must finish before each action may start: its prerequisites, and every action of a phase it waits for.
  const blockers = actions.map((a) => {
    const waits = waitsFor.get(a.phaseId) ?? []
    const out = a.prerequisites.flatMap((p) => {
      const i = position.get(p)
      return i === undefined ? [] : [i]
    })
    actions.forEach((b, i) => {
      if (waits.includes(b.phaseId)) out.push(i)
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
    for (let i = 0; i < n; i++) {
      if (placed[i] || !(blockers[i] ?? []).every((b) => placed[b])) continue
      let s = Math.max(1, ...(blockers[i] ?? []).map((b) => (end[b] ?? 0) + 1))
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
  const endWeek = Math.max(lastWorkWeek, endAtLeast)
  actions.forEach((a, i) => {
    if (!a.ongoing) return
    for (let w = (end[i] ?? endWeek) + 1; w <= endWeek; w++) {
      const h = Math.min(FOLLOW_UP_HOURS, free(w))
      if (h > 0) put(w, { i, hours: h, followUp: true })
    }
  })
  while (weeks.length < endWeek) {
    weeks.push([])
    used.push(0)
  }
  return { weeks, used, start, end, lastWorkWeek }
}

import type { Action, Content } from '@/lib/content/schema'

/** Hours of one action in one week. */
export type Slot = {
  action: Action /** position in the actions passed in */
  i: number
  hours: number
  part: number
  ongoing: boolean
}
export type Schedule = {
  /** Slots per week; index 0 is week 1. Within a week, in the order the actions were scheduled. */
  weeks: Slot[][]
  /** Hours used per week; index 0 is week 1. */
  used: number[]
  /** How many weekly slots each action got, by position in the actions passed in. */
  parts: number[]
  lastWorkWeek: number
}

const tables = new WeakMap<Content, { phaseIndex: Map<string, number>; waitsFor: Map<string, string[]> }>()
function phaseTables(content: Content) {
  let t = tables.get(content)
  if (!t) {
    t = {
      phaseIndex: new Map(content.phases.map((p, i) => [p.id, i])),
      waitsFor: new Map(content.phases.map((p) => [p.id, p.startsAfter])),
    }
    tables.set(content, t)
  }
  return t
}

/** Ongoing steps (applying, following up) continue at this many hours a week after their main effort. */
const ONGOING_HOURS = 2

/**
 * Greedy list scheduling under a weekly cap, in the order the articles advise (start where you are, build
 * experience, learn, network, position, move). Repeatedly takes the action that can start soonest — ties go to the
 * earlier phase, then to selection order — once its prerequisites are done and any phase it waits for
 * (`startsAfter`) has finished. Each action runs at about effort/span hours a week, and no week ever exceeds
 * `hoursPerWeek`. If the work ends before the window's start, ongoing steps carry on lightly until then.
 */
export function schedule(content: Content, actions: Action[], hoursPerWeek: number, minWeeks: number): Schedule {
  const n = actions.length
  const { phaseIndex, waitsFor } = phaseTables(content)
  const position = new Map(actions.map((a, i) => [a.id, i]))
  // Who must finish before each action may start: its prerequisites, and every action of a phase it waits for.
  const blockers: number[][] = actions.map((a) => {
    const waits = waitsFor.get(a.phaseId) ?? []
    const out: number[] = []
    for (const p of a.prerequisites) {
      const i = position.get(p)
      if (i !== undefined) out.push(i)
    }
    if (waits.length > 0)
      actions.forEach((b, i) => {
        if (waits.includes(b.phaseId)) out.push(i)
      })
    return out
  })
  const phaseOf = actions.map((a) => phaseIndex.get(a.phaseId) ?? 0)
  // Ready when every blocker is placed: count blockers down instead of re-checking them each round.
  const waiting = blockers.map((b) => b.length)
  const dependents: number[][] = actions.map(() => [])
  blockers.forEach((bs, i) => {
    for (const b of bs) dependents[b]?.push(i)
  })
  const earliest = new Array<number>(n).fill(1) // first week after every blocker ends
  const ready: number[] = []
  for (let i = 0; i < n; i++) if (waiting[i] === 0) ready.push(i)
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
  const parts = new Array<number>(n).fill(0)
  const end = new Array<number>(n).fill(0)
  // Every week before this one is full, so no search needs to look earlier.
  let firstFree = 1
  let lastWorkWeek = 0
  for (let round = 0; round < n; round++) {
    let pick = -1
    let pickAt = -1
    let pickStart = 0
    ready.forEach((i, at) => {
      let start = Math.max(earliest[i] ?? 1, firstFree)
      while (free(start) <= 0) start++
      if (
        pick < 0 ||
        start < pickStart ||
        (start === pickStart && (phaseOf[i] ?? 0) < (phaseOf[pick] ?? 0)) ||
        (start === pickStart && phaseOf[i] === phaseOf[pick] && i < pick)
      ) {
        pick = i
        pickAt = at
        pickStart = start
      }
    })
    const a = actions[pick]
    if (!a) throw new Error('schedule: prerequisite cycle') // integrity checks rule this out
    ready.splice(pickAt, 1)
    const rate = Math.max(1, Math.ceil(a.effortHours / a.spanWeeks))
    let remaining = a.effortHours
    let week = pickStart
    let part = 0
    while (remaining > 0) {
      const h = Math.min(rate, free(week), remaining)
      if (h > 0) {
        put(week, { action: a, i: pick, hours: h, part: ++part, ongoing: false })
        remaining -= h
      }
      week++
    }
    end[pick] = week - 1
    parts[pick] = part
    for (const d of dependents[pick] ?? []) {
      earliest[d] = Math.max(earliest[d] ?? 1, week)
      waiting[d] = (waiting[d] ?? 1) - 1
      if (waiting[d] === 0) ready.push(d)
    }
    if (week - 1 > lastWorkWeek) lastWorkWeek = week - 1
    while (free(firstFree) <= 0) firstFree++
  }
  const endWeek = Math.max(lastWorkWeek, minWeeks)
  actions.forEach((a, i) => {
    if (!a.ongoing) return
    for (let w = (end[i] ?? endWeek) + 1; w <= endWeek; w++) {
      const h = Math.min(ONGOING_HOURS, free(w))
      if (h <= 0) continue
      const part = (parts[i] ?? 0) + 1
      parts[i] = part
      put(w, { action: a, i, hours: h, part, ongoing: true })
    }
  })
  while (weeks.length < endWeek) {
    weeks.push([])
    used.push(0)
  }
  return { weeks, used, parts, lastWorkWeek }
}

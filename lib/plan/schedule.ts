import type { Action, Content } from '@/lib/content/schema'

/** Hours of one action in one week. */
export type Slot = { actionId: string; week: number; hours: number; ongoing: boolean }
export type Schedule = { slots: Slot[]; lastWorkWeek: number; endWeek: number; used: number[] }

/** Ongoing steps (applying, following up) continue at this many hours a week after their main effort. */
const ONGOING_HOURS = 2

/**
 * Orders actions so every prerequisite comes first and, among the ready ones, earlier phases come first — the
 * sequence the articles advise (start where you are, build experience, learn, network, position, move).
 */
export function orderActions(content: Content, actions: Action[]): Action[] {
  const phaseIndex = new Map(content.phases.map((p, i) => [p.id, i]))
  const rank = new Map(actions.map((a, i) => [a.id, i]))
  const ids = new Set(actions.map((a) => a.id))
  const done = new Set<string>()
  const out: Action[] = []
  while (out.length < actions.length) {
    const ready = actions.filter((a) => !done.has(a.id) && a.prerequisites.every((p) => done.has(p) || !ids.has(p)))
    ready.sort(
      (x, y) =>
        (phaseIndex.get(x.phaseId) ?? 0) - (phaseIndex.get(y.phaseId) ?? 0) ||
        (rank.get(x.id) ?? 0) - (rank.get(y.id) ?? 0),
    )
    const next = ready[0]
    if (!next) throw new Error('orderActions: prerequisite cycle') // integrity checks rule this out
    done.add(next.id)
    out.push(next)
  }
  return out
}

/**
 * Greedy list scheduling under a weekly cap. Each action runs at about effort/span hours a week, never starts
 * before its prerequisites finish, and never starts before the action ahead of it in the order — so phases stay
 * in sequence while smaller steps share a week when hours allow. No week ever exceeds `hoursPerWeek`.
 */
export function schedule(ordered: Action[], hoursPerWeek: number, minWeeks: number, maxWeeks: number): Schedule {
  const used: number[] = [0] // index 0 unused; weeks are 1-based
  const free = (w: number) => hoursPerWeek - (used[w] ?? 0)
  const end = new Map<string, number>()
  const slots: Slot[] = []
  let floor = 1
  let lastWorkWeek = 0
  for (const a of ordered) {
    const rate = Math.max(1, Math.ceil(a.effortHours / a.spanWeeks))
    let week = Math.max(floor, ...a.prerequisites.map((p) => (end.get(p) ?? 0) + 1))
    let remaining = a.effortHours
    let first = 0
    while (remaining > 0) {
      const h = Math.min(rate, free(week), remaining)
      if (h > 0) {
        slots.push({ actionId: a.id, week, hours: h, ongoing: false })
        used[week] = (used[week] ?? 0) + h
        remaining -= h
        if (first === 0) first = week
      }
      week++
    }
    end.set(a.id, week - 1)
    floor = first
    lastWorkWeek = Math.max(lastWorkWeek, week - 1)
  }
  // The plan spans the estimated window: if the work finishes early, ongoing steps (applying, interviewing)
  // carry on lightly until the window's start; if it runs long, the plan is longer than the window.
  const endWeek = Math.max(lastWorkWeek, Math.min(minWeeks, maxWeeks))
  for (const a of ordered.filter((x) => x.ongoing)) {
    for (let w = (end.get(a.id) ?? endWeek) + 1; w <= endWeek; w++) {
      const h = Math.min(ONGOING_HOURS, free(w))
      if (h <= 0) continue
      slots.push({ actionId: a.id, week: w, hours: h, ongoing: true })
      used[w] = (used[w] ?? 0) + h
    }
  }
  for (let w = 1; w <= endWeek; w++) used[w] ??= 0
  return { slots, lastWorkWeek, endWeek, used }
}

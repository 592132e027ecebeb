import type { Action, Content } from '@/lib/content/schema'

/** Hours of one action in one week. */
export type Slot = { actionId: string; week: number; hours: number; ongoing: boolean }
export type Schedule = { slots: Slot[]; lastWorkWeek: number; endWeek: number; used: number[] }

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
  const phaseIndex = new Map(content.phases.map((p, i) => [p.id, i]))
  const waitsFor = new Map(content.phases.map((p) => [p.id, p.startsAfter]))
  const used: number[] = [0] // weeks are 1-based
  const free = (w: number) => hoursPerWeek - (used[w] ?? 0)
  const end = new Map<string, number>()
  const slots: Slot[] = []
  const pending = actions.map((a, rank) => ({ a, rank }))
  const inPlan = new Set(actions.map((a) => a.id))

  while (pending.length > 0) {
    let pick: { i: number; start: number; phase: number; rank: number } | undefined
    pending.forEach(({ a, rank }, i) => {
      const blockers = actions.filter(
        (b) => a.prerequisites.includes(b.id) || (waitsFor.get(a.phaseId) ?? []).includes(b.phaseId),
      )
      if (blockers.some((b) => inPlan.has(b.id) && !end.has(b.id))) return
      let start = Math.max(1, ...blockers.map((b) => (end.get(b.id) ?? 0) + 1))
      while (free(start) <= 0) start++
      const phase = phaseIndex.get(a.phaseId) ?? 0
      if (
        !pick ||
        start < pick.start ||
        (start === pick.start && (phase < pick.phase || (phase === pick.phase && rank < pick.rank)))
      )
        pick = { i, start, phase, rank }
    })
    if (!pick) throw new Error('schedule: prerequisite cycle') // integrity checks rule this out
    const [{ a }] = pending.splice(pick.i, 1) as [{ a: Action; rank: number }]
    const rate = Math.max(1, Math.ceil(a.effortHours / a.spanWeeks))
    let remaining = a.effortHours
    let week = pick.start
    while (remaining > 0) {
      const h = Math.min(rate, free(week), remaining)
      if (h > 0) {
        slots.push({ actionId: a.id, week, hours: h, ongoing: false })
        used[week] = (used[week] ?? 0) + h
        remaining -= h
      }
      week++
    }
    end.set(a.id, week - 1)
  }
  const lastWorkWeek = Math.max(0, ...end.values())
  const endWeek = Math.max(lastWorkWeek, minWeeks)
  for (const a of actions.filter((x) => x.ongoing)) {
    for (let w = (end.get(a.id) ?? endWeek) + 1; w <= endWeek; w++) {
      const h = Math.min(ONGOING_HOURS, free(w))
      if (h <= 0) continue
      slots.push({ actionId: a.id, week: w, hours: h, ongoing: true })
      used[w] = (used[w] ?? 0) + h
    }
  }
  for (let w = 1; w <= endWeek; w++) used[w] ??= 0
  slots.sort((x, y) => x.week - y.week)
  return { slots, lastWorkWeek, endWeek, used }
}

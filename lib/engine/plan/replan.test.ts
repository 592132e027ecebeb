import { describe, expect, it } from 'vitest'
import { type Plan, PlanSchema } from '@/lib/engine/plan/plan-schema'
import { hoursBandWeeks, replan, replanAll } from '@/lib/engine/plan/replan'
import { eachWeek, moveStep } from '@/lib/engine/plan/weeks'
import { assess } from '@/lib/engine/scoring/assess'
import { WindowSchema } from '@/lib/engine/scoring/result-schema'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'

const content = loadContent()
const { result, plan } = assess(content, personaAnswers('backend-with-pms'))
const ids = plan.actions.map((a) => a.actionId)
const done = new Set(ids.slice(0, 3))
const weekHours = (w: Plan['weeks'][number]) => [...w.work, ...w.followUps].reduce((s, x) => s + x.hours, 0)
const lastPhase = content.phases.at(-1)?.id

describe('replan', () => {
  it('schedules only the steps not done, from week 1, as a valid plan', () => {
    const next = replan(content, plan, { done, hoursPerWeek: plan.hoursPerWeek })
    const kept = next.actions.map((a) => a.actionId).filter((id) => ids.includes(id))
    expect(new Set(kept)).toEqual(new Set(ids.filter((id) => !done.has(id))))
    // Anything else is a step left out before, now that the done steps free their hours.
    const back = next.actions.filter((a) => !ids.includes(a.actionId)).map((a) => a.actionId)
    for (const id of back) expect(plan.leftOut.map((o) => o.actionId)).toContain(id)
    expect(eachWeek(next.weeks).map((w) => w.week)).toEqual(Array.from({ length: next.totalWeeks }, (_, i) => i + 1))
    expect(Math.min(...next.actions.map((a) => a.startWeek))).toBe(1)
    expect(PlanSchema.safeParse(next).success).toBe(true)
    // Every week's work refers to steps of the new plan, and each step's hours are scheduled in full.
    for (const a of next.actions) {
      const scheduled = eachWeek(next.weeks)
        .flatMap((w) => w.work)
        .filter((x) => x.actionId === a.actionId)
      expect(scheduled.reduce((s, x) => s + x.hours, 0)).toBe(a.effortHours)
    }
  })

  it('never asks for more than the new hours a week, and a smaller budget takes longer', () => {
    const slow = replan(content, plan, { done, hoursPerWeek: 2 })
    const fast = replan(content, plan, { done, hoursPerWeek: 10 })
    for (const week of slow.weeks) expect(weekHours(week)).toBeLessThanOrEqual(2)
    for (const week of fast.weeks) expect(weekHours(week)).toBeLessThanOrEqual(10)
    expect(slow.hoursPerWeek).toBe(2)
    expect(slow.totalWeeks).toBeGreaterThan(fast.totalWeeks)
  })

  it('keeps prerequisites first, and a done prerequisite holds nothing back', () => {
    const next = replan(content, plan, { done, hoursPerWeek: 4 })
    for (const step of next.actions) {
      for (const pre of step.prerequisites) {
        const before = next.actions.find((a) => a.actionId === pre)
        expect(before?.endWeek ?? 0).toBeLessThan(step.startWeek)
      }
      for (const pre of step.prerequisites) expect(done.has(pre)).toBe(false)
    }
  })

  it('drops milestones whose steps are all done and moves the rest to their steps’ new end', () => {
    const next = replan(content, plan, { done, hoursPerWeek: 5 })
    const weeks = eachWeek(next.weeks)
    for (const m of next.milestones.filter((x) => x.actionIds.length > 0)) {
      const open = next.actions.filter((a) => m.actionIds.includes(a.actionId))
      expect(open.length).toBeGreaterThan(0)
      expect(m.week).toBe(Math.max(...open.map((a) => a.endWeek)))
      expect(weeks[m.week - 1]?.milestoneIds).toContain(m.id)
    }
    const reached = plan.milestones.filter((m) => m.actionIds.length > 0 && m.actionIds.every((id) => done.has(id)))
    for (const m of reached) expect(next.milestones.map((x) => x.id)).not.toContain(m.id)
  })

  it('is pure, says in its notes how it was re-planned, and refuses when nothing is left', () => {
    expect(replan(content, plan, { done, hoursPerWeek: 3 })).toEqual(replan(content, plan, { done, hoursPerWeek: 3 }))
    expect(replan(content, plan, { done, hoursPerWeek: 3 }).notes[0]).toBe(
      `Re-planned for 3 hours a week: ${ids.length - 3} steps left, 3 done before.`,
    )
    expect(() => replan(content, plan, { done: new Set(ids), hoursPerWeek: 3 })).toThrow(/every step is done/)
  })

  it('uses spare hours before leaving a step out: more hours bring back steps left out for lack of them', () => {
    const small = assess(content, personaAnswers('two-hours'))
    expect(small.plan.leftOut.length).toBeGreaterThan(0)
    const more = replan(content, small.plan, { done: new Set(), hoursPerWeek: 12 }, small.result.window)
    const back = small.plan.leftOut.filter((o) => more.actions.some((a) => a.actionId === o.actionId))
    expect(back.length).toBeGreaterThan(0)
    expect(more.leftOut.length).toBe(small.plan.leftOut.length - back.length)
    expect(more.notes.join(' ')).toContain('Your new hours make room for')
    // Each says why it came back, in its own words.
    const whys = back.flatMap((a) => more.actions.find((x) => x.actionId === a.actionId)?.why ?? [])
    expect(whys.length).toBeGreaterThan(0)
    expect(new Set(whys).size).toBe(whys.length)
    expect(whys[0]).toMatch(/^More practice on .+, now that your hours allow\.$/)
    for (const a of back) expect(more.actions.find((x) => x.actionId === a.actionId)?.optional).toBe(true)
    // …never at the cost of the move: it stays inside the window's start or where it was.
    const move = moveStep(more, lastPhase)
    expect(move?.endWeek).toBeLessThanOrEqual(
      Math.max(
        small.result.window.minWeeks,
        moveStep(replan(content, small.plan, { done: new Set(), hoursPerWeek: 12 }), lastPhase)?.endWeek ?? 0,
      ),
    )
  })
})

describe('replanAll: the schedule, the window and the headline recomputed together', () => {
  it('states the new hours and a window that holds the re-planned move, in the headline and the window alike', () => {
    for (const hours of [2, 5, 10, 16]) {
      const {
        plan: next,
        window,
        headline,
      } = replanAll(content, result, result.window, plan, { done, hoursPerWeek: hours }, 3)
      expect(WindowSchema.safeParse(window).success).toBe(true)
      expect(headline).toContain(`in about ${window.minWeeks}–${window.maxWeeks} weeks at ${hours} hours a week`)
      const move = moveStep(next, lastPhase)
      expect(move && window.minWeeks >= move.startWeek && window.minWeeks <= move.endWeek, `${hours} h`).toBe(true)
      expect(next.totalWeeks).toBeLessThanOrEqual(window.maxWeeks)
      for (const a of next.actions) if (a.followUp) expect(a.followUp.toWeek).toBeGreaterThanOrEqual(window.maxWeeks)
    }
  })

  it('counts from the earlier estimate, less the weeks gone, with the change of hours said in words', () => {
    const basis = result.window.basis
    expect(basis).toBeDefined()
    const { window } = replanAll(content, result, result.window, plan, { done, hoursPerWeek: 2 }, 4)
    const shift = hoursBandWeeks(content, 2) - hoursBandWeeks(content, plan.hoursPerWeek)
    expect(shift).toBe(10)
    // The estimate it starts from reads as a step in the working (it is not the window), and each change is a point.
    expect(window.reasons[0]?.text).toBe(
      `Counted from your re-plan: before your plan was fitted, the estimate was about ${basis?.minWeeks}–${basis?.maxWeeks} weeks; the points below adjust it.`,
    )
    expect(window.reasons[1]).toEqual({
      effect: 'shorter',
      text: '4 weeks have gone by since that estimate began (−4 weeks).',
    })
    expect(window.reasons[2]).toEqual({
      effect: 'longer',
      text: `At 2 hours a week instead of ${plan.hoursPerWeek} (+10 weeks).`,
    })
    expect(window.basis).toEqual({
      minWeeks: (basis?.minWeeks ?? 0) - 4 + 10,
      maxWeeks: (basis?.maxWeeks ?? 0) - 4 + 10,
      hoursWeeks: hoursBandWeeks(content, 2),
    })
    // Same hours, nothing gone: no hours reason, and the estimate it starts from is the first one.
    const same = replanAll(content, result, result.window, plan, { done, hoursPerWeek: plan.hoursPerWeek }, 0).window
    expect(same.reasons[0]?.text).toMatch(
      /^Counted from your re-plan: before your plan was fitted, the estimate was about/,
    )
    expect(same.reasons.some((r) => r.text.includes('instead of'))).toBe(false)
  })

  it('re-plans a re-plan from its own window, and a readout from before windows were recomputed from its window', () => {
    const first = replanAll(content, result, result.window, plan, { done, hoursPerWeek: 10 }, 2)
    const second = replanAll(content, result, first.window, first.plan, { done, hoursPerWeek: 10 }, 1)
    expect(second.window.reasons[0]?.text).toContain(
      `about ${first.window.basis?.minWeeks}–${first.window.basis?.maxWeeks} weeks`,
    )
    const { basis: _, ...old } = result.window
    const legacy = replanAll(content, result, old, plan, { done, hoursPerWeek: 10 }, 0)
    expect(legacy.window.reasons[0]?.text).toContain(`about ${result.window.minWeeks}–${result.window.maxWeeks} weeks`)
  })
})

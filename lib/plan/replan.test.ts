import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/content/answers'
import { loadContent } from '@/lib/content/load'
import { type Plan, PlanSchema } from '@/lib/plan/plan-schema'
import { replan } from '@/lib/plan/replan'
import { assess } from '@/lib/scoring/assess'
import backendWithPms from '@/tests/fixtures/personas/backend-with-pms.json'

const content = loadContent()
const plan: Plan = assess(content, backendWithPms.answers as Answers).plan
const ids = plan.actions.map((a) => a.actionId)
const done = new Set(ids.slice(0, 3))
const weekHours = (w: Plan['weeks'][number]) => [...w.work, ...w.followUps].reduce((s, x) => s + x.hours, 0)

describe('replan', () => {
  it('schedules only the steps not done, from week 1, as a valid plan', () => {
    const next = replan(content.phases, plan, { done, hoursPerWeek: plan.hoursPerWeek })
    expect(new Set(next.actions.map((a) => a.actionId))).toEqual(new Set(ids.filter((id) => !done.has(id))))
    expect(next.weeks.map((w) => w.week)).toEqual(next.weeks.map((_, i) => i + 1))
    expect(Math.min(...next.actions.map((a) => a.startWeek))).toBe(1)
    expect(PlanSchema.safeParse(next).success).toBe(true)
    // Every week's work refers to steps of the new plan, and each step's hours are scheduled in full.
    for (const a of next.actions) {
      const scheduled = next.weeks.flatMap((w) => w.work).filter((x) => x.actionId === a.actionId)
      expect(scheduled.reduce((s, x) => s + x.hours, 0)).toBe(a.effortHours)
    }
  })

  it('never asks for more than the new hours a week, and a smaller budget takes longer', () => {
    const slow = replan(content.phases, plan, { done, hoursPerWeek: 2 })
    const fast = replan(content.phases, plan, { done, hoursPerWeek: 10 })
    for (const week of slow.weeks) expect(weekHours(week)).toBeLessThanOrEqual(2)
    for (const week of fast.weeks) expect(weekHours(week)).toBeLessThanOrEqual(10)
    expect(slow.hoursPerWeek).toBe(2)
    expect(slow.totalWeeks).toBeGreaterThan(fast.totalWeeks)
  })

  it('keeps prerequisites first, and a done prerequisite holds nothing back', () => {
    const next = replan(content.phases, plan, { done, hoursPerWeek: 4 })
    for (const step of next.actions) {
      for (const pre of step.prerequisites) {
        const before = next.actions.find((a) => a.actionId === pre)
        expect(before?.endWeek ?? 0).toBeLessThan(step.startWeek)
      }
      for (const pre of step.prerequisites) expect(done.has(pre)).toBe(false)
    }
  })

  it('drops milestones whose steps are all done and moves the rest to their steps’ new end', () => {
    const next = replan(content.phases, plan, { done, hoursPerWeek: 5 })
    for (const m of next.milestones.filter((x) => x.actionIds.length > 0)) {
      const open = next.actions.filter((a) => m.actionIds.includes(a.actionId))
      expect(open.length).toBeGreaterThan(0)
      expect(m.week).toBe(Math.max(...open.map((a) => a.endWeek)))
      expect(next.weeks[m.week - 1]?.milestoneIds).toContain(m.id)
    }
    const reached = plan.milestones.filter((m) => m.actionIds.length > 0 && m.actionIds.every((id) => done.has(id)))
    for (const m of reached) expect(next.milestones.map((x) => x.id)).not.toContain(m.id)
  })

  it('is pure, says in its notes how it was re-planned, and refuses when nothing is left', () => {
    expect(replan(content.phases, plan, { done, hoursPerWeek: 3 })).toEqual(
      replan(content.phases, plan, { done, hoursPerWeek: 3 }),
    )
    expect(replan(content.phases, plan, { done, hoursPerWeek: 3 }).notes[0]).toBe(
      `Re-planned for 3 hours a week: ${ids.length - 3} steps left, 3 done before.`,
    )
    expect(() => replan(content.phases, plan, { done: new Set(ids), hoursPerWeek: 3 })).toThrow(/every step is done/)
  })
})

import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/content/answers'
import { loadContent } from '@/lib/content/load'
import type { Plan } from '@/lib/plan/plan-schema'
import { replan } from '@/lib/plan/replan'
import { trackedPlan } from '@/lib/progress/plan-actions'
import { assess } from '@/lib/scoring/assess'
import backendWithPms from '@/tests/fixtures/personas/backend-with-pms.json'

const content = loadContent()
const planFor = (answers: Answers): Plan => assess(content, answers).plan
const stepIds = (plan: Plan) => trackedPlan(plan).actions.map((a) => a.actionId)

describe('replan', () => {
  const plan = planFor(backendWithPms.answers as Answers)
  const ids = stepIds(plan)
  const done = new Set(ids.slice(0, 3))

  it('schedules only the steps not done, from week 1, and every one of them', () => {
    const next = replan(content, plan, { done, hoursPerWeek: plan.hoursPerWeek })
    expect(new Set(stepIds(next))).toEqual(new Set(ids.filter((id) => !done.has(id))))
    expect(next.weeks[0]?.week).toBe(1)
    expect(next.weeks.map((w) => w.week)).toEqual(next.weeks.map((_, i) => i + 1))
  })

  it('never asks for more than the new hours a week, and a smaller budget takes longer', () => {
    const slow = replan(content, plan, { done, hoursPerWeek: 2 })
    const fast = replan(content, plan, { done, hoursPerWeek: 10 })
    for (const week of slow.weeks) expect(week.items.reduce((s, i) => s + i.hours, 0)).toBeLessThanOrEqual(2)
    for (const week of fast.weeks) expect(week.items.reduce((s, i) => s + i.hours, 0)).toBeLessThanOrEqual(10)
    expect(slow.hoursPerWeek).toBe(2)
    expect(slow.totalWeeks).toBeGreaterThan(fast.totalWeeks)
  })

  it('gives each remaining step its full effort and keeps prerequisites first', () => {
    const next = replan(content, plan, { done, hoursPerWeek: 4 })
    const tracked = trackedPlan(next)
    for (const step of tracked.actions) {
      const action = content.actions.find((a) => a.id === step.actionId)
      expect(step.hours).toBe(action?.effortHours)
      for (const pre of action?.prerequisites ?? []) {
        const before = tracked.actions.find((a) => a.actionId === pre)
        if (before) expect(before.endWeek).toBeLessThan(step.startWeek)
      }
    }
  })

  it('drops milestones whose steps are all done, and is pure', () => {
    const all = new Set(ids)
    const finished = replan(content, plan, { done: all, hoursPerWeek: 5 })
    expect(finished.weeks).toEqual([])
    expect(finished.milestones.filter((m) => m.id.startsWith('end-'))).toEqual([])
    expect(replan(content, plan, { done, hoursPerWeek: 3 })).toEqual(replan(content, plan, { done, hoursPerWeek: 3 }))
  })

  it('says in its notes how it was re-planned', () => {
    const next = replan(content, plan, { done, hoursPerWeek: 3 })
    expect(next.notes[0]).toBe(`Re-planned for 3 hours a week: ${ids.length - 3} steps left, 3 done before.`)
  })

  it('re-plans a step the content no longer has from the plan itself', () => {
    const gone = ids[ids.length - 1] as string
    const trimmed = { ...content, actions: content.actions.filter((a) => a.id !== gone) }
    const next = replan(trimmed, plan, { done, hoursPerWeek: plan.hoursPerWeek })
    expect(stepIds(next)).toContain(gone)
  })
})

import { describe, expect, it } from 'vitest'
import { validateAnswers } from '@/lib/content/answers'
import { contentProblems } from '@/lib/content/integrity'
import { ContentSchema } from '@/lib/content/schema'
import { PlanSchema } from '@/lib/plan/plan-schema'
import { assess } from '@/lib/scoring/assess'
import { AssessmentResultSchema } from '@/lib/scoring/result-schema'
import { action, answers, content } from '@/tests/fixtures/content-builder'

describe('the synthetic content the engine tests use', () => {
  it('is valid content: the schema accepts it unchanged and the integrity checks find nothing', () => {
    const c = content()
    expect(ContentSchema.parse(c)).toEqual(c)
    expect(contentProblems(c)).toEqual([])
    expect(validateAnswers(c, answers())).toEqual({ ok: true, answers: answers() })
  })
})

describe('assess: answers to a readout and its plan', () => {
  it('produces a result and a plan that parse by their schemas', () => {
    const { result, plan } = assess(content(), answers())
    expect(AssessmentResultSchema.parse(result)).toEqual(result)
    expect(PlanSchema.parse(plan)).toEqual(plan)
  })

  it('stretches the window to a plan longer than it, and never the other way', () => {
    const c = content()
    // A 60-hour step every plan on the path includes takes 60 weeks at 1 hour a week, past the 20–39 week base window.
    const long = content({
      paths: c.paths.map((p) => ({ ...p, requiredActionIds: ['act-long'] })),
      actions: [...c.actions, action({ id: 'act-long', effortHours: 60, spanWeeks: 16 })],
    })
    const slow = assess(long, answers({ hours: 1 }))
    expect(slow.plan.totalWeeks).toBeGreaterThan(39)
    expect(slow.result.window.maxWeeks).toBe(slow.plan.totalWeeks)
    expect(slow.result.window.reasons.at(-1)?.text).toContain('At 1 hour a week, the steps in your plan take')
    const quick = assess(c, answers({ hours: 40 }))
    expect(quick.plan.totalWeeks).toBe(quick.result.window.minWeeks)
    expect(quick.result.window.maxWeeks).toBeGreaterThan(quick.plan.totalWeeks)
  })

  it('flags a hoped-for date sooner than the window, against the final window', () => {
    const soon = assess(content(), answers({ timeline: 'soon' })).result
    expect(soon.flags.at(-1)).toMatchObject({
      kind: 'timeline',
      message: expect.stringContaining('within about 6 weeks'),
    })
    expect(assess(content(), answers({ timeline: 'open' })).result.flags.some((f) => f.kind === 'timeline')).toBe(false)
  })

  it('writes the headline with the best role, the path’s route and the final window', () => {
    const { result } = assess(content(), answers({ hours: 1 }))
    const best = result.roles.find((r) => r.roleId === result.bestRoleId)
    expect(result.headline).toContain(`work as a ${best?.name.toLowerCase()}`)
    expect(result.headline).toContain(
      `Get there through ${result.path.pathId}, in about ${result.window.minWeeks}–${result.window.maxWeeks} weeks at 1 hour a week.`,
    )
  })

  it('counts over-confidence flags for the first-draft warning', () => {
    const c = content()
    const { result } = assess(c, answers({ talk: 'never', 'self-a': 'level-5' }))
    expect(result.flags.filter((f) => f.kind === 'over-confidence')).toHaveLength(1)
    expect(result.headline).not.toContain('first draft')
  })

  it('cites every source it names, once, in content order', () => {
    const { result } = assess(content(), answers({ timeline: 'soon' }))
    expect(result.sources.map((s) => s.id)).toEqual(['src-a'])
  })
})

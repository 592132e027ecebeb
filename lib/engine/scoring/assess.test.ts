import { describe, expect, it } from 'vitest'
import { validateAnswers } from '@/lib/engine/content/answers'
import { contentProblems } from '@/lib/engine/content/integrity'
import { ContentSchema } from '@/lib/engine/content/schema'
import { PlanSchema } from '@/lib/engine/plan/plan-schema'
import { moveStep } from '@/lib/engine/plan/weeks'
import { assess } from '@/lib/engine/scoring/assess'
import { AssessmentResultSchema } from '@/lib/engine/scoring/result-schema'
import { action, answers, content, path, selfRating, source } from '@/tests/fixtures/content-builder'

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
    // A quick plan is not padded to the window: it ends with its work, and its ongoing step is expected to go on
    // to the window's end, said in words.
    const applying = content({ paths: c.paths.map((p) => ({ ...p, requiredActionIds: ['act-d'] })) })
    const quick = assess(applying, answers({ hours: 40 }))
    expect(quick.plan.totalWeeks).toBeLessThan(quick.result.window.maxWeeks)
    expect(quick.plan.weeks.at(-1)?.work.length).toBeGreaterThan(0)
    const ongoing = quick.plan.actions.find((a) => a.followUp)
    expect(ongoing?.followUp?.toWeek).toBe(quick.result.window.maxWeeks)
    expect(quick.plan.notes.at(-1)).toContain(`the window runs to week ${quick.result.window.maxWeeks}`)
  })

  it('holds the plan’s move step inside the window it states, whatever the hours', () => {
    const c = content()
    const applying = content({ paths: c.paths.map((p) => ({ ...p, requiredActionIds: ['act-d'] })) })
    for (const hours of [1, 3, 10, 40]) {
      const { result, plan } = assess(applying, answers({ hours }))
      const move = moveStep(plan, content().phases.at(-1)?.id)
      expect(move).not.toBeNull()
      expect(result.window.minWeeks, `${hours} h`).toBeGreaterThanOrEqual(move?.startWeek ?? 0)
      expect(result.window.minWeeks, `${hours} h`).toBeLessThanOrEqual(move?.endWeek ?? 0)
      expect(result.headline).toContain(`in about ${result.window.minWeeks}–${result.window.maxWeeks} weeks`)
    }
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
    // Pinned for this content at 1 hour a week: role-b fits best, path-a is the route, and the window is
    // 20–39 weeks. The headline says each in words, not just whatever the result holds.
    expect([result.bestRoleId, result.path.pathId, result.window.minWeeks, result.window.maxWeeks]).toEqual([
      'role-b',
      'path-a',
      20,
      39,
    ])
    expect(result.headline).toMatch(
      /^You have a base for work as a role role-b, .* Get there through path-a, in about 20–39 weeks at 1 hour a week\./,
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

describe('assess: what the headline and the citations are built from', () => {
  it('takes the route from the recommended path, not the first one', () => {
    const c = content()
    const closed = content({
      paths: [
        path({ id: 'path-a', requires: [{ questionId: 'years', min: 30 }] }),
        path({ id: 'path-b', route: 'by moving company first' }),
      ],
    })
    const { result } = assess(closed, answers())
    expect(result.path.pathId).toBe('path-b')
    expect(result.headline).toContain('Get there by moving company first, in about')
    expect(c.paths[0]?.route).toBe('through path-a')
  })

  it('calls the readout a first draft when ratings are flat and some run ahead of what was done, and says why once, in the flags', () => {
    const c = content()
    const rated = content({
      questions: [
        ...c.questions,
        selfRating('self-b', 'skill-b'),
        selfRating('self-c', 'skill-c'),
        selfRating('self-d', 'skill-a'),
      ],
    })
    const flat = { 'self-a': 'level-5', 'self-b': 'level-5', 'self-c': 'level-5', 'self-d': 'level-5' }
    const { result } = assess(rated, answers({ ...flat, talk: 'never', design: 'never', work: ['none'] }))
    const over = result.flags.filter((f) => f.kind === 'over-confidence').length
    expect(over).toBe(3)
    expect(result.flags.some((f) => f.kind === 'flat-ratings')).toBe(true)
    expect(result.headline).toContain('Treat this readout as a first draft')
    // The flags say what is wrong with the ratings; the headline does not say it again.
    expect(result.headline).not.toMatch(/nearly all|the same|ahead of what you have done/)
  })

  it('cites what the skills, roles, path, flags and verdict cite, and nothing else', () => {
    const c = content()
    const cited = content({
      sources: ['src-a', 'src-skill', 'src-role', 'src-path', 'src-verdict', 'src-unused'].map((id) => source({ id })),
      skills: c.skills.map((s) => ({ ...s, sources: s.id === 'skill-a' ? ['src-skill'] : ['src-a'] })),
      roles: c.roles.map((r) => ({ ...r, sources: ['src-role'] })),
      paths: c.paths.map((p) => ({ ...p, sources: ['src-path'] })),
      questions: c.questions.map((q) => (q.category === 'motivation' ? { ...q, sources: ['src-verdict'] } : q)),
    })
    const ids = (a: Parameters<typeof answers>[0]) => assess(cited, answers(a)).result.sources.map((s) => s.id)
    expect(ids({})).toEqual(['src-a', 'src-skill', 'src-role', 'src-path', 'src-verdict'])
  })
})

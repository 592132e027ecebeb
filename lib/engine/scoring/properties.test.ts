import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import type { Answers } from '@/lib/engine/content/answers'
import { validateAnswers } from '@/lib/engine/content/answers'
import { assess } from '@/lib/engine/scoring/assess'
import { scoreAnswers } from '@/lib/engine/scoring/score'
import { loadContent } from '@/lib/knowledge/load'
import { answersArbitrary } from '@/tests/fixtures/answers-arbitrary'

// Properties over random valid answer sets, and metamorphic tests: change one thing, and only what should change does.
const content = loadContent()
const answers = answersArbitrary(content)
const singles = content.questions.filter((q) => q.kind === 'single')
const multis = content.questions.filter((q) => q.kind === 'multi')
const behaviours = content.questions.filter((q) => q.category === 'behaviour')
const scenarios = content.questions.filter((q) => q.category === 'scenario')
const weightFor = (effects: { skills: { skillId: string; weight: number }[] }, skillId: string) =>
  effects.skills.reduce((s, x) => (x.skillId === skillId ? s + x.weight : s), 0)
const result = (a: Answers) => assess(content, a).result
// Skill scores do not depend on the plan: score without building one.
const scoreOf = (a: Answers, skillId: string) =>
  scoreAnswers(content, a).skills.find((s) => s.skillId === skillId)?.score ?? NaN
// Hundreds of readouts a test: room for a slow, shared machine.
vi.setConfig({ testTimeout: 180_000 })

describe('scoring properties', () => {
  it('generated answer sets are valid (so the other properties test real inputs)', () => {
    fc.assert(
      fc.property(answers, (a) => validateAnswers(content, a).ok),
      { numRuns: 200 },
    )
  })

  it('keeps every score a whole number from 0 to 100, the window ordered, and three gaps at least', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = result(a)
        for (const v of [
          ...r.skills.map((s) => s.score),
          ...r.roles.map((x) => x.score),
          ...r.gaps.map((g) => g.importance),
        ])
          expect(Number.isInteger(v) && v >= 0 && v <= 100).toBe(true)
        expect(r.window.minWeeks).toBeLessThan(r.window.maxWeeks)
        expect(r.gaps.length).toBeGreaterThanOrEqual(3)
      }),
      { numRuns: 200 },
    )
  })

  it('adds up: each skill is its starting point plus its contributions, unless a cap holds it down', () => {
    fc.assert(
      fc.property(answers, (a) => {
        for (const s of result(a).skills) {
          const sum = s.start + s.contributions.reduce((t, c) => t + c.delta, 0)
          if (s.cap) expect(s.score).toBe(s.cap.atMost)
          else expect(Math.abs(sum - s.score)).toBeLessThanOrEqual(0.05 * s.contributions.length + 0.6)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('never lowers a skill when a single-choice answer changes to one that evidences it more', () => {
    const change = fc.record({
      a: answers,
      q: fc.constantFrom(...singles),
      i: fc.nat(),
      j: fc.nat(),
      s: fc.constantFrom(...content.skills.map((s) => s.id)),
    })
    fc.assert(
      fc.property(change, ({ a, q, i, j, s }) => {
        if (q.kind !== 'single') return
        const x = q.options[i % q.options.length]
        const y = q.options[j % q.options.length]
        if (!x || !y || weightFor(y, s) < weightFor(x, s)) return
        expect(scoreOf({ ...a, [q.id]: y.id }, s)).toBeGreaterThanOrEqual(scoreOf({ ...a, [q.id]: x.id }, s))
      }),
      { numRuns: 400 },
    )
  })

  it('never lowers a skill when flipping a behaviour from its lowest answer ("never") to its highest', () => {
    const change = fc.record({ a: answers, q: fc.constantFrom(...behaviours) })
    fc.assert(
      fc.property(change, ({ a, q }) => {
        if (q.kind !== 'single') return
        const never = q.options[0]
        const often = q.options.at(-1)
        if (!never || !often) return
        for (const { skillId } of [...often.skills, ...never.skills])
          expect(scoreOf({ ...a, [q.id]: often.id }, skillId)).toBeGreaterThanOrEqual(
            scoreOf({ ...a, [q.id]: never.id }, skillId),
          )
      }),
      { numRuns: 300 },
    )
  })

  it('never lowers a skill when ticking one more item that evidences it', () => {
    const change = fc.record({ a: answers, q: fc.constantFrom(...multis), k: fc.nat() })
    fc.assert(
      fc.property(change, ({ a, q, k }) => {
        if (q.kind !== 'multi') return
        const current = (a[q.id] as string[]).filter((id) => !q.options.find((o) => o.id === id)?.exclusive)
        const extra = q.options.filter((o) => !o.exclusive && !current.includes(o.id))[k % q.options.length]
        if (!extra || current.length === 0) return
        for (const { skillId, weight } of extra.skills) {
          if (weight <= 0) continue
          expect(scoreOf({ ...a, [q.id]: [...current, extra.id] }, skillId)).toBeGreaterThanOrEqual(
            scoreOf({ ...a, [q.id]: current }, skillId),
          )
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never makes a strength of a skill the person said they have never practised, whatever the scenarios say', () => {
    // Each behaviour's lowest answer caps what it evidences; the best scenario picks for those skills cannot lift it.
    const pickFor = (skillId: string) =>
      Object.fromEntries(
        scenarios.flatMap((q) => {
          if (q.kind !== 'single') return []
          const o = q.options.find((x) => x.skills.some((s) => s.skillId === skillId))
          return o ? [[q.id, o.id]] : []
        }),
      )
    const change = fc.record({ a: answers, q: fc.constantFrom(...behaviours) })
    fc.assert(
      fc.property(change, ({ a, q }) => {
        if (q.kind !== 'single') return
        const never = q.options[0]
        for (const cap of never?.caps ?? []) {
          const r = result({ ...a, ...pickFor(cap.skillId), [q.id]: never?.id ?? '' })
          expect(r.strengths.map((s) => s.skillId)).not.toContain(cap.skillId)
          expect(r.skills.find((s) => s.skillId === cap.skillId)?.score).toBeLessThanOrEqual(cap.atMost)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('changes only the window and the plan when only the hours change', () => {
    const hoursQ = content.questions.find((q) => q.feeds === 'hours-per-week')
    if (!hoursQ) throw new Error('no hours question')
    const change = fc.record({ a: answers, h1: fc.integer({ min: 1, max: 40 }), h2: fc.integer({ min: 1, max: 40 }) })
    fc.assert(
      fc.property(change, ({ a, h1, h2 }) => {
        const [lo, hi] = h1 <= h2 ? [h1, h2] : [h2, h1]
        const slow = result({ ...a, [hoursQ.id]: lo })
        const fast = result({ ...a, [hoursQ.id]: hi })
        const same = (r: typeof slow) => ({
          skills: r.skills,
          strengths: r.strengths,
          gaps: r.gaps,
          roles: r.roles,
          path: r.path,
          verdict: r.verdict,
          readiness: r.readiness,
          flags: r.flags.filter((f) => f.kind !== 'timeline'),
        })
        expect(same(fast)).toEqual(same(slow))
        // More hours never lengthen the window.
        expect(fast.window.minWeeks).toBeLessThanOrEqual(slow.window.minWeeks)
        expect(fast.window.maxWeeks).toBeLessThanOrEqual(slow.window.maxWeeks)
      }),
      { numRuns: 200 },
    )
  })

  it('is deterministic: the same answers always give an identical readout and plan', () => {
    fc.assert(
      fc.property(answers, (a) => {
        expect(assess(content, structuredClone(a))).toEqual(assess(content, a))
      }),
      { numRuns: 80 },
    )
  })

  it('flags self-ratings that are all at one extreme, whatever the other answers', () => {
    const rated = content.questions.filter((q) => q.category === 'self-rating')
    fc.assert(
      fc.property(answers, fc.constantFrom(1, 5), (a, level) => {
        const flat = { ...a, ...Object.fromEntries(rated.map((q) => [q.id, `level-${level}`])) }
        expect(result(flat).flags.some((f) => f.kind === 'flat-ratings')).toBe(true)
      }),
      { numRuns: 60 },
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/content/answers'
import { validateAnswers } from '@/lib/content/answers'
import { loadContent } from '@/lib/content/load'
import { scoreAssessment } from '@/lib/scoring/score'
import { answersArbitrary } from '@/tests/fixtures/answers-arbitrary'

const content = loadContent()
const answers = answersArbitrary(content)
const singles = content.questions.filter((q) => q.kind === 'single')
const multis = content.questions.filter((q) => q.kind === 'multi')
const weightFor = (effects: { skills: { skillId: string; weight: number }[] }, skillId: string) =>
  effects.skills.reduce((s, x) => (x.skillId === skillId ? s + x.weight : s), 0)
const scoreOf = (a: Answers, skillId: string) =>
  scoreAssessment(content, a).skills.find((s) => s.skillId === skillId)?.score ?? NaN

describe('scoring properties', () => {
  it('generated answer sets are valid (so the other properties test real inputs)', () => {
    fc.assert(
      fc.property(answers, (a) => validateAnswers(content, a).ok),
      { numRuns: 200 },
    )
  })

  it('keeps every score, fit and importance a whole number from 0 to 100, and every confidence within 0–1', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = scoreAssessment(content, a)
        const pct = [
          ...r.skills.map((s) => s.score),
          ...r.roles.map((x) => x.score),
          ...r.gaps.map((g) => g.importance),
        ]
        for (const v of pct) expect(Number.isInteger(v) && v >= 0 && v <= 100).toBe(true)
        for (const s of r.skills) expect(s.confidence.value).toBeGreaterThanOrEqual(0)
        for (const s of r.skills) expect(s.confidence.value).toBeLessThanOrEqual(1)
        expect(r.window.minWeeks).toBeLessThan(r.window.maxWeeks)
        expect(r.gaps.length).toBeGreaterThanOrEqual(3)
      }),
      { numRuns: 300 },
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
      { numRuns: 500 },
    )
  })

  it('never lowers a skill when ticking one more crosswalk or multi-choice item that evidences it', () => {
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

  it('is deterministic: the same answers always give an identical result', () => {
    fc.assert(
      fc.property(answers, (a) => {
        expect(scoreAssessment(content, structuredClone(a))).toEqual(scoreAssessment(content, a))
      }),
      { numRuns: 100 },
    )
  })

  it('flags flat self-ratings whenever every self-rating shares a level', () => {
    const anchored = content.questions.filter((q) => q.category === 'anchored')
    fc.assert(
      fc.property(answers, fc.integer({ min: 1, max: 5 }), (a, level) => {
        const flat = { ...a, ...Object.fromEntries(anchored.map((q) => [q.id, `level-${level}`])) }
        expect(scoreAssessment(content, flat).flags.some((f) => f.kind === 'flat-ratings')).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})

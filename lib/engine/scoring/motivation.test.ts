import { describe, expect, it } from 'vitest'
import type { Signal } from '@/lib/engine/content/schema'
import { judgeMotivation, signalTotals } from '@/lib/engine/scoring/motivation'
import { chosen, content, option, single } from '@/tests/fixtures/content-builder'

type Totals = Partial<Record<Signal, number>>
// One motivation question per signal, its chosen option carrying that total (in entries of at most 3).
function motivated(totals: Totals) {
  const signals = Object.entries(totals) as [Signal, number][]
  const c = content({
    questions: [
      ...signals.map(([signal, total]) =>
        single({
          id: `m-${signal}`,
          category: 'motivation',
          sources: [`src-${signal}`],
          options: [
            option({
              id: 'x',
              rationale: `Said ${signal}.`,
              signals: Array.from({ length: Math.ceil(total / 3) }, (_, i) => ({
                signal,
                weight: Math.min(3, total - 3 * i),
              })),
            }),
            option({ id: 'y' }),
          ],
        }),
      ),
      single({ id: 'other', category: 'context', sources: ['src-other'] }),
    ],
  })
  const a = Object.fromEntries(signals.map(([s]) => [`m-${s}`, 'x']))
  return judgeMotivation(c, chosen(c, a))
}

describe('signalTotals', () => {
  it('adds each signal up and keeps the rationale once per answer and signal', () => {
    const c = content({
      questions: [
        single({
          id: 'm',
          category: 'motivation',
          options: [
            option({
              id: 'x',
              rationale: 'X.',
              signals: [
                { signal: 'pull', weight: 2 },
                { signal: 'pull', weight: 1 },
                { signal: 'status', weight: 1 },
              ],
            }),
            option({ id: 'y' }),
          ],
        }),
        single({
          id: 'n',
          category: 'motivation',
          options: [
            option({ id: 'x', rationale: 'N.', signals: [{ signal: 'pull', weight: 3 }] }),
            option({ id: 'y' }),
          ],
        }),
      ],
    })
    expect(signalTotals(chosen(c, { m: 'x', n: 'x' }))).toEqual({
      t: { pull: 6, status: 1, 'deep-tech': 0 },
      said: { pull: ['X.', 'N.'], status: ['X.'], 'deep-tech': [] },
    })
  })
})

describe('judgeMotivation: go, not now, or not for you', () => {
  it.each<[Totals, 'go' | 'not-now' | 'not-for-you']>([
    [{ pull: 3 }, 'go'],
    [{ pull: 12 }, 'go'],
    [{ pull: 2 }, 'not-now'],
    [{}, 'not-now'],
    [{ pull: 3, 'deep-tech': 3 }, 'not-for-you'],
    [{ pull: 4, 'deep-tech': 3 }, 'go'],
    [{ pull: 3, 'deep-tech': 2 }, 'go'],
    [{ pull: 4, 'deep-tech': 4 }, 'not-now'],
    [{ pull: 3, status: 4 }, 'not-for-you'],
    [{ pull: 3, status: 3 }, 'go'],
    [{ pull: 4, status: 4 }, 'go'],
    [{ pull: 4, status: 5 }, 'not-now'],
    [{ pull: 0, status: 4 }, 'not-for-you'],
  ])('%o: %s', (totals, kind) => {
    expect(motivated(totals).verdict.kind).toBe(kind)
  })

  it.each<[Totals, [string, string][]]>([
    [{ pull: 3 }, []],
    [{ pull: 5, 'deep-tech': 1, status: 1 }, []],
    [{ pull: 5, 'deep-tech': 2 }, [['You may miss deep technical work', 'info']]],
    [{ pull: 5, 'deep-tech': 3 }, [['You may miss deep technical work', 'warning']]],
    [{ pull: 5, status: 2 }, [['Pay or title is part of the draw', 'info']]],
    [{ pull: 5, status: 3 }, [['Pay or title is part of the draw', 'info']]],
    [
      { pull: 5, status: 4, 'deep-tech': 2 },
      [
        ['You may miss deep technical work', 'info'],
        ['Pay or title is part of the draw', 'warning'],
      ],
    ],
  ])('flags %o', (totals, flags) => {
    expect(motivated(totals).flags.map((f) => [f.title, f.severity])).toEqual(flags)
  })

  it('cites the motivation questions’ sources, once each', () => {
    const { verdict, flags } = motivated({ pull: 5, 'deep-tech': 2 })
    expect(verdict.sources).toEqual(['src-pull', 'src-deep-tech'])
    expect(flags[0]?.sources).toEqual(['src-pull', 'src-deep-tech'])
  })

  it('gives the reasons in the verdict: a go lists the pull', () => {
    expect(motivated({ pull: 5 }).verdict).toMatchObject({
      headline: 'Your reasons match the ones that carry engineers through this move.',
      why: ['Said pull.'],
    })
  })

  it('gives a "not for you" the warning answers, what they mean, and a cheap test', () => {
    expect(motivated({ pull: 3, 'deep-tech': 3 }).verdict.why).toEqual([
      'Said deep-tech.',
      'Deep technical work is the job many engineers love most, and a good reason to grow as an engineer instead.',
      'Before you commit, shadow a PM for a day, or ask two PMs to walk you through a typical week, and notice whether the customer, data and people work gives you energy. Or try the first weeks of the plan before you decide.',
    ])
    const status = motivated({ status: 4 }).verdict
    expect(status.headline).toBe('Product management may not give you what you are looking for.')
    expect(status.why[0]).toBe('Said status.')
    expect(status.why[1]).toContain('Chasing the higher-paid title only works short term')
    expect(status.why[2]).toContain('None of the reasons the articles give for the move')
    expect(status.why).toHaveLength(4)
  })

  it('gives a "not now" every warning that applies and the pull on the other side', () => {
    const v = motivated({ pull: 5, 'deep-tech': 4, status: 5 }).verdict
    expect(v.headline).toBe('Not yet: test product work before you commit to the move.')
    expect(v.why).toEqual([
      'Said deep-tech.',
      'Deep technical work is the job many engineers love most, and a good reason to grow as an engineer instead.',
      'Said status.',
      'Chasing the higher-paid title only works short term: early on engineers often earn a little more than associate PMs, and senior pay is similar.',
      'On the other hand: Said pull.',
      'Try the first weeks of the plan, then decide at the checkpoint whether the work itself energises you.',
    ])
    expect(motivated({ pull: 2 }).verdict.why).toEqual([
      'Little of the pull the articles describe (wanting the why, direct impact, being the bridge) came through.',
      'On the other hand: Said pull.',
      'Try the first weeks of the plan, then decide at the checkpoint whether the work itself energises you.',
    ])
  })
})

describe('the motivation flags’ words', () => {
  it('says what each warning means and how to test it cheaply', () => {
    const { flags } = motivated({ pull: 5, 'deep-tech': 3, status: 4 })
    expect(flags.map((f) => [f.kind, f.message])).toEqual([
      [
        'motivation',
        'Building things is what you enjoy most. Before you commit, shadow a PM for a day, or ask two PMs to walk you through a typical week, and notice whether the customer, data and people work gives you energy.',
      ],
      [
        'motivation',
        'That is fine as one reason among others, but it will not carry you through work you do not enjoy. Ask two PMs to walk you through a typical week, and ask yourself whether you would want that week with no change in what you earn.',
      ],
    ])
  })

  it('gives no flag of its own to a warning the verdict already carries: the reasons are read once', () => {
    // Not now for deep technical work: the verdict lists it, so only the pay flag (not part of the verdict) stays.
    expect(motivated({ pull: 5, 'deep-tech': 4, status: 2 }).flags.map((f) => f.title)).toEqual([
      'Pay or title is part of the draw',
    ])
    expect(motivated({ pull: 3, status: 4, 'deep-tech': 2 }).flags.map((f) => f.title)).toEqual([
      'You may miss deep technical work',
    ])
    expect(motivated({ pull: 4, 'deep-tech': 4, status: 5 }).flags).toEqual([])
  })

  it('labels the verdict calmly and gives a caution for the headline to end with, never one for a go', () => {
    const go = motivated({ pull: 5 }).verdict
    expect(go).toMatchObject({ label: 'Your reasons fit', caution: null })
    const notNow = motivated({ pull: 2 }).verdict
    expect(notNow.label).toBe('Worth testing first')
    expect(notNow.caution).toMatch(/^One thing to weigh first: your reasons for the move are mixed/)
    const deep = motivated({ pull: 3, 'deep-tech': 3 }).verdict
    expect(deep.label).toBe('Worth a second thought')
    expect(deep.caution).toMatch(/hands-on technical work may suit you better than product work/)
    const status = motivated({ pull: 3, status: 4 }).verdict
    expect(status.caution).toMatch(/appeals more for what it brings than for the work itself/)
    // Kind, and plain: no shouting, and it points to a cheap way to find out.
    for (const v of [notNow, deep, status]) {
      expect(v.caution).not.toMatch(/not for you|[A-Z]{3,}/)
      expect(v.caution).toMatch(/first weeks/)
    }
  })

  it('adds no "on the other hand" to a "not now" without any pull', () => {
    expect(motivated({}).verdict.why).toEqual([
      'Little of the pull the articles describe (wanting the why, direct impact, being the bridge) came through.',
      'Try the first weeks of the plan, then decide at the checkpoint whether the work itself energises you.',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/engine/content/answers'
import type { Path } from '@/lib/engine/content/schema'
import { recommendPath, tallyPaths } from '@/lib/engine/scoring/path'
import { chosen, content, numberQ, option, path, single } from '@/tests/fixtures/content-builder'

// One question per lean, so each answer's rationale names its lean.
const leaning = (paths: Path[], leans: [string, number][]) =>
  content({
    paths,
    questions: [
      single({ id: 'pms', options: [option({ id: 'yes' }), option({ id: 'no' })] }),
      numberQ({ id: 'years', shortLabel: 'Years as an engineer', min: 0, max: 40 }),
      ...leans.map(([pathId, weight], i) =>
        single({
          id: `lean-${i}`,
          options: [
            option({ id: 'x', rationale: `Lean ${i} (${pathId} ${weight}).`, paths: [{ pathId, weight }] }),
            option({ id: 'y' }),
          ],
        }),
      ),
    ],
  })
const recommend = (paths: Path[], leans: [string, number][], a: Answers = { pms: 'yes', years: 5 }) => {
  const c = leaning(paths, leans)
  const all = { ...a, ...Object.fromEntries(leans.map((_, i) => [`lean-${i}`, 'x'])) }
  return { tally: tallyPaths(c, all, chosen(c, all)), rec: recommendPath(c, all, chosen(c, all)) }
}
const needsPms = path({ id: 'internal', name: 'Internal transfer', requires: [{ questionId: 'pms', anyOf: ['yes'] }] })
const external = path({ id: 'external', name: 'External move', whenItFits: 'You are ready to change jobs.' })

describe('tallyPaths and recommendPath: the open path the answers lean to most', () => {
  it.each<[string, [string, number][], Answers, string]>([
    [
      'the stronger lean',
      [
        ['internal', 2],
        ['external', 3],
      ],
      { pms: 'yes' },
      'external',
    ],
    [
      'leans add up',
      [
        ['internal', 2],
        ['internal', 2],
        ['external', 3],
      ],
      { pms: 'yes' },
      'internal',
    ],
    [
      'a tie goes to the earlier path',
      [
        ['internal', 2],
        ['external', 2],
      ],
      { pms: 'yes' },
      'internal',
    ],
    ['no leans: the earlier path', [], { pms: 'yes' }, 'internal'],
    [
      'a path whose requirements fail is not chosen, however strong the lean',
      [['internal', 6]],
      { pms: 'no' },
      'external',
    ],
    ['an unanswered requirement fails', [['internal', 6]], {}, 'external'],
  ])('%s', (_, leans, a, expected) => {
    expect(recommend([needsPms, external], leans, a).rec.pathId).toBe(expected)
  })

  it('falls back to the best lean when no path is open', () => {
    const gated = path({ id: 'gated', requires: [{ questionId: 'pms', anyOf: ['yes'] }] })
    const other = path({ id: 'other', requires: [{ questionId: 'years', min: 10 }] })
    expect(recommend([gated, other], [['other', 1]], { pms: 'no', years: 2 }).rec.pathId).toBe('other')
    expect(recommend([gated, other], [['gated', 1]], { pms: 'no', years: 2 }).rec.pathId).toBe('gated')
  })

  it('tallies every path with its reasons for and against, strongest first', () => {
    const { tally } = recommend(
      [needsPms, external],
      [
        ['internal', 1],
        ['internal', -2],
        ['internal', 4],
        ['external', -1],
        ['internal', -5],
      ],
    )
    expect(tally.map((t) => [t.path.id, t.open, t.total])).toEqual([
      ['external', true, -1],
      ['internal', true, -2],
    ])
    expect(tally[1]?.pro).toEqual(['Lean 2 (internal 4).', 'Lean 0 (internal 1).'])
    expect(tally[1]?.con).toEqual(['Lean 4 (internal -5).', 'Lean 1 (internal -2).'])
    expect(tally[0]?.order).toBe(1)
  })

  it('says why: up to three reasons for, when it fits, and the strongest reason against', () => {
    const { rec } = recommend(
      [needsPms, external],
      [
        ['external', 1],
        ['external', 2],
        ['external', 3],
        ['external', 3],
        ['external', -1],
        ['external', -2],
      ],
    )
    expect(rec).toMatchObject({
      pathId: 'external',
      name: 'External move',
      route: 'through external',
      summary: 'How external goes.',
      sources: ['src-a'],
    })
    expect(rec.why).toEqual([
      'Lean 2 (external 3).',
      'Lean 3 (external 3).',
      'Lean 1 (external 2).',
      'It fits when: you are ready to change jobs.',
      'Weighed against it: lean 5 (external -2). On balance it is still the best route for you, because of the reasons above.',
    ])
    // With nothing for it, the reason against stands alone.
    expect(recommend([external], [['external', -1]]).rec.why.at(-1)).toBe('Weighed against it: lean 0 (external -1).')
  })

  it('weighs readiness in: someone ready needs no detour, and the reason is said', () => {
    const detour = path({
      id: 'detour',
      name: 'Move first',
      byReadiness: [
        { band: 'ready', weight: -5, reason: 'You are ready now.' },
        { band: 'early', weight: 2, reason: 'A safer base.' },
      ],
    })
    const leans: [string, number][] = [['detour', 3]]
    const pick = (band?: 'ready' | 'close' | 'building' | 'early') => {
      const c = leaning([external, detour], leans)
      const all = { pms: 'yes', years: 5, 'lean-0': 'x' }
      return recommendPath(c, all, chosen(c, all), band)
    }
    expect(pick().pathId).toBe('detour')
    expect(pick('close').pathId).toBe('detour')
    expect(pick('ready').pathId).toBe('external')
    expect(pick('ready').alternatives[0]?.why).toBe('You are ready now.')
    expect(pick('early')).toMatchObject({ pathId: 'detour', why: expect.arrayContaining(['A safer base.']) })
  })

  it('does not give the chosen route’s reason for as another route’s reason against', () => {
    const third = path({ id: 'third', whenItFits: 'When nothing else fits.' })
    const c = content({
      paths: [external, third],
      questions: [
        single({
          id: 'situation',
          options: [
            option({
              id: 'between',
              rationale: 'Between jobs, you apply elsewhere.',
              paths: [
                { pathId: 'external', weight: 3 },
                { pathId: 'third', weight: -2 },
              ],
            }),
          ],
        }),
      ],
    })
    const all = { situation: 'between' }
    const rec = recommendPath(c, all, chosen(c, all))
    expect(rec.why).toContain('Between jobs, you apply elsewhere.')
    expect(rec.alternatives[0]?.why).toBe(
      'Possible, but your answers point more strongly to “External move”. It fits when: when nothing else fits.',
    )
  })

  it('explains each alternative: what a closed one needs, else the reason against, else why the other is better', () => {
    const third = path({ id: 'third', whenItFits: 'When nothing else fits.' })
    const closed = recommend(
      [needsPms, external, third],
      [
        ['external', 3],
        ['third', -1],
      ],
      { pms: 'no', years: 5 },
    ).rec
    expect(closed.alternatives).toEqual([
      { pathId: 'third', name: 'Path third', why: 'Lean 1 (third -1).' },
      {
        pathId: 'internal',
        name: 'Internal transfer',
        // Closed by the situation: said through when the route fits, not by listing the answers that open it.
        why: 'Not open to you now, given your work situation. It fits when: when internal fits.',
      },
    ])
    // Closed by a figure: the figure is named.
    const senior = path({ id: 'senior', requires: [{ questionId: 'years', min: 8 }] })
    const byFigure = recommend([external, senior], [['external', 3]], { pms: 'no', years: 5 }).rec
    expect(byFigure.alternatives).toEqual([
      {
        pathId: 'senior',
        name: 'Path senior',
        why: 'Not open to you now: it needs years as an engineer: at least 8 (you: 5).',
      },
    ])
    const open = recommend([needsPms, external, third, path({ id: 'fourth' })], [['external', 3]]).rec
    // Several open alternatives are each explained in their own words.
    expect(open.alternatives.map((a) => a.why)).toEqual([
      'Possible, but your answers point more strongly to “External move”. It fits when: when internal fits.',
      'Also open to you, if less suited to your answers. Best when: when nothing else fits.',
      'Worth keeping in mind if things change. It fits when: when fourth fits.',
    ])
  })

  it('refuses content without paths', () => {
    expect(() => recommend([], [])).toThrow('recommendPath: content has no paths')
  })
})

describe('tallyPaths: ties', () => {
  it('keeps content order among paths that tie, however many', () => {
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5']
    expect(
      recommend(
        ids.map((id) => path({ id })),
        [],
      ).tally.map((t) => t.path.id),
    ).toEqual(ids)
  })
})

import { describe, expect, it } from 'vitest'
import type { Content } from '@/lib/engine/content/schema'
import {
  GAP_BELOW,
  MAX_GAPS,
  MAX_STRENGTHS,
  MIN_GAPS,
  SEVERE_GAP_BELOW,
  STRENGTH_MIN,
} from '@/lib/engine/scoring/calibration'
import { findStrengths, rankGaps } from '@/lib/engine/scoring/gaps'
import type { Contribution, SkillResult } from '@/lib/engine/scoring/result-schema'
import { content, numberQ, roleFit, selfRating, single, skill, skillResult } from '@/tests/fixtures/content-builder'

// One question of each kind, so a contribution's kind is known by its question id.
const c: Content = content({
  skills: [
    skill({ id: 'skill-a', name: 'Customer discovery', engineerCommonality: 'usually-gap' }),
    skill({ id: 'skill-b', name: 'Systems thinking', engineerCommonality: 'usually-strong' }),
    skill({ id: 'skill-c', name: 'Prioritisation', engineerCommonality: 'mixed' }),
    skill({ id: 'skill-d', name: 'Storytelling' }),
  ],
  questions: [
    single({ id: 'did', category: 'behaviour' }),
    single({ id: 'did-2', category: 'crosswalk' }),
    single({ id: 'scn', category: 'scenario' }),
    selfRating('self', 'skill-a'),
    numberQ({ id: 'bg' }),
  ],
})
const contrib = (questionId: string, delta: number, reason = `${questionId} ${delta}`): Contribution => ({
  questionId,
  delta,
  reason,
})
const best = roleFit({ roleId: 'role-a', name: 'Technical product manager' })

describe('findStrengths: transferable strengths, each resting on something done', () => {
  const strong = (o: Partial<SkillResult>) => skillResult({ score: 75, contributions: [contrib('did', 10)], ...o })

  it.each<[string, Partial<SkillResult>, boolean]>([
    ['a high score with an answer about what was done', {}, true],
    [`exactly ${STRENGTH_MIN}`, { score: STRENGTH_MIN }, true],
    [`just below ${STRENGTH_MIN}`, { score: STRENGTH_MIN - 1 }, false],
    ['resting on a ticked list', { contributions: [contrib('did-2', 4)] }, true],
    ['resting on scenarios alone', { contributions: [contrib('scn', 10)] }, false],
    ['resting on a self-rating alone', { contributions: [contrib('self', 10)] }, false],
    ['resting on background alone', { contributions: [contrib('bg', 10)] }, false],
    ['where what was done only lowered it', { contributions: [contrib('scn', 20), contrib('did', -3)] }, false],
    ['where what was done moved it by nothing', { contributions: [contrib('scn', 20), contrib('did', 0)] }, false],
    ['resting on an answer to a question no longer in the content', { contributions: [contrib('gone', 10)] }, false],
  ])('%s: %s', (_, o, shown) => {
    expect(findStrengths(c, [strong(o)], best).length).toBe(shown ? 1 : 0)
  })

  it(`lists at most ${MAX_STRENGTHS}, strongest first`, () => {
    const skills = [61, 90, 70, 80, 65, 99, 75].map((score, i) => strong({ skillId: `s-${i}`, score }))
    expect(findStrengths(c, skills, best).map((s) => s.score)).toEqual([99, 90, 80, 75, 70])
  })

  it('gives evidence in order of weight — what was done, then scenarios, then background — three at most, once each, never a self-rating', () => {
    const s = strong({
      contributions: [
        contrib('self', 9, 'Rated.'),
        contrib('scn', 8, 'Scenario.'),
        contrib('bg', 7, 'Background.'),
        contrib('did', 2, 'Did.'),
        contrib('did-2', 1, 'Did.'),
        contrib('scn', -4, 'Lowered.'),
      ],
    })
    expect(findStrengths(c, [s], best)[0]?.evidence).toEqual(['Did.', 'Scenario.', 'Background.'])
    const fewer = strong({
      contributions: [
        contrib('self', 9, 'Rated.'),
        contrib('did', 2, 'Did.'),
        contrib('bg', 3, 'Background.'),
        contrib('scn', 0, 'Zero.'),
      ],
    })
    expect(findStrengths(c, [fewer], best)[0]?.evidence).toEqual(['Did.', 'Background.'])
  })

  it('quotes one answer as evidence for two strengths at most', () => {
    const shared = (skillId: string, score: number, own: string) =>
      strong({ skillId, score, contributions: [contrib('did', 5, 'Years of shipping.'), contrib(own, 2, skillId)] })
    const evidence = findStrengths(
      c,
      [
        shared('s-1', 90, 'did-2'),
        shared('s-2', 80, 'scn'),
        shared('s-3', 70, 'bg'),
        strong({ skillId: 's-4', score: 65, contributions: [contrib('did', 5, 'Years of shipping.')] }),
      ],
      best,
    ).map((x) => x.evidence)
    // The fourth strength has nothing else to show, so it keeps the shared answer rather than show nothing.
    expect(evidence).toEqual([
      ['Years of shipping.', 's-1'],
      ['Years of shipping.', 's-2'],
      ['s-3'],
      ['Years of shipping.'],
    ])
  })

  it('puts strengths resting on little evidence after the others, whatever their score', () => {
    const low = { level: 'low', why: '' } as const
    const list = [strong({ skillId: 's-1', score: 95, confidence: low }), strong({ skillId: 's-2', score: 70 })]
    expect(findStrengths(c, list, best).map((x) => x.skillId)).toEqual(['s-2', 's-1'])
  })

  it('never says the same sentence twice down the list', () => {
    const skills = [99, 90, 80, 75, 70].map((score, i) =>
      strong({ skillId: i % 2 ? 'skill-a' : 'skill-b', score, name: `Skill ${i}` }),
    )
    const why = findStrengths(c, skills, best).map((x) => x.why.replace(/Skill \d/g, ''))
    expect(new Set(why).size).toBe(why.length)
    for (const part of why.flatMap((w) => w.split(/[;.] /))) expect(why.filter((w) => w.includes(part)).length).toBe(1)
  })

  it.each<[string, Partial<SkillResult>, string]>([
    [
      'one answer about work (scenarios are not counted), a usually-strong skill the role relies on',
      { skillId: 'skill-b', name: 'Systems thinking', contributions: [contrib('did', 10), contrib('scn', 5)] },
      'One of your answers about your work shows it; a technical product manager relies on it. Engineers usually bring it: name it in interviews.',
    ],
    [
      'two answers, a usually-gap skill the role leans on heavily, low confidence (shown beside the score, not here)',
      {
        skillId: 'skill-a',
        name: 'Customer discovery',
        contributions: [contrib('did', 4), contrib('did-2', 3)],
        confidence: { level: 'low', why: '' },
      },
      'Two of your answers about your work show it; a technical product manager leans on it heavily. Many engineers have to build it, so it sets you apart.',
    ],
    [
      'a skill the role does not lean on',
      { skillId: 'skill-d', name: 'Storytelling' },
      'One of your answers about your work shows it. Many engineers have to build it, so it sets you apart.',
    ],
  ])('says why: %s', (_, o, why) => {
    const [s] = findStrengths(c, [strong(o)], best)
    expect(s?.why).toBe(why)
    expect(s).toMatchObject({
      skillId: o.skillId,
      name: o.name,
      score: 75,
      confidence: o.confidence?.level ?? 'medium',
    })
  })

  it('names a role that starts with a vowel with "an"', () => {
    const [s] = findStrengths(
      c,
      [strong({ skillId: 'skill-a' })],
      roleFit({ roleId: 'role-a', name: 'AI/ML product manager' }),
    )
    expect(s?.why).toContain('; an AI/ML product manager leans on it heavily.')
  })
})

describe('rankGaps: gaps ranked by how much they matter for the roles that fit best', () => {
  // role-a leans on skill-a ×3, skill-b ×2, skill-c ×1; role-b on skill-b ×3, skill-a ×1, skill-c ×1.
  const roles = [best, roleFit({ roleId: 'role-b', name: 'Platform product manager' })]
  const scored = (scores: Record<string, number>, o: Partial<SkillResult> = {}) =>
    Object.entries(scores).map(([skillId, score]) => skillResult({ skillId, name: `Skill ${skillId}`, score, ...o }))

  it('weighs the size of a gap by the best role’s reliance on it, the runner-up’s at 60 %, and a third for any skill', () => {
    const gaps = rankGaps(c, scored({ 'skill-a': 30, 'skill-b': 50, 'skill-c': 40, 'skill-d': 20 }), roles, 'role-a')
    // a: 70 × 1; b: 50 × (0.35 + 0.65 × 2/3); c: 60 × (0.35 + 0.65 × 1/3); d: 80 × 0.35.
    expect(gaps.map((g) => [g.skillId, g.importance, g.rank])).toEqual([
      ['skill-a', 70, 1],
      ['skill-b', 39, 2],
      ['skill-c', 34, 3],
      ['skill-d', 28, 4],
    ])
  })

  it('uses the runner-up’s reliance when it is larger than the best role’s', () => {
    // skill-b: best ×2 gives 2/3; the runner-up role-b ×3 gives 0.6. With role-b best, role-a is runner-up: a gets max(1/3, 0.6).
    const gaps = rankGaps(
      c,
      scored({ 'skill-a': 50, 'skill-b': 90, 'skill-c': 90 }),
      [roles[1], roles[0]].filter((r) => r !== undefined),
      'role-b',
    )
    expect(gaps.find((g) => g.skillId === 'skill-a')?.importance).toBe(Math.round(50 * (0.35 + 0.65 * 0.6)))
  })

  it('takes as runner-up only an open first move', () => {
    const closed = [
      best,
      roleFit({ roleId: 'role-b', open: false }),
      roleFit({ roleId: 'role-later', timing: 'later' }),
    ]
    const gaps = rankGaps(c, scored({ 'skill-a': 90, 'skill-b': 50, 'skill-c': 90 }), closed, 'role-a')
    expect(gaps.find((g) => g.skillId === 'skill-b')?.importance).toBe(Math.round(50 * (0.35 + (0.65 * 2) / 3)))
  })

  it(`counts as gaps the skills below ${GAP_BELOW}, at least ${MIN_GAPS} and at most ${MAX_GAPS}, plus every severe one`, () => {
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`s-${i}`, 42 + i]))
    expect(rankGaps(c, scored(many), roles, 'role-a')).toHaveLength(MAX_GAPS)
    // Below the severe bar nothing is cut, however many there are.
    const severe = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`s-${i}`, 10 + i]))
    expect(rankGaps(c, scored(severe), roles, 'role-a')).toHaveLength(8)
    // Six more important gaps fill the list; the severe ones the roles do not lean on still come after them.
    const mixed = {
      'skill-a': 45,
      'skill-b': 45,
      'skill-c': 45,
      ...Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`m-${i}`, 30])),
      'x-1': 39,
      'x-2': 38,
    }
    const listed = rankGaps(c, scored(mixed), roles, 'role-a').map((g) => g.skillId)
    expect(listed).toEqual(['skill-a', 'skill-b', 'skill-c', 'm-0', 'm-1', 'm-2', 'x-2', 'x-1'])
    const ids = (scores: Record<string, number>) =>
      rankGaps(c, scored(scores), roles, 'role-a')
        .map((g) => g.skillId)
        .sort()
    expect(ids({ 'skill-a': GAP_BELOW - 1, 'skill-b': GAP_BELOW, 'skill-c': 90, 'skill-d': 80 })).toEqual([
      'skill-a',
      'skill-b',
      'skill-d',
    ])
    expect(ids({ 'skill-a': 20, 'skill-b': 30, 'skill-c': 40, 'skill-d': 95 })).toEqual([
      'skill-a',
      'skill-b',
      'skill-c',
    ])
  })

  it('fills with the lowest of the rest for strong candidates, earlier skills first on a tie', () => {
    const gaps = rankGaps(c, scored({ 'skill-a': 80, 'skill-b': 70, 'skill-c': 70, 'skill-d': 70 }), roles, 'role-a')
    expect(gaps.map((g) => g.skillId).sort()).toEqual(['skill-b', 'skill-c', 'skill-d'])
    // Three different openings, so the list does not read as one sentence three times.
    expect(gaps.map((g) => g.why.split(/[;:]/)[0])).toEqual([
      'Not weak, but among your lowest',
      'Solid, yet one of your lower skills',
      'Fine for now, though below your best',
    ])
  })

  it(`always lists a severe gap (below ${SEVERE_GAP_BELOW}), with its evidence, whatever the best role leans on`, () => {
    // skill-d is on no role; six gaps the roles lean on would otherwise fill the list.
    const gaps = rankGaps(
      c,
      [
        ...scored({ 'skill-a': 41, 'skill-b': 42, 'skill-c': 43, 's-4': 44, 's-5': 45, 's-6': 46 }),
        skillResult({
          skillId: 'skill-d',
          name: 'Skill skill-d',
          score: 21,
          holdsBack: 'You never looked at usage data.',
        }),
      ],
      roles,
      'role-a',
    )
    const severe = gaps.find((g) => g.skillId === 'skill-d')
    expect(severe).toMatchObject({ severe: true, score: 21 })
    expect(severe?.why).toMatch(/^You never looked at usage data/)
    expect(gaps.filter((g) => g.severe).map((g) => g.skillId)).toEqual(['skill-d'])
    expect(gaps.find((g) => g.skillId === 'skill-a')?.severe).toBeUndefined()
    // Exactly at the bar is not severe.
    const at = rankGaps(c, scored({ 'skill-a': SEVERE_GAP_BELOW, 'skill-b': 90, 'skill-c': 90 }), roles, 'role-a')
    expect(at.find((g) => g.skillId === 'skill-a')?.severe).toBeUndefined()
  })

  it('puts gaps resting on little evidence after the well-supported ones, so the summary leads with the latter', () => {
    const low = { level: 'low', why: '' } as const
    const gaps = rankGaps(
      c,
      [skillResult({ skillId: 'skill-a', score: 10, confidence: low }), ...scored({ 'skill-b': 50, 'skill-c': 50 })],
      roles,
      'role-a',
    )
    expect(gaps.map((g) => g.skillId)).toEqual(['skill-b', 'skill-c', 'skill-a'])
    expect(gaps.map((g) => g.rank)).toEqual([1, 2, 3])
  })

  it('breaks ties in importance by content order', () => {
    const gaps = rankGaps(c, scored({ 's-1': 40, 's-2': 40, 's-3': 40 }), roles, 'role-a')
    expect(gaps.map((g) => g.skillId)).toEqual(['s-1', 's-2', 's-3'])
  })

  it.each<[string, Partial<SkillResult>, number, string]>([
    [
      'a gap held back by an answer',
      { holdsBack: 'You have never talked with a customer.' },
      30,
      'You have never talked with a customer; a technical product manager leans on it heavily.',
    ],
    [
      'a gap with nothing holding it back',
      {},
      30,
      'Your answers show only a little of it so far; a technical product manager leans on it heavily.',
    ],
    [
      'a low-confidence gap',
      { confidence: { level: 'low', why: '' } },
      30,
      'Your answers show only a little of it so far; a technical product manager leans on it heavily.',
    ],
    [
      'a fill held back by an answer',
      { holdsBack: 'Interviews are rare!' },
      80,
      'Not weak, but among your lowest: interviews are rare; a technical product manager leans on it heavily.',
    ],
    [
      'a fill with nothing holding it back',
      {},
      80,
      'Not weak, but among your lowest; a technical product manager leans on it heavily.',
    ],
  ])('says why: %s', (_, o, score, why) => {
    const gaps = rankGaps(
      c,
      [skillResult({ skillId: 'skill-a', score, ...o }), ...scored({ 'skill-b': 95, 'skill-c': 95 })],
      roles,
      'role-a',
    )
    expect(gaps.find((g) => g.skillId === 'skill-a')?.why).toBe(why)
  })

  it('names only the best role: never a role the readout does not point to', () => {
    const why = (skillId: string, leans: Content['roles']) => {
      const cc = { ...c, roles: leans }
      return rankGaps(cc, scored({ [skillId]: 30, 'x-1': 90, 'x-2': 90 }), roles, 'role-a').find(
        (g) => g.skillId === skillId,
      )?.why
    }
    const role = (id: string, skillId: string, weight: number) =>
      ({ ...c.roles[0], id, leansOn: [{ skillId, weight }] }) as Content['roles'][number]
    expect(why('skill-a', [role('role-a', 'skill-a', 1)])).toContain('a technical product manager relies on it')
    // The runner-up leans on it, but the gap never names a role that is not the best one.
    for (const weight of [2, 3])
      expect(why('skill-a', [role('role-a', 'skill-x', 1), role('role-b', 'skill-a', weight)])).toBe(
        'Your answers show only a little of it so far; every PM needs some of it.',
      )
    expect(why('skill-a', [role('role-a', 'skill-x', 1)])).toContain('; every PM needs some of it.')
  })

  it('lists the open first moves, three at most, that lean on each gap', () => {
    const five = [
      roleFit({ roleId: 'role-a', name: 'A' }),
      roleFit({ roleId: 'role-later', name: 'Later', timing: 'later' }),
      roleFit({ roleId: 'role-b', name: 'B' }),
      roleFit({ roleId: 'role-a', name: 'A again' }),
      roleFit({ roleId: 'role-b', name: 'B again', open: false }),
      roleFit({ roleId: 'role-b', name: 'B third' }),
    ]
    const gaps = rankGaps(c, scored({ 'skill-a': 30, 'skill-d': 30, 'skill-c': 95 }), five, 'role-a')
    expect(gaps.find((g) => g.skillId === 'skill-a')?.forRoles).toEqual(['A', 'B', 'A again'])
    expect(gaps.find((g) => g.skillId === 'skill-d')?.forRoles).toEqual([])
    expect(gaps[0]).toMatchObject({ name: 'Skill skill-a', score: 30, confidence: 'medium' })
  })
})

describe('rankGaps: edges a change would break', () => {
  const scored = (scores: Record<string, number>) =>
    Object.entries(scores).map(([skillId, score]) => skillResult({ skillId, name: `Skill ${skillId}`, score }))
  const roles = [best, roleFit({ roleId: 'role-b', name: 'Platform product manager' })]

  it('orders gaps by importance, not content order', () => {
    // a: 50 × 1 = 50; b: 80 × (0.35 + 0.65 × 2/3) ≈ 63; c: 90 × (0.35 + 0.65 × 1/3) = 51.
    const gaps = rankGaps(c, scored({ 'skill-a': 50, 'skill-b': 20, 'skill-c': 10 }), roles, 'role-a')
    expect(gaps.map((g) => [g.skillId, g.importance])).toEqual([
      ['skill-b', 63],
      ['skill-c', 51],
      ['skill-a', 50],
    ])
  })

  it('breaks ties in importance by content order, however many', () => {
    const ids = ['s-1', 's-2', 's-3', 's-4', 's-5', 's-6']
    const gaps = rankGaps(c, scored(Object.fromEntries(ids.map((id) => [id, 40]))), roles, 'role-a')
    expect(gaps.map((g) => g.skillId)).toEqual(ids)
  })

  it('adds no filler once there are three real gaps', () => {
    const gaps = rankGaps(
      c,
      scored({ 's-1': 10, 's-2': 20, 's-3': 30, 's-4': 40, 's-5': 90, 's-6': 95 }),
      roles,
      'role-a',
    )
    expect(gaps.map((g) => g.skillId)).toEqual(['s-1', 's-2', 's-3', 's-4'])
  })

  it('fills with the lowest, earlier skills first among equals', () => {
    const gaps = rankGaps(c, scored({ 's-1': 60, 's-2': 70, 's-3': 70, 's-4': 70, 's-5': 70 }), roles, 'role-a')
    expect(gaps.map((g) => g.skillId)).toEqual(['s-1', 's-2', 's-3'])
  })

  it(`calls a filler at exactly ${GAP_BELOW} "not weak"`, () => {
    const gaps = rankGaps(c, scored({ 'skill-a': GAP_BELOW, 'skill-b': 90, 'skill-c': 90 }), roles, 'role-a')
    expect(gaps.find((g) => g.skillId === 'skill-a')?.why.startsWith('Not weak, but among your lowest')).toBe(true)
  })

  it('names the best role it is given, wherever it is in the list', () => {
    const list = [roleFit({ roleId: 'role-b', name: 'Platform product manager' }), best]
    const gaps = rankGaps(c, scored({ 'skill-a': 30, 'skill-b': 90, 'skill-c': 90 }), list, 'role-a')
    expect(gaps.find((g) => g.skillId === 'skill-a')?.why).toContain('a technical product manager leans on it heavily')
  })

  it('takes the runner-up’s reliance only from an open first move', () => {
    // Best is role-b (skill-a ×1); role-a leans on skill-a ×3 but is closed or a later role, so it is no runner-up.
    for (const other of [roleFit({ roleId: 'role-a', open: false }), roleFit({ roleId: 'role-a', timing: 'later' })]) {
      const gaps = rankGaps(
        c,
        scored({ 'skill-a': 40, 'skill-b': 90, 'skill-c': 90 }),
        [roleFit({ roleId: 'role-b' }), other],
        'role-b',
      )
      expect(gaps.find((g) => g.skillId === 'skill-a')?.importance).toBe(Math.round(60 * (0.35 + 0.65 / 3)))
    }
  })

  it.each([
    ['an inner full stop', 'You rarely talk to users, e.g. never. ', 'You rarely talk to users, e.g. never'],
    ['an exclamation mark and a trailing space', 'Interviews are rare! ', 'Interviews are rare'],
  ])('strips only the final stop from what holds a gap back: %s', (_, holdsBack, opening) => {
    const gaps = rankGaps(
      c,
      [skillResult({ skillId: 'skill-a', score: 30, holdsBack }), ...scored({ 'skill-b': 90, 'skill-c': 90 })],
      roles,
      'role-a',
    )
    expect(gaps[0]?.why).toBe(`${opening}; a technical product manager leans on it heavily.`)
  })
})

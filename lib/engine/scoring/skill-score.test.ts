import { describe, expect, it } from 'vitest'
import type { Question, QuestionCategory } from '@/lib/engine/content/schema'
import { DISAGREEMENT, LEVELS } from '@/lib/engine/scoring/calibration'
import { byQuestion } from '@/lib/engine/scoring/chosen'
import {
  capFor,
  confidenceFor,
  confidenceSayings,
  levelFor,
  placeSkill,
  type Reading,
  rangeOn,
  readingsFor,
  scoreSkills,
} from '@/lib/engine/scoring/skill-score'
import {
  answers,
  band,
  chosen,
  content,
  multi,
  numberQ,
  option,
  selfRating,
  single,
  skill,
  w,
} from '@/tests/fixtures/content-builder'

const skillOf = (id: string, engineerCommonality: 'mixed' | 'usually-gap' | 'usually-strong') =>
  skill({ id, engineerCommonality })

const readingsOf = (c = content(), a = answers(), skillId = 'skill-a') =>
  readingsFor(skillId, c.skills.find((s) => s.id === skillId)?.name ?? skillId, byQuestion(chosen(c, a)))
const score = (a: Parameters<typeof answers>[0], skillId = 'skill-a', c = content()) =>
  scoreSkills(c, chosen(c, answers(a)), false).find((s) => s.skillId === skillId)

/** A reading of one answer, as readingsFor makes it. */
function reading(category: QuestionCategory, o: Partial<Reading> = {}): Reading {
  const question: Question = single({ id: `q-${category}-${o.value ?? 0}-${Math.random()}`.replace('.', ''), category })
  return { question, weight: 2, lo: -2, hi: 2, value: 0, reasons: ['why'], ...o }
}

describe('rangeOn: the lowest and highest weight an answer can put on a skill', () => {
  it.each([
    [
      'a single question with a lowering answer',
      single({
        options: [
          option({ id: 'x', skills: [w('skill-a', -2)] }),
          option({ id: 'y', skills: [w('skill-a', 3)] }),
          option({ id: 'z' }),
        ],
      }),
      { lo: -2, hi: 3 },
    ],
    [
      'a single question whose answers only raise',
      single({ options: [option({ id: 'x' }), option({ id: 'y', skills: [w('skill-a', 1)] })] }),
      { lo: 0, hi: 1 },
    ],
    [
      'an option that lists the skill twice adds the weights',
      single({ options: [option({ id: 'x', skills: [w('skill-a', 1), w('skill-a', 2)] }), option({ id: 'y' })] }),
      { lo: 0, hi: 3 },
    ],
    [
      'a number question, from its bands',
      numberQ({
        bands: [
          band({ min: 0, max: 1, skills: [w('skill-a', -1)] }),
          band({ min: 2, max: 100, skills: [w('skill-a', 2)] }),
        ],
      }),
      { lo: -1, hi: 2 },
    ],
    [
      'a list: full marks at two ticks, the best two',
      multi({
        options: [
          option({ id: 'x', skills: [w('skill-a', 1)] }),
          option({ id: 'y', skills: [w('skill-a', 3)] }),
          option({ id: 'z', skills: [w('skill-a', 2)] }),
        ],
      }),
      { lo: 0, hi: 5 },
    ],
    [
      'a list with a lowering tick and a "none of these"',
      multi({
        options: [
          option({ id: 'x', skills: [w('skill-a', -2)] }),
          option({ id: 'y', skills: [w('skill-a', 1)] }),
          option({ id: 'n', exclusive: true, skills: [w('skill-a', -3)] }),
        ],
      }),
      { lo: -3, hi: 1 },
    ],
    [
      'a list whose lowering ticks add up below "none of these"',
      multi({
        options: [
          option({ id: 'x', skills: [w('skill-a', -2)] }),
          option({ id: 'y', skills: [w('skill-a', -2)] }),
          option({ id: 'n', exclusive: true, skills: [w('skill-a', -1)] }),
        ],
      }),
      { lo: -4, hi: 0 },
    ],
    [
      'a list where only "none of these" raises',
      multi({
        options: [
          option({ id: 'x', skills: [w('skill-a', -1)] }),
          option({ id: 'n', exclusive: true, skills: [w('skill-a', 2)] }),
        ],
      }),
      { lo: -1, hi: 2 },
    ],
  ])('%s', (_, q, expected) => {
    expect(rangeOn(q, 'skill-a')).toEqual(expected)
  })

  it('is null when no answer touches the skill', () => {
    expect(
      rangeOn(single({ options: [option({ id: 'x', skills: [w('skill-b', 2)] }), option({ id: 'y' })] }), 'skill-a'),
    ).toBeNull()
    expect(
      rangeOn(multi({ options: [option({ id: 'x', skills: [w('skill-b', 2)] }), option({ id: 'y' })] }), 'skill-a'),
    ).toBeNull()
  })
})

describe('readingsFor: which answers bear on a skill, and where each sits', () => {
  it('places a neutral answer to a question that can lower the skill, at the full range, in the words of the answer', () => {
    const [talk] = readingsOf(content(), answers({ scenario: 'rank', 'self-a': 'level-3' })).filter(
      (r) => r.question.id === 'talk',
    )
    expect(talk).toMatchObject({ weight: 2, lo: -2, hi: 2, value: 0, reasons: ['Answer sometimes.'] })
  })

  it('leaves out an answer that could only have raised the skill and did not', () => {
    const ids = (a: Parameters<typeof answers>[0]) => readingsOf(content(), answers(a)).map((r) => r.question.id)
    expect(ids({ scenario: 'rank' })).not.toContain('scenario')
    expect(ids({ scenario: 'ask' })).toContain('scenario')
    // A tick that doesn't touch the skill says nothing about it.
    expect(ids({ work: ['on-call'] })).not.toContain('work')
    expect(ids({ work: ['support'] })).toContain('work')
  })

  it('counts a raising answer as full marks on its own weight, so more evidence never lowers the skill', () => {
    const [scn] = readingsOf(content(), answers({ scenario: 'ask' })).filter((r) => r.question.id === 'scenario')
    expect(scn).toMatchObject({ weight: 2, lo: 0, hi: 1, value: 1, reasons: ['Answer ask.'] })
  })

  it('counts ticks up to two ticks’ worth, and names only the ticks that touch the skill', () => {
    const c = content({
      questions: [
        multi({
          id: 'list',
          options: [
            option({ id: 'x', skills: [w('skill-a', 2)] }),
            option({ id: 'y', skills: [w('skill-a', 2)] }),
            option({ id: 'z', skills: [w('skill-a', 2)] }),
            option({ id: 'other', skills: [w('skill-b', 1)] }),
          ],
        }),
      ],
    })
    const [r] = readingsFor('skill-a', 'Customer discovery', byQuestion(chosen(c, { list: ['x', 'other', 'y', 'z'] })))
    expect(r).toMatchObject({ weight: 1.5, lo: 0, hi: 4, value: 4, reasons: ['Answer x.', 'Answer y.', 'Answer z.'] })
  })

  it('counts "none of these" against the skill, as the whole of its own range', () => {
    const [r] = readingsOf(content(), answers({ work: ['none'] }), 'skill-c').filter((x) => x.question.id === 'work')
    expect(r).toMatchObject({ weight: 1.5, lo: 0, hi: 1, value: 0 })
  })

  it('lets a lowering tick cancel a raising one: a list that nets to nothing is left out', () => {
    const c = content({
      questions: [
        multi({
          id: 'list',
          options: [option({ id: 'x', skills: [w('skill-a', 1)] }), option({ id: 'y', skills: [w('skill-a', -1)] })],
        }),
      ],
    })
    expect(readingsFor('skill-a', 'A', byQuestion(chosen(c, { list: ['x', 'y'] })))).toEqual([])
    const [r] = readingsFor('skill-a', 'A', byQuestion(chosen(c, { list: ['y'] })))
    expect(r).toMatchObject({ lo: 0, hi: 1, value: 0 })
  })

  it('ignores motivation answers even if they name a skill', () => {
    const c = content({
      questions: [
        single({
          id: 'm',
          category: 'motivation',
          options: [option({ id: 'x', skills: [w('skill-a', -3)] }), option({ id: 'y', skills: [w('skill-a', 3)] })],
        }),
      ],
    })
    expect(readingsFor('skill-a', 'A', byQuestion(chosen(c, { m: 'x' })))).toEqual([])
  })

  it.each([
    [{ weight: 2 }, 'Answer x.'],
    [{ weight: 2, reason: 'Own words for this skill.' }, 'Own words for this skill.'],
  ])(
    'uses a skill’s own reason when given, else the rationale, for the first skill an answer moves (%o)',
    (entry, expected) => {
      const c = content({
        questions: [
          single({
            id: 'q',
            options: [
              option({ id: 'x', skills: [{ skillId: 'skill-a', ...entry }] }),
              option({ id: 'y', skills: [w('skill-a', -1)] }),
            ],
          }),
        ],
      })
      expect(readingsFor('skill-a', 'Customer discovery', byQuestion(chosen(c, { q: 'x' })))[0]?.reasons).toEqual([
        expected,
      ])
    },
  )

  // The rationale is quoted under the second skill it moves, with its final full stop or exclamation mark (only) turned
  // into "; that counts … too".
  it.each([
    [2, 'Answer x.', 'Customer discovery', 'Answer x; that counts towards customer discovery too.'],
    [-2, 'Answer x.', 'Customer discovery', 'Answer x; that counts against customer discovery too.'],
    [1, 'You ship it! ', 'API design', 'You ship it; that counts towards API design too.'],
    [
      1,
      'You wrote specs, e.g. PRDs.',
      'Customer discovery',
      'You wrote specs, e.g. PRDs; that counts towards customer discovery too.',
    ],
  ])(
    'says an answer counts for a second skill too, so it never reads the same under two skills (weight %d, %s)',
    (weight, rationale, name, expected) => {
      const c = content({
        questions: [
          single({
            id: 'q',
            options: [
              option({ id: 'x', rationale, skills: [w('skill-b', 1), w('skill-a', weight)] }),
              option({ id: 'y', skills: [w('skill-a', -weight)] }),
            ],
          }),
        ],
      })
      expect(readingsFor('skill-a', name, byQuestion(chosen(c, { q: 'x' })))[0]?.reasons).toEqual([expected])
    },
  )
})

describe('placeSkill: the weighted placement blended with the starting point', () => {
  it.each([
    // One behaviour question (×2) of range −2..2 against a prior worth 6: (2·(v+2) + 6·p) / (6 + 8).
    ['no answers keeps the starting point', [], 40, 40],
    ['the top answer', [reading('behaviour', { value: 2 })], 50, 79],
    ['the bottom answer', [reading('behaviour', { value: -2 })], 50, 21],
    ['the middle answer', [reading('behaviour', { value: 0 })], 50, 50],
    ['the middle answer from a low start', [reading('behaviour', { value: 0 })], 40, 46],
    [
      'two top answers move it further',
      [reading('behaviour', { value: 2 }), reading('behaviour', { value: 2 })],
      50,
      86,
    ],
    ['a self-rating moves it little (×0.4)', [reading('self-rating', { weight: 0.4, value: 2 })], 50, 61],
  ])('%s', (_, readings, start, expected) => {
    expect(placeSkill(readings, start).score).toBe(expected)
  })

  it('makes the contributions add up to score − start, largest first, to one decimal', () => {
    const readings = [
      reading('self-rating', { weight: 0.4, value: 2 }),
      reading('behaviour', { value: -1 }),
      reading('scenario', { lo: 0, hi: 1, value: 1 }),
    ]
    const placed = placeSkill(readings, 60)
    const sum = placed.contributions.reduce((s, c) => s + c.delta, 0)
    expect(Math.abs(placed.start + sum - placed.score)).toBeLessThanOrEqual(0.6)
    expect(placed.contributions.map((c) => Math.abs(c.delta))).toEqual(
      [...placed.contributions.map((c) => Math.abs(c.delta))].sort((a, b) => b - a),
    )
    expect(placed.contributions.map((c) => c.questionId)).toEqual(
      [readings[1], readings[2], readings[0]].map((r) => r?.question.id),
    )
    for (const c of placed.contributions) expect(Math.round(c.delta * 10) / 10).toBe(c.delta)
    // 100 · 2 · (1 − 0.6 · 4) / (6 + 1.6 + 8 + 2)
    expect(placed.contributions[0]).toMatchObject({ delta: -15.9, reason: 'why' })
  })

  it('joins the reasons of one reading into one sentence', () => {
    const [c] = placeSkill(
      [reading('crosswalk', { weight: 1.5, lo: 0, hi: 2, value: 2, reasons: ['One.', 'Two.'] })],
      50,
    ).contributions
    expect(c?.reason).toBe('One. Two.')
  })
})

describe('capFor: a real-behaviour answer holds the skill down', () => {
  const c = content()
  it('names the lowest cap on the skill and the answer that set it', () => {
    const picks = chosen(c, answers({ talk: 'never' }))
    expect(capFor('skill-a', picks)).toEqual({ atMost: 40, questionId: 'talk', reason: 'Answer never.' })
    expect(capFor('skill-b', picks)).toBeNull()
  })

  it('keeps the lowest of several caps, whichever comes first', () => {
    const two = content({
      questions: [
        single({
          id: 'q1',
          options: [option({ id: 'x', caps: [{ skillId: 'skill-a', atMost: 45 }] }), option({ id: 'y' })],
        }),
        single({
          id: 'q2',
          options: [
            option({
              id: 'x',
              caps: [
                { skillId: 'skill-a', atMost: 30 },
                { skillId: 'skill-b', atMost: 10 },
              ],
            }),
            option({ id: 'y' }),
          ],
        }),
        single({
          id: 'q3',
          options: [option({ id: 'x', caps: [{ skillId: 'skill-a', atMost: 35 }] }), option({ id: 'y' })],
        }),
      ],
    })
    expect(capFor('skill-a', chosen(two, { q1: 'x', q2: 'x', q3: 'x' }))).toMatchObject({
      atMost: 30,
      questionId: 'q2',
    })
    expect(capFor('skill-a', chosen(two, { q1: 'x', q3: 'x' }))).toMatchObject({ atMost: 35, questionId: 'q3' })
    expect(capFor('skill-a', chosen(two, { q3: 'x', q1: 'x' }))).toMatchObject({ atMost: 35 })
  })
})

describe('levelFor: the score bands', () => {
  it.each([
    [100, 'strong'],
    [LEVELS.strong, 'strong'],
    [LEVELS.strong - 1, 'solid'],
    [LEVELS.solid, 'solid'],
    [LEVELS.solid - 1, 'developing'],
    [LEVELS.developing, 'developing'],
    [LEVELS.developing - 1, 'gap'],
    [0, 'gap'],
  ])('%d is %s', (s, level) => {
    expect(levelFor(s)).toBe(level)
  })
})

describe('confidenceFor: how far to trust a score, from the answers behind it', () => {
  const of = (kinds: QuestionCategory[]) => kinds.map((k) => reading(k))
  it.each([
    ['one answer about what you did is low: one answer never gives high', ['behaviour'], 'low'],
    ['one answer of each other kind is low', ['scenario', 'self-rating', 'context'], 'low'],
    ['one did answer and a self-rating reach medium (1.25 points)', ['behaviour', 'self-rating'], 'medium'],
    ['one did answer and a background answer reach medium', ['crosswalk', 'context'], 'medium'],
    ['two did answers are medium (2 points, below 2.5)', ['behaviour', 'crosswalk'], 'medium'],
    ['two did answers and a self-rating are still medium (2.25)', ['behaviour', 'behaviour', 'self-rating'], 'medium'],
    ['two did answers and a scenario are high (2.5 points)', ['behaviour', 'crosswalk', 'scenario'], 'high'],
    ['two did answers and two self-ratings are high', ['behaviour', 'behaviour', 'self-rating', 'self-rating'], 'high'],
    [
      'one did answer and three scenarios are medium: high needs two did answers',
      ['behaviour', 'scenario', 'scenario', 'scenario'],
      'medium',
    ],
    [
      'scenarios and self-ratings alone are low, however many',
      ['scenario', 'scenario', 'scenario', 'self-rating', 'self-rating'],
      'low',
    ],
    ['motivation answers count for nothing', ['behaviour', 'motivation', 'motivation', 'motivation'], 'low'],
  ])('%s', (_, kinds, level) => {
    expect(confidenceFor('Skill', of(kinds as QuestionCategory[]), null, null, false).level).toBe(level)
  })

  it.each([
    [['behaviour', 'crosswalk', 'scenario'], 60, 60 - DISAGREEMENT, 'medium'],
    [['behaviour', 'crosswalk', 'scenario'], 20, 20 + DISAGREEMENT, 'medium'],
    [['behaviour', 'crosswalk', 'scenario'], 60, 60 - DISAGREEMENT + 1, 'high'],
    [['behaviour', 'self-rating'], 100, 0, 'low'],
    [['behaviour'], 100, 0, 'low'],
  ])(
    'a self-rating at least 35 points from what you did lowers confidence one level (%o, %d vs %d)',
    (kinds, self, did, level) => {
      const c = confidenceFor('Skill', of(kinds as QuestionCategory[]), self, did, false)
      expect(c.level).toBe(level)
    },
  )

  it('says why, counting the answers by kind', () => {
    expect(
      confidenceFor(
        'Customer discovery',
        of(['behaviour', 'crosswalk', 'scenario', 'self-rating', 'context']),
        null,
        null,
        false,
      ).why,
    ).toBe(
      'Customer discovery rests on 5 answers: 2 answers about your work, 1 scenario, 1 background answer and 1 self-rating.',
    )
    expect(confidenceFor('Customer discovery', of(['behaviour']), null, null, false).why).toBe(
      'Customer discovery rests on 1 answer: 1 answer about your work.',
    )
    expect(
      confidenceFor('Customer discovery', of(['scenario', 'scenario', 'context', 'context']), null, null, false).why,
    ).toBe('Customer discovery rests on 4 answers, none about your work: 2 scenarios and 2 background answers.')
    expect(confidenceFor('Customer discovery', of(['self-rating', 'self-rating']), null, null, false).why).toContain(
      '2 self-ratings',
    )
    expect(confidenceFor('Customer discovery', [], null, null, false)).toEqual({
      level: 'low',
      why: 'Customer discovery rests on 0 answers.',
    })
  })

  it('names a disagreeing self-rating in the why, in words: the skill has one number, its score', () => {
    const c = confidenceFor('Skill', of(['behaviour', 'self-rating']), 100, 25, false)
    expect(c.why).toContain('; your self-rating and your work point different ways.')
    expect(c.why).not.toMatch(/\d{2}/)
    expect(confidenceFor('Skill', of(['behaviour', 'self-rating']), 100, null, false).level).toBe('medium')
    expect(confidenceFor('Skill', of(['behaviour', 'self-rating']), null, 25, false).level).toBe('medium')
  })

  it('words a caveat shared by many skills differently each time, then says it in two words', () => {
    const say = confidenceSayings()
    const whys = Array.from({ length: 8 }, () =>
      confidenceFor('Skill', of(['behaviour', 'self-rating']), 100, 25, false, say).why.replace(
        /^.*?1 self-rating/,
        '',
      ),
    )
    expect(whys).toEqual([
      '; your self-rating and your work point different ways.',
      '; how you rated yourself differs from what you have done.',
      '; your own rating and your examples disagree.',
      '; your self-rating and your work point different ways.',
      '; how you rated yourself differs from what you have done.',
      '; your own rating and your examples disagree.',
      ' (at odds).',
      ' (at odds).',
    ])
  })

  it('lowers confidence one level for flat self-ratings, only where a self-rating feeds the skill, and not twice', () => {
    const rated = of(['behaviour', 'crosswalk', 'scenario', 'self-rating'])
    expect(confidenceFor('Skill', rated, null, null, true)).toMatchObject({ level: 'medium' })
    expect(confidenceFor('Skill', rated, null, null, true).why).toContain('your self-ratings were nearly all the same')
    expect(confidenceFor('Skill', of(['behaviour', 'crosswalk', 'scenario']), null, null, true).level).toBe('high')
    // Disagreeing and flat: one level down, not two.
    expect(confidenceFor('Skill', rated, 100, 0, true).level).toBe('medium')
    expect(confidenceFor('Skill', of(['behaviour', 'self-rating']), null, null, true).level).toBe('low')
  })
})

describe('scoreSkills: every skill, in content order', () => {
  it('scores the bundled example by the formula (start 40, a neutral behaviour, a scenario pick, a middle self-rating)', () => {
    const c = content()
    const skills = scoreSkills(c, chosen(c, answers()), false)
    expect(skills.map((s) => s.skillId)).toEqual(['skill-a', 'skill-b', 'skill-c'])
    // (2·2 + 2·1 + 0.4·2 + 6·0.4) / (6 + 8 + 2 + 1.6) = 52.3
    expect(skills[0]).toMatchObject({
      score: 52,
      start: 40,
      level: 'developing',
      cap: null,
      areaName: 'Area A',
      selfRating: 50,
      didScore: 50,
    })
    expect(skills[2]).toMatchObject({
      score: 50,
      start: 50,
      contributions: [],
      selfRating: null,
      didScore: null,
      holdsBack: null,
    })
    expect(skills[1]?.start).toBe(60)
  })

  it('holds a skill down with a cap and names the answer, however good the other answers are', () => {
    const c = content()
    const strongStart = content({
      skills: c.skills.map((s) => ({ ...s, engineerCommonality: 'usually-strong' as const })),
    })
    const good = { scenario: 'ask', 'self-a': 'level-5', work: ['support', 'on-call'] }
    // Without the cap, "never" with these answers would place it at 46.
    expect(score({ ...good, talk: 'sometimes' }, 'skill-a', strongStart)?.score).toBeGreaterThan(60)
    const s = score({ ...good, talk: 'never' }, 'skill-a', strongStart)
    expect(s).toMatchObject({
      score: 40,
      level: 'developing',
      cap: { atMost: 40, questionId: 'talk' },
      holdsBack: 'Answer never.',
    })
  })

  it('leaves a cap out when the score is already below it', () => {
    const s = score({ talk: 'never', scenario: 'rank', 'self-a': 'level-1' })
    expect(s?.score).toBeLessThan(40)
    expect(s?.cap).toBeNull()
    expect(s?.holdsBack).toBe('Answer never.')
  })

  it.each([
    ['weekly', 'sometimes'],
    ['sometimes', 'never'],
  ])('scores a behaviour answer of "%s" above "%s"', (better, worse) => {
    expect(score({ talk: better })?.score ?? 0).toBeGreaterThan(score({ talk: worse })?.score ?? 0)
  })

  it('never lowers a skill through a question whose answers can only raise it', () => {
    const without = score({ scenario: 'rank' }, 'skill-a')?.score ?? 0
    expect(score({ scenario: 'ask' }, 'skill-a')?.score).toBeGreaterThan(without)
    expect(score({ work: ['on-call', 'support'] }, 'skill-a')?.score).toBeGreaterThan(
      score({ work: ['on-call'] }, 'skill-a')?.score ?? 0,
    )
  })

  it('holds back with the lowering answer to the question that measures the skill most directly', () => {
    const c = content({
      questions: [
        single({
          id: 'wide',
          options: [
            option({ id: 'low', skills: [w('skill-a', -3)] }),
            option({ id: 'mid', skills: [w('skill-a', -1)] }),
            option({ id: 'top', skills: [w('skill-a', 3)] }),
          ],
        }),
        single({
          id: 'narrow',
          options: [
            option({ id: 'low', skills: [w('skill-a', -1)] }),
            option({ id: 'top', skills: [w('skill-a', 1)] }),
          ],
        }),
        selfRating('self', 'skill-a'),
      ],
    })
    const one = (a: Record<string, string>) => scoreSkills(c, chosen(c, a), false)[0]
    expect(one({ wide: 'mid', narrow: 'low', self: 'level-1' })?.holdsBack).toBe('Answer mid.')
    expect(one({ wide: 'top', narrow: 'low', self: 'level-2' })?.holdsBack).toBe('Answer low.')
    expect(one({ wide: 'top', narrow: 'top', self: 'level-5' })?.holdsBack).toBeNull()
  })

  it('reads the self-rating and what was done apart, on the even scale', () => {
    expect(score({ 'self-a': 'level-1' })?.selfRating).toBe(0)
    expect(score({ 'self-a': 'level-2' })?.selfRating).toBe(25)
    expect(score({ 'self-a': 'level-4' })?.selfRating).toBe(75)
    expect(score({ 'self-a': 'level-5' })?.selfRating).toBe(100)
    expect(score({ talk: 'weekly', work: ['support'] })?.didScore).toBe(100)
    expect(score({ talk: 'never' })?.didScore).toBe(0)
    expect(score({ 'self-a': 'level-5' }, 'skill-b')?.selfRating).toBeNull()
  })

  it('lowers confidence for flat ratings only when told they are flat', () => {
    const c = content()
    const a = answers({ talk: 'weekly', work: ['support'], 'self-a': 'level-5' })
    const level = (flat: boolean) => scoreSkills(c, chosen(c, a), flat)[0]?.confidence.level
    expect(level(false)).toBe('high')
    expect(level(true)).toBe('medium')
  })

  it('falls back to the area id when the area is unknown', () => {
    const c = content()
    const odd = content({ skills: c.skills.map((s) => (s.id === 'skill-c' ? { ...s, areaId: 'area-x' } : s)) })
    expect(scoreSkills(odd, chosen(odd, answers()), false)[2]?.areaName).toBe('area-x')
  })
})

describe('scoring edge cases a change would break', () => {
  it('caps a list’s raising ticks before taking off its lowering ones', () => {
    const c = content({
      questions: [
        multi({
          id: 'list',
          options: ['x', 'y', 'z']
            .map((id) => option({ id, skills: [w('skill-a', 2)] }))
            .concat(option({ id: 'down', skills: [w('skill-a', -1)] })),
        }),
      ],
    })
    // Three ticks of 2 count as 4 (two ticks' worth), then the lowering tick takes 1 off.
    const [r] = readingsFor('skill-a', 'A', byQuestion(chosen(c, { list: ['x', 'y', 'z', 'down'] })))
    expect(r).toMatchObject({ lo: 0, hi: 3, value: 3 })
  })

  it('names the first of two equal caps', () => {
    const two = content({
      questions: ['q1', 'q2'].map((id) =>
        single({ id, options: [option({ id: 'x', caps: [{ skillId: 'skill-a', atMost: 30 }] }), option({ id: 'y' })] }),
      ),
    })
    expect(capFor('skill-a', chosen(two, { q1: 'x', q2: 'x' }))?.questionId).toBe('q1')
  })

  it('does not report a cap the score already sits at', () => {
    const c = content({
      skills: [skillOf('skill-a', 'mixed')],
      questions: [
        single({
          id: 'q',
          options: [
            option({ id: 'mid', caps: [{ skillId: 'skill-a', atMost: 50 }] }),
            option({ id: 'low', skills: [w('skill-a', -2)] }),
            option({ id: 'top', skills: [w('skill-a', 2)] }),
          ],
        }),
      ],
    })
    const [s] = scoreSkills(c, chosen(c, { q: 'mid' }), false)
    expect(s).toMatchObject({ score: 50, cap: null })
  })

  it('says nothing holds a skill back when no answer lowers it (a neutral answer at the starting point moves it by 0)', () => {
    const c = content({
      skills: [skillOf('skill-a', 'mixed')],
      questions: [
        single({
          id: 'q',
          options: [
            option({ id: 'mid' }),
            option({ id: 'low', skills: [w('skill-a', -2)] }),
            option({ id: 'top', skills: [w('skill-a', 2)] }),
          ],
        }),
      ],
    })
    const [s] = scoreSkills(c, chosen(c, { q: 'mid' }), false)
    expect(s?.contributions).toEqual([{ questionId: 'q', delta: 0, reason: 'Answer mid.' }])
    expect(s?.holdsBack).toBeNull()
  })

  it('holds back with the widest lowering question even when a narrower one comes first, joining a list’s reasons', () => {
    const c = content({
      questions: [
        single({
          id: 'narrow',
          options: [
            option({ id: 'low', skills: [w('skill-a', -1)] }),
            option({ id: 'top', skills: [w('skill-a', 1)] }),
          ],
        }),
        multi({
          id: 'list',
          options: [
            option({ id: 'x', skills: [w('skill-a', -2)] }),
            option({ id: 'y', skills: [w('skill-a', -2)] }),
            option({ id: 'z', skills: [w('skill-a', 1)] }),
          ],
        }),
        single({
          id: 'wide',
          options: [
            option({ id: 'low', skills: [w('skill-a', -3)] }),
            option({ id: 'mid', skills: [w('skill-a', -1)] }),
            option({ id: 'top', skills: [w('skill-a', 3)] }),
          ],
        }),
      ],
    })
    const one = (a: Record<string, string | string[]>) => scoreSkills(c, chosen(c, a), false)[0]?.holdsBack
    expect(one({ narrow: 'low', wide: 'mid', list: ['z'] })).toBe('Answer mid.')
    expect(one({ narrow: 'low', wide: 'top', list: ['x', 'y'] })).toBe('Answer x. Answer y.')
  })

  it('does not take a missing self-rating for a disagreeing one', () => {
    const of = ['behaviour', 'crosswalk', 'scenario'].map((k) => reading(k as QuestionCategory))
    expect(confidenceFor('Skill', of, null, 100, false).level).toBe('high')
  })
})

describe('a cap is firm evidence', () => {
  const capping = (atMost: number, extra: ReturnType<typeof single>[] = []) =>
    content({
      questions: [
        single({
          id: 'talk',
          options: [
            option({
              id: 'never',
              rationale: 'You never talk to users.',
              skills: [w('skill-a', -2)],
              caps: [{ skillId: 'skill-a', atMost }],
            }),
            option({ id: 'weekly', skills: [w('skill-a', 2)] }),
          ],
        }),
        ...extra,
      ],
    })
  const one = (c: ReturnType<typeof content>, a: Record<string, string>) => scoreSkills(c, chosen(c, a), false)[0]

  it('never leaves a capped score at low confidence, and says why', () => {
    const s = one(capping(10), { talk: 'never' })
    expect(s).toMatchObject({ score: 10, cap: { atMost: 10 } })
    expect(s?.confidence).toEqual({
      level: 'medium',
      why: 'Customer discovery rests on 1 answer: 1 answer about your work; one of them says you have not done it yet.',
    })
  })

  it('adds the reason at the very end, whatever the skill is called', () => {
    const c = capping(10)
    const named = { ...c, skills: c.skills.map((s) => (s.id === 'skill-a' ? { ...s, name: 'Node.js APIs' } : s)) }
    expect(one(named, { talk: 'never' })?.confidence.why).toBe(
      'Node.js APIs rests on 1 answer: 1 answer about your work; one of them says you have not done it yet.',
    )
  })

  it('leaves confidence alone when the cap does not bind, or confidence is already higher', () => {
    expect(one(capping(90), { talk: 'never' })?.confidence.level).toBe('low')
    const more = [
      single({
        id: 'more',
        options: [option({ id: 'x', skills: [w('skill-a', 2)] }), option({ id: 'y', skills: [w('skill-a', -2)] })],
      }),
      single({
        id: 'scn',
        category: 'scenario',
        options: [option({ id: 'x', skills: [w('skill-a', 1)] }), option({ id: 'y' })],
      }),
    ]
    const high = one(capping(10, more), { talk: 'never', more: 'x', scn: 'x' })
    expect(high?.cap).not.toBeNull()
    expect(high?.confidence.level).toBe('high')
    expect(high?.confidence.why).not.toContain('not done it yet')
  })
})

import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/engine/content/answers'
import { OVERCONFIDENCE_MARGIN, SELF_HIGH } from '@/lib/engine/scoring/calibration'
import {
  didInWords,
  flatRatingsFlag,
  isOverConfident,
  overConfidenceFlags,
  pathConflictFlag,
  quickTest,
  ratingsAreFlat,
  timelineFlag,
} from '@/lib/engine/scoring/flags'
import {
  action,
  answers,
  chosen,
  content,
  option,
  pathRecommendation,
  selfRating,
  single,
  skillResult,
  transitionWindow,
} from '@/tests/fixtures/content-builder'

describe('ratingsAreFlat: self-ratings nearly all at one level that says little', () => {
  const ids = ['skill-a', 'skill-b', 'skill-c', 'skill-d', 'skill-e']
  const rated = content({ questions: ids.map((id) => selfRating(`rate-${id}`, id)) })
  const flat = (levels: number[], did: (number | null)[] = []) =>
    ratingsAreFlat(
      chosen(rated, Object.fromEntries(levels.map((l, i) => [`rate-${ids[i]}`, `level-${l}`]))),
      ids.map((skillId, i) => skillResult({ skillId, didScore: did[i] ?? null })),
    )

  it.each<[string, number[], boolean]>([
    ['four ratings all at 5', [5, 5, 5, 5], true],
    ['four ratings all at 1', [1, 1, 1, 1], true],
    ['all but one at 5', [5, 5, 4, 5], true],
    ['all but one at 5, the odd one first', [4, 5, 5, 5], true],
    ['all but one at 1, five ratings', [1, 2, 1, 1, 1], true],
    ['two levels of two', [5, 5, 4, 4], false],
    ['two different of five', [5, 5, 5, 2, 4], false],
    ['three ratings are too few to judge', [5, 5, 5], false],
  ])('%s: %s', (_, levels, expected) => {
    expect(flat(levels)).toBe(expected)
  })

  it.each<[string, number[], (number | null)[], boolean]>([
    ['level 4 everywhere while what was done spreads 25 points', [4, 4, 4, 4], [50, 75, 60, 60], true],
    ['level 4 everywhere while what was done spreads 24 points', [4, 4, 4, 4], [50, 74, 60, 60], false],
    ['level 2 everywhere, spread past 25', [2, 2, 2, 2], [0, 100, 50, 50], true],
    ['all but one at 4, spread past 25', [4, 4, 2, 4], [0, 100, 50, 50], true],
    ['level 4 everywhere, evidence level too', [4, 4, 4, 4], [60, 60, 60, 60], false],
    ['level 4 everywhere, only one skill with evidence', [4, 4, 4, 4], [60, null, null, null], false],
    ['level 4 everywhere, no evidence at all', [4, 4, 4, 4], [], false],
  ])('%s', (_, levels, did, expected) => {
    expect(flat(levels, did)).toBe(expected)
  })

  it('counts only rated skills’ evidence in the spread', () => {
    // skill-e is not rated: its evidence says nothing about flat ratings.
    expect(flat([4, 4, 4, 4], [60, 60, 60, 60, 0])).toBe(false)
  })

  it('ignores answers that are not self-ratings', () => {
    const mixed = content({
      questions: [
        ...ids.slice(0, 3).map((id) => selfRating(`rate-${id}`, id)),
        single({ id: 'other', options: [option({ id: 'level-5', level: 5 }), option({ id: 'b' })] }),
      ],
    })
    const a: Answers = {
      'rate-skill-a': 'level-5',
      'rate-skill-b': 'level-5',
      'rate-skill-c': 'level-5',
      other: 'level-5',
    }
    expect(ratingsAreFlat(chosen(mixed, a), [])).toBe(false)
  })

  it('cites the Skills Matcher warning', () => {
    expect(flatRatingsFlag()).toEqual({
      kind: 'flat-ratings',
      severity: 'warning',
      title: 'Your self-ratings are nearly all the same',
      message:
        'You gave most skills the same self-rating, though your answers about what you have done tell them apart. The U.S. Department of Labor’s Skills Matcher warns that rating most skills at one level makes matches unreliable: lean on those answers, not the ratings.',
      sources: ['cos-skills-matcher'],
    })
  })
})

describe('isOverConfident: a self-rating well ahead of what was done', () => {
  it.each<[number | null, number | null, boolean]>([
    [SELF_HIGH, SELF_HIGH - OVERCONFIDENCE_MARGIN, true],
    [100, 70, true],
    [SELF_HIGH, SELF_HIGH - OVERCONFIDENCE_MARGIN + 1, false],
    [SELF_HIGH - 1, 0, false],
    [100, 71, false],
    [null, 0, false],
    [100, null, false],
  ])('self %s, did %s: %s', (selfRating, didScore, expected) => {
    expect(isOverConfident(skillResult({ selfRating, didScore }))).toBe(expected)
  })
})

describe('quickTest and overConfidenceFlags: a short action to test the rating against', () => {
  const c = content({
    actions: [
      action({ id: 'later-skill', skills: ['skill-b', 'skill-a'], effortHours: 1 }),
      action({ id: 'long', skills: ['skill-a'], effortHours: 12, paths: ['path-a'] }),
      action({ id: 'short', title: 'Interview three users', skills: ['skill-a'], effortHours: 6 }),
      action({
        id: 'needs-manager',
        skills: ['skill-a'],
        effortHours: 1,
        requires: [{ questionId: 'talk', anyOf: ['weekly'] }],
      }),
      action({ id: 'off-path', skills: ['skill-c'], effortHours: 2, paths: ['path-b'] }),
    ],
  })
  it.each<[string, string, Answers, string | null]>([
    ['the action that lists the skill first, then the shortest', 'path-a', answers(), 'short'],
    ['one whose requirements hold comes in', 'path-a', answers({ talk: 'weekly' }), 'needs-manager'],
  ])('%s', (_, pathId, a, expected) => {
    expect(quickTest(c, 'skill-a', pathId, a)?.id ?? null).toBe(expected)
  })

  it('falls back to actions off the path, and to nothing', () => {
    expect(quickTest(c, 'skill-c', 'path-a', answers())?.id).toBe('off-path')
    expect(quickTest(c, 'skill-x', 'path-a', answers())).toBeNull()
    // On path-b, only the action that lists skill-a second and the short one build it.
    expect(quickTest(c, 'skill-a', 'path-b', answers())?.id).toBe('short')
  })

  it('flags each over-confident skill with a quick test when one fits in 8 hours', () => {
    const skills = [
      skillResult({
        skillId: 'skill-a',
        name: 'Customer discovery',
        selfRating: 100,
        didScore: 25,
        sources: ['src-b'],
      }),
      skillResult({ skillId: 'skill-b', selfRating: 75, didScore: 60 }),
    ]
    const flags = overConfidenceFlags(c, skills, 'path-a', answers())
    expect(flags).toEqual([
      {
        kind: 'over-confidence',
        severity: 'warning',
        title: "Customer discovery: your self-rating outruns what you've done",
        message:
          "Your self-rating is level 5 of 5, but what you've done puts customer discovery in the lower part of the range: something to prove until you can point to examples. A quick way to test it: interview three users (6 hours).",
        skillId: 'skill-a',
        sources: ['src-b'],
      },
    ])
  })

  it.each<[number, string]>([
    [0, 'near the bottom of the range'],
    [19, 'near the bottom of the range'],
    [20, 'in the lower part of the range'],
    [39, 'in the lower part of the range'],
    [40, 'around the middle of the range'],
    [59, 'around the middle of the range'],
    [60, 'in the upper part of the range'],
  ])('puts a did-score of %d %s', (score, words) => {
    expect(didInWords(score)).toBe(words)
  })

  it('says where what was done places the skill in words, never as a second score, and varies the wording', () => {
    const three = ['skill-a', 'skill-b', 'skill-c'].map((skillId) =>
      skillResult({ skillId, name: `Skill ${skillId}`, selfRating: 100, didScore: 10 }),
    )
    const flags = overConfidenceFlags(c, three, 'path-a', answers())
    expect(flags.map((f) => f.title)).toEqual([
      "Skill skill-a: your self-rating outruns what you've done",
      'Skill skill-b: rated higher than your record shows',
      'Skill skill-c: a rating still to back up',
    ])
    for (const f of flags) expect(f.message).not.toMatch(/\b10\b|100/)
    expect(flags.map((f) => f.message.split(' ').slice(0, 4).join(' '))).toEqual([
      'Your self-rating is level',
      'Your level 5 of',
      'At level 5 of',
    ])
    expect(
      flags.map(
        (f) => /near the bottom of the range|close to the lowest answers|at the very low end/.exec(f.message)?.[0],
      ),
    ).toEqual(['near the bottom of the range', 'close to the lowest answers', 'at the very low end'])
  })

  it.each<[number, string]>([
    [8, ' A quick way to test it: do only (8 hours).'],
    [9, ' One way to test it: do only (9 hours).'],
  ])('calls a %d-hour test quick only up to 8 hours', (effortHours, sentence) => {
    const one = content({ actions: [action({ id: 'only', title: 'Do only', skills: ['skill-a'], effortHours })] })
    const [flag] = overConfidenceFlags(one, [skillResult({ selfRating: 100, didScore: 0 })], 'path-a', answers())
    expect(flag?.message.endsWith(sentence)).toBe(true)
  })

  it('says nothing about a test when no action builds the skill', () => {
    const none = content({ actions: [action({ id: 'other', skills: ['skill-b'] })] })
    const [flag] = overConfidenceFlags(none, [skillResult({ selfRating: 100, didScore: 0 })], 'path-a', answers())
    expect(flag?.message.endsWith('something to prove until you can point to examples.')).toBe(true)
  })
})

describe('timelineFlag: only when the hoped-for move is sooner than the window starts', () => {
  const window = transitionWindow({
    minWeeks: 12,
    maxWeeks: 20,
    reasons: [
      { effect: 'neutral', text: 'Base.' },
      { effect: 'longer', text: 'Changing jobs first (+4 weeks).' },
      { effect: 'shorter', text: 'Already close (−2 weeks).' },
      { effect: 'longer', text: 'Few hours (+3 weeks).' },
    ],
  })
  it.each<[number | null, boolean]>([
    [null, false],
    [12, false],
    [30, false],
    [11, true],
    [1, true],
  ])('target %s weeks against a 12–20 week window: %s', (target, flagged) => {
    expect(timelineFlag(target, window) !== null).toBe(flagged)
  })

  it('points to what lengthens the window, without repeating the reasons listed with it', () => {
    expect(timelineFlag(6, window)).toEqual({
      kind: 'timeline',
      severity: 'info',
      title: 'Your timeline is shorter than our estimate',
      message:
        'You hoped to move within about 6 weeks; our estimate is 12–20 weeks, for the two reasons marked as lengthening it where the window is explained. More hours a week, or a role that leans on your strengths, are the main ways to shorten it.',
      sources: ['acp-how-to-why'],
    })
    expect(timelineFlag(6, transitionWindow({ minWeeks: 12 }))?.message).toBe(
      'You hoped to move within about 6 weeks; our estimate is 12–20 weeks. More hours a week, or a role that leans on your strengths, are the main ways to shorten it.',
    )
  })
})

describe('pathConflictFlag: the recommended path goes against a firm answer', () => {
  const withLean = (weight: number, pathId = 'path-a') =>
    content({
      questions: [
        single({
          id: 'stay',
          prompt: 'Would you move company?',
          options: [option({ id: 'no', label: 'I want to stay', paths: [{ pathId, weight }] }), option({ id: 'yes' })],
        }),
      ],
    })
  it.each<[number, string, boolean]>([
    [-3, 'path-a', true],
    [-6, 'path-a', true],
    [-2, 'path-a', false],
    [3, 'path-a', false],
    [-3, 'path-b', false],
  ])('a lean of %d on %s: %s', (weight, pathId, flagged) => {
    const c = withLean(weight, pathId)
    expect(pathConflictFlag(pathRecommendation({ pathId: 'path-a' }), chosen(c, { stay: 'no' })) !== null).toBe(flagged)
  })

  it('quotes the answer and the question', () => {
    const c = withLean(-4)
    expect(
      pathConflictFlag(
        pathRecommendation({ name: 'Internal transfer', sources: ['src-b'] }),
        chosen(c, { stay: 'no' }),
      ),
    ).toEqual({
      kind: 'path-conflict',
      severity: 'info',
      title: 'Internal transfer goes against one of your answers',
      message:
        'You answered “I want to stay” to “Would you move company?”, but given the rest of your answers it is still the route the articles point to. If that answer is firm, the move may have to wait until your situation changes.',
      sources: ['src-b'],
    })
    expect(pathConflictFlag(pathRecommendation(), chosen(c, { stay: 'yes' }))).toBeNull()
  })
})

describe('quickTest prefers the person’s path', () => {
  it('takes a longer action on the path over a shorter one off it', () => {
    const c = content({
      actions: [
        action({ id: 'off', skills: ['skill-a'], effortHours: 1, paths: ['path-b'] }),
        action({ id: 'on', skills: ['skill-a'], effortHours: 6, paths: ['path-a'] }),
      ],
    })
    expect(quickTest(c, 'skill-a', 'path-a', answers())?.id).toBe('on')
    expect(quickTest(c, 'skill-a', 'path-b', answers())?.id).toBe('off')
  })
})

import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/engine/content/answers'
import type { Condition } from '@/lib/engine/content/schema'
import { allHold, anyHolds, firstUnmet, holds } from '@/lib/engine/scoring/conditions'
import { content, multi, numberQ, option, single } from '@/tests/fixtures/content-builder'

const a: Answers = { years: 3, talk: 'weekly', work: ['on-call', 'support'] }

describe('holds: one condition against the answers', () => {
  it.each<[string, Condition, boolean]>([
    ['a number at the minimum', { questionId: 'years', min: 3 }, true],
    ['a number below the minimum', { questionId: 'years', min: 4 }, false],
    ['a number at the maximum', { questionId: 'years', max: 3 }, true],
    ['a number above the maximum', { questionId: 'years', max: 2 }, false],
    ['a number within min..max', { questionId: 'years', min: 2, max: 5 }, true],
    ['a number outside min..max', { questionId: 'years', min: 4, max: 5 }, false],
    ['a number against anyOf never holds', { questionId: 'years', anyOf: ['three'] }, false],
    ['a single answer in anyOf', { questionId: 'talk', anyOf: ['never', 'weekly'] }, true],
    ['a single answer not in anyOf', { questionId: 'talk', anyOf: ['never'] }, false],
    ['a single answer against min only', { questionId: 'talk', min: 0 }, false],
    ['any tick of a list in anyOf', { questionId: 'work', anyOf: ['support'] }, true],
    ['no tick of a list in anyOf', { questionId: 'work', anyOf: ['roadmap', 'none'] }, false],
    ['an unanswered question satisfies nothing', { questionId: 'design', anyOf: ['never'] }, false],
    ['an unanswered number satisfies nothing, even an open range', { questionId: 'hours', max: 100 }, false],
  ])('%s', (_, c, expected) => {
    expect(holds(c, a)).toBe(expected)
  })
})

describe('allHold and anyHolds', () => {
  const yes: Condition = { questionId: 'years', min: 1 }
  const no: Condition = { questionId: 'years', min: 10 }
  it.each<[Condition[], boolean, boolean]>([
    [[], true, false],
    [[yes], true, true],
    [[no], false, false],
    [[yes, no], false, true],
    [[no, yes], false, true],
    [[yes, yes], true, true],
  ])('%o: all %s, any %s', (list, all, any) => {
    expect(allHold(list, a)).toBe(all)
    expect(anyHolds(list, a)).toBe(any)
  })
})

describe('firstUnmet: the first failing condition in plain words', () => {
  const c = content({
    questions: [
      numberQ({ id: 'years', shortLabel: 'Years as an engineer', unit: 'years', min: 0, max: 40 }),
      numberQ({ id: 'hours', shortLabel: 'Hours you can give', unit: 'hours per week', min: 1, max: 40 }),
      single({
        id: 'pms',
        shortLabel: 'PMs at your company',
        options: [
          option({ id: 'yes', label: 'Yes, several' }),
          option({ id: 'one', label: 'Just one' }),
          option({ id: 'no', label: 'None' }),
        ],
      }),
      multi({ id: 'work', shortLabel: 'Work you have done' }),
    ],
  })
  it.each<[string, Condition[], Answers, string | null]>([
    ['all hold', [{ questionId: 'years', min: 2 }], { years: 2 }, null],
    ['no conditions', [], {}, null],
    ['at least', [{ questionId: 'years', min: 2 }], { years: 1 }, 'at least 2 years as an engineer (you: 1)'],
    ['at most', [{ questionId: 'years', max: 2 }], { years: 5 }, 'at most 2 years as an engineer (you: 5)'],
    ['a range', [{ questionId: 'years', min: 2, max: 4 }], { years: 7 }, '2 to 4 years as an engineer (you: 7)'],
    ['unanswered', [{ questionId: 'years', min: 2 }], {}, 'at least 2 years as an engineer (you: no answer)'],
    // A label that does not open with its unit keeps the label first.
    ['another unit', [{ questionId: 'hours', min: 5 }], { hours: 2 }, 'Hours you can give: at least 5 (you: 2)'],
    [
      'the first that fails',
      [
        { questionId: 'years', min: 0 },
        { questionId: 'pms', anyOf: ['yes'] },
        { questionId: 'years', min: 9 },
      ],
      { years: 1, pms: 'no' },
      'PMs at your company: “Yes, several”',
    ],
    [
      'options in content order, joined by "or"',
      [{ questionId: 'pms', anyOf: ['one', 'yes'] }],
      { pms: 'no' },
      'PMs at your company: “Yes, several” or “Just one”',
    ],
    ['an unknown question', [{ questionId: 'gone', min: 1 }], {}, null],
  ])('%s', (_, conditions, answers, expected) => {
    expect(firstUnmet(c, conditions, answers)).toBe(expected)
  })
})

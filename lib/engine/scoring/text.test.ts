import { describe, expect, it } from 'vitest'
import { article, countWord, displayName, list, lowerFirst, names, quoted } from '@/lib/engine/scoring/text'

describe('wording helpers', () => {
  it.each([
    ['Technical product manager', 'technical product manager'],
    ['AI/ML product manager', 'AI/ML product manager'],
    ['API design', 'API design'],
    ['I am', 'i am'],
    ['', ''],
  ])('displayName(%j) is %j', (input, expected) => {
    expect(displayName(input)).toBe(expected)
  })

  it.each([
    ['You ship it.', 'you ship it.'],
    ['I mentor juniors.', 'I mentor juniors.'],
    ['It is fine', 'it is fine'],
    ['SQL every day', 'SQL every day'],
    ['Ideas first', 'ideas first'],
    ['Ask the CEO', 'ask the CEO'],
  ])('lowerFirst(%j) is %j', (input, expected) => {
    expect(lowerFirst(input)).toBe(expected)
  })

  it('quotes without nesting curly quotes', () => {
    expect(quoted('Ask “why” first')).toBe('“Ask ‘why’ first”')
    expect(quoted('Plain')).toBe('“Plain”')
  })

  it.each([
    ['AI/ML product manager', 'an'],
    ['engineer', 'an'],
    ['Interview', 'an'],
    ['Under', 'an'],
    ['Owner', 'an'],
    ['Every', 'an'],
    ['technical PM', 'a'],
    ['', 'a'],
  ])('article(%j) is %j', (input, expected) => {
    expect(article(input)).toBe(expected)
  })

  it.each([
    [[], ''],
    [['x'], 'x'],
    [['x', 'y'], 'x and y'],
    [['x', 'y', 'z'], 'x, y and z'],
  ])('list(%j) is %j', (items, expected) => {
    expect(list(items)).toBe(expected)
  })

  it.each([
    [0, 'no'],
    [1, 'one'],
    [2, 'two'],
    [3, 'three'],
    [4, 'four'],
    [5, 'five'],
    [6, 'six'],
    [7, 'seven'],
    [8, 'eight'],
    [9, 'nine'],
    [10, 'ten'],
    [11, '11'],
  ])('countWord(%d) is %j', (n, expected) => {
    expect(countWord(n)).toBe(expected)
  })

  it.each([
    [
      ['customer empathy and discovery', 'prioritisation'],
      'plus',
      'customer empathy and discovery, plus prioritisation',
    ],
    [['a', 'customer empathy and discovery', 'c'], 'then', 'a, customer empathy and discovery, then c'],
    [['customer empathy and discovery'], 'plus', 'customer empathy and discovery'],
    [['x', 'y'], 'then', 'x and y'],
  ] as const)('names(%j, %s) is %j', (items, joiner, expected) => {
    expect(names(items, joiner)).toBe(expected)
  })

  it('joins names with "plus" by default', () => {
    expect(names(['pricing and packaging', 'ux'])).toBe('pricing and packaging, plus ux')
  })
})

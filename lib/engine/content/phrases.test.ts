import { describe, expect, it } from 'vitest'
import { groupsIn, parsePhrase, tokenize, wordMatches } from './phrases'

describe('tokenize', () => {
  it.each([
    ['A/B-test', ['a', 'b', 'test']],
    ["You'll own the roadmap", ['youll', 'own', 'the', 'roadmap']],
    ['Go-to-market (GTM)', ['go', 'to', 'market', 'gtm']],
    ['Produktmanager:in für Müller & Söhne', ['produktmanager', 'in', 'fur', 'muller', 'sohne']],
    ['Straße', ['strasse']],
    ['5+ years', ['5', 'years']],
    ['customers’ needs', ['customers', 'needs']],
    ['', []],
  ])('%j → %j', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words)
  })

  it('remembers where each word stands, so a match can be quoted as written', () => {
    const text = 'Run A/B tests'
    const [, a, b, tests] = tokenize(text)
    expect(text.slice(a?.start, b?.end)).toBe('A/B')
    expect(text.slice(tests?.start, tests?.end)).toBe('tests')
  })
})

describe('parsePhrase', () => {
  it('reads alternatives, prefixes, numbers and synonym groups', () => {
    const parsed = parsePhrase('# year*|@customer research')
    expect(parsed).toEqual({
      ok: true,
      sequences: [
        [{ kind: 'number' }, { kind: 'prefix', text: 'year' }],
        [
          { kind: 'group', name: 'customer' },
          { kind: 'literal', text: 'research' },
        ],
      ],
    })
  })

  it('splits punctuation inside a word the way listings are read', () => {
    expect(parsePhrase('go-to-market')).toEqual({
      ok: true,
      sequences: [
        [
          { kind: 'literal', text: 'go' },
          { kind: 'literal', text: 'to' },
          { kind: 'literal', text: 'market' },
        ],
      ],
    })
  })

  it.each([
    ['a*', 'at least 3 letters'],
    ['pri*ority', 'may only end a word'],
    ['roadmap||strategy', 'empty'],
    ['@Customer', 'not a synonym group name'],
    ['!!!', 'no letters or digits'],
    ['one two three four five six seven eight nine', 'at most 8 words'],
  ])('refuses %j, saying %s', (phrase, problem) => {
    const parsed = parsePhrase(phrase)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problem).toContain(problem)
  })

  it('skips punctuation standing alone, as listings are read', () => {
    expect(parsePhrase('trust & safety')).toEqual(parsePhrase('trust safety'))
  })

  it('lists the groups a phrase uses', () => {
    expect(groupsIn('talk* to @customer|@builder team')).toEqual(['customer', 'builder'])
  })
})

describe('wordMatches', () => {
  it.each([
    [{ kind: 'literal', text: 'metric' }, 'metrics', true],
    [{ kind: 'literal', text: 'strategy' }, 'strategies', true],
    [{ kind: 'literal', text: 'process' }, 'processes', true],
    [{ kind: 'literal', text: 'metric' }, 'metrical', false],
    [{ kind: 'prefix', text: 'priorit' }, 'prioritize', true],
    [{ kind: 'prefix', text: 'priorit' }, 'prior', false],
    [{ kind: 'number' }, '12', true],
    [{ kind: 'number' }, 'five', true],
    [{ kind: 'number' }, 'several', false],
  ] as const)('%j matches %j: %s', (word, token, expected) => {
    expect(wordMatches(word, token)).toBe(expected)
  })
})

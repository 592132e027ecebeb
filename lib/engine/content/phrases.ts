// The phrase language of the job-listing lexicon (content/lexicon.json), and the tokenizer that reads listings the
// same way. Pure and dependency-free: the content schema validates phrases with it, the listing analyser matches
// with it.
//
// A phrase is one or more alternatives separated by "|"; an alternative is words separated by spaces, matched as
// consecutive words of a line, case-, accent- and punctuation-insensitively ("A/B test" matches "a/b-test" and "A B
// test"). A word is:
//   - literal text, which also matches its plural: "metric" matches "metrics", "strategy" matches "strategies";
//   - literal text ending in "*", which matches any word starting with it: "priorit*" matches "prioritize";
//   - "#", which matches a number, written in digits or as a word ("5", "five");
//   - "@name", which matches any phrase of the synonym group `name` (content/lexicon.json, `synonyms`).

export type Token = {
  /** Lower-case, accents removed, letters and digits only ("you'll" → "youll"). */
  text: string
  /** Where the word sits in the original text, so a match can quote it as written. */
  start: number
  end: number
}

const isWordChar = (c: string) => /[a-z0-9]/.test(c)
const isApostrophe = (c: string) => c === "'" || c === '’' || c === '‘' || c === '`'

/** One character as the matcher sees it: NFKD, combining marks dropped, lower case ("É" → "e", "ß" → "ss"). */
function fold(char: string): string {
  if (char === 'ß') return 'ss'
  return char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The words of a text, in order. An apostrophe inside a word joins its halves ("don't" → "dont"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let current: Token | null = null
  let index = 0
  for (const char of text) {
    const next = index + char.length
    const folded = fold(char)
    if (folded.length > 0 && [...folded].every(isWordChar)) {
      if (current) {
        current.text += folded
        current.end = next
      } else {
        current = { text: folded, start: index, end: next }
      }
    } else if (!(current && isApostrophe(char) && isWordChar(fold(text.slice(next, next + 1)) || ' '))) {
      if (current) tokens.push(current)
      current = null
    }
    index = next
  }
  if (current) tokens.push(current)
  return tokens
}

export type Word =
  | { kind: 'literal'; text: string }
  | { kind: 'prefix'; text: string }
  | { kind: 'number' }
  | { kind: 'group'; name: string }

/** One alternative of a phrase: words to match consecutively. */
export type Sequence = Word[]

const MAX_WORDS = 8
/** A shorter stem before "*" would match far too much ("a*"). */
const MIN_PREFIX = 3
const GROUP = /^@([a-z0-9]+(?:-[a-z0-9]+)*)$/

export type ParsedPhrase = { ok: true; sequences: Sequence[] } | { ok: false; problem: string }

/** Parses a phrase; a problem is worded for the admin who typed it. */
export function parsePhrase(phrase: string): ParsedPhrase {
  const sequences: Sequence[] = []
  for (const alternative of phrase.split('|')) {
    const words: Word[] = []
    for (const raw of alternative.trim().split(/\s+/).filter(Boolean)) {
      if (raw === '#') {
        words.push({ kind: 'number' })
        continue
      }
      if (raw.startsWith('@')) {
        const m = GROUP.exec(raw)
        if (!m?.[1]) return { ok: false, problem: `"${raw}" is not a synonym group name (e.g. "@customer")` }
        words.push({ kind: 'group', name: m[1] })
        continue
      }
      const star = raw.endsWith('*')
      const body = star ? raw.slice(0, -1) : raw
      if (body.includes('*')) return { ok: false, problem: `"*" may only end a word (in "${raw}")` }
      const parts = tokenize(body).map((t) => t.text)
      // Punctuation standing alone ("trust & safety") is skipped, as the tokenizer skips it in a listing.
      if (parts.length === 0 && !star) continue
      if (parts.length === 0) return { ok: false, problem: `"${raw}" has no letters or digits` }
      parts.forEach((text, i) => {
        words.push(star && i === parts.length - 1 ? { kind: 'prefix', text } : { kind: 'literal', text })
      })
      const stem = parts.at(-1) ?? ''
      if (star && stem.length < MIN_PREFIX)
        return { ok: false, problem: `"${raw}": put at least ${MIN_PREFIX} letters before "*"` }
    }
    if (words.length === 0)
      return {
        ok: false,
        problem:
          alternative.trim() === ''
            ? 'an alternative between "|" is empty'
            : `"${alternative.trim()}" has no letters or digits`,
      }
    if (words.length > MAX_WORDS) return { ok: false, problem: `at most ${MAX_WORDS} words per alternative` }
    sequences.push(words)
  }
  return { ok: true, sequences }
}

/** The synonym groups a phrase refers to. */
export const groupsIn = (phrase: string): string[] =>
  [...phrase.matchAll(/(?:^|\s|\|)@([a-z0-9]+(?:-[a-z0-9]+)*)/g)].map((m) => m[1] ?? '')

const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
])

/** Whether a token matches one word (groups are expanded before matching). */
export function wordMatches(word: Exclude<Word, { kind: 'group' }>, token: string): boolean {
  switch (word.kind) {
    case 'number':
      return /^\d+$/.test(token) || NUMBER_WORDS.has(token)
    case 'prefix':
      return token.startsWith(word.text)
    case 'literal': {
      const w = word.text
      if (token === w || token === `${w}s` || token === `${w}es`) return true
      return w.endsWith('y') && w.length > 2 && token === `${w.slice(0, -1)}ies`
    }
  }
}

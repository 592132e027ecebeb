import { parsePhrase, type Token, tokenize, type Word, wordMatches } from '@/lib/engine/content/phrases'
import type { Content } from '@/lib/engine/content/schema'

// The lexicon, compiled once per content object, and matched against one line at a time. A match remembers the exact
// words of the line that made it, so every tag can say why it is there.

type PlainWord = Exclude<Word, { kind: 'group' }>
type Sequence = PlainWord[]
/** A phrase or a pattern term, by its number in the lexicon's index. */
type Term = number

type Rules = {
  phrases: Term[]
  patterns: { terms: Term[]; within: number }[]
  excludes: Term[]
}

/**
 * Every alternative of every term (synonym groups expanded: thousands of them), filed under what its first word can
 * be, so each word of a line is tried only against the alternatives that could start there.
 */
type Index = {
  byFirst: Map<string, { term: Term; sequence: Sequence }[]>
  numbers: { term: Term; sequence: Sequence }[]
}

export type CompiledLexicon = {
  index: Index
  skills: (Rules & { skillId: string })[]
  unmeasured: (Rules & { id: string; label: string; explanation: string })[]
}

/** A prefix word ("priorit*") is filed under its first letters: every word it matches starts with them. */
const PREFIX_KEY = 3
const prefixKey = (text: string) => `*${text.slice(0, PREFIX_KEY)}`

function file(index: Index, term: Term, sequence: Sequence) {
  const first = sequence[0]
  if (!first) return
  const put = (key: string) => {
    const list = index.byFirst.get(key)
    if (list) list.push({ term, sequence })
    else index.byFirst.set(key, [{ term, sequence }])
  }
  if (first.kind === 'number') index.numbers.push({ term, sequence })
  else if (first.kind === 'prefix') put(prefixKey(first.text))
  else {
    // Every form wordMatches accepts for a literal: itself and its plurals.
    const w = first.text
    const forms = new Set([w, `${w}s`, `${w}es`])
    if (w.endsWith('y') && w.length > 2) forms.add(`${w.slice(0, -1)}ies`)
    for (const form of forms) put(form)
  }
}

/** Expanding "@a @b" multiplies alternatives; far more than any sensible phrase, far less than a slow one. */
const MAX_ALTERNATIVES = 5000

function expand(phrase: string, groups: ReadonlyMap<string, Sequence[]>): Sequence[] {
  const parsed = parsePhrase(phrase)
  if (!parsed.ok) return [] // the content schema refuses such phrases; nothing to match
  const out: Sequence[] = []
  for (const sequence of parsed.sequences) {
    let expanded: Sequence[] = [[]]
    for (const word of sequence) {
      const options: Sequence[] = word.kind === 'group' ? (groups.get(word.name) ?? []) : [[word]]
      expanded = expanded.flatMap((head) => options.map((tail) => [...head, ...tail])).slice(0, MAX_ALTERNATIVES)
    }
    out.push(...expanded.filter((s) => s.length > 0))
  }
  return out
}

type RuleSource = { phrases: string[]; patterns: { all: string[]; within: number }[]; excludes: string[] }

const compiled = new WeakMap<Content, CompiledLexicon>()

export function compileLexicon(content: Content): CompiledLexicon {
  const cached = compiled.get(content)
  if (cached) return cached
  const groups = new Map<string, Sequence[]>()
  for (const g of content.synonyms) {
    // Group words are plain phrases (no "@"): the integrity rules say so.
    groups.set(
      g.id,
      g.words.flatMap((w) => expand(w, new Map())),
    )
  }
  const index: Index = { byFirst: new Map(), numbers: [] }
  let terms = 0
  const term = (phrase: string): Term => {
    const id = terms++
    for (const sequence of expand(phrase, groups)) file(index, id, sequence)
    return id
  }
  const rules = (e: RuleSource): Rules => ({
    phrases: e.phrases.map(term),
    patterns: e.patterns.map((p) => ({ terms: p.all.map(term), within: p.within })),
    excludes: e.excludes.map(term),
  })
  const lexicon: CompiledLexicon = {
    index,
    skills: content.lexicon.map((e) => ({ skillId: e.skillId, ...rules(e) })),
    unmeasured: content.unmeasured.map((u) => ({ id: u.id, label: u.label, explanation: u.explanation, ...rules(u) })),
  }
  compiled.set(content, lexicon)
  return lexicon
}

/** A run of tokens [start, end). */
type Span = { start: number; end: number }

/** Where each term of the lexicon occurs in a line: one pass over its words, whatever the size of the lexicon. */
export type LineSpans = (term: Term) => Span[]

export function lineSpans(index: Index, tokens: readonly Token[]): LineSpans {
  const found = new Map<Term, Span[]>()
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]?.text ?? ''
    const here = [
      ...(index.byFirst.get(token) ?? []),
      ...(token.length >= PREFIX_KEY ? (index.byFirst.get(prefixKey(token)) ?? []) : []),
      ...(wordMatches({ kind: 'number' }, token) ? index.numbers : []),
    ]
    for (const { term, sequence } of here) {
      if (i + sequence.length > tokens.length) continue
      const spans = found.get(term)
      if (spans?.at(-1)?.start === i) continue // one span per start position is enough
      if (sequence.every((word, k) => wordMatches(word, tokens[i + k]?.text ?? ''))) {
        const span = { start: i, end: i + sequence.length }
        if (spans) spans.push(span)
        else found.set(term, [span])
      }
    }
  }
  return (term) => found.get(term) ?? []
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** The tightest way to find one span of every term, if it fits in `within` words. */
function patternSpans(terms: readonly Span[][], within: number): Span[] | null {
  let best: { spans: Span[]; width: number } | null = null
  const choose = (i: number, picked: Span[]) => {
    if (i === terms.length) {
      const width = Math.max(...picked.map((s) => s.end)) - Math.min(...picked.map((s) => s.start))
      const distinct = picked.every((s, k) => picked.every((t, m) => m === k || !overlaps(s, t)))
      if (distinct && width <= within && (!best || width < best.width)) best = { spans: [...picked], width }
      return
    }
    for (const span of terms[i] ?? []) choose(i + 1, [...picked, span])
  }
  choose(0, [])
  return best === null ? null : (best as { spans: Span[] }).spans
}

/** The words of the line that show these rules, as written in the line; empty when the rules don't match. */
export function matchRules(rules: Rules, spansOf: LineSpans, tokens: readonly Token[], text: string): string[] {
  const blocked = rules.excludes.flatMap(spansOf)
  const allowed = (span: Span) => !blocked.some((b) => overlaps(b, span))
  const hits: Span[][] = []
  for (const phrase of rules.phrases) for (const span of spansOf(phrase)) if (allowed(span)) hits.push([span])
  for (const pattern of rules.patterns) {
    const found = pattern.terms.map((term) => spansOf(term).filter(allowed))
    if (found.some((spans) => spans.length === 0)) continue
    const spans = patternSpans(found, pattern.within)
    if (spans) hits.push(spans)
  }
  hits.sort((a, b) => Math.min(...a.map((s) => s.start)) - Math.min(...b.map((s) => s.start)))
  const quote = (s: Span) => text.slice(tokens[s.start]?.start ?? 0, tokens[s.end - 1]?.end ?? 0)
  const words = hits.map((spans) =>
    [...spans]
      .sort((a, b) => a.start - b.start)
      .map(quote)
      .join(' … '),
  )
  return [...new Set(words)]
}

export { tokenize }

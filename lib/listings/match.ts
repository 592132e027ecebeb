import { parsePhrase, type Token, tokenize, type Word, wordMatches } from '@/lib/content/phrases'
import type { Content } from '@/lib/content/schema'

// The lexicon, compiled once per content object, and matched against one line at a time. A match remembers the exact
// words of the line that made it, so every tag can say why it is there.

type PlainWord = Exclude<Word, { kind: 'group' }>
type Sequence = PlainWord[]
/** A phrase or a pattern term: its alternatives, with synonym groups expanded. */
type Term = Sequence[]

type Rules = {
  phrases: Term[]
  patterns: { terms: Term[]; within: number }[]
  excludes: Term[]
}

export type CompiledLexicon = {
  skills: (Rules & { skillId: string })[]
  unmeasured: (Rules & { id: string; label: string; explanation: string })[]
}

/** Expanding "@a @b" multiplies alternatives; far more than any sensible phrase, far less than a slow one. */
const MAX_ALTERNATIVES = 5000

function compileTerm(phrase: string, groups: ReadonlyMap<string, Sequence[]>): Term {
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

function compileRules(
  e: { phrases: string[]; patterns: { all: string[]; within: number }[]; excludes: string[] },
  groups: ReadonlyMap<string, Sequence[]>,
): Rules {
  return {
    phrases: e.phrases.map((p) => compileTerm(p, groups)),
    patterns: e.patterns.map((p) => ({ terms: p.all.map((t) => compileTerm(t, groups)), within: p.within })),
    excludes: e.excludes.map((p) => compileTerm(p, groups)),
  }
}

const compiled = new WeakMap<Content, CompiledLexicon>()

export function compileLexicon(content: Content): CompiledLexicon {
  const cached = compiled.get(content)
  if (cached) return cached
  const groups = new Map<string, Sequence[]>()
  for (const g of content.synonyms) {
    // Group words are plain phrases (no "@"): the integrity rules say so.
    groups.set(
      g.id,
      g.words.flatMap((w) => compileTerm(w, new Map())),
    )
  }
  const lexicon: CompiledLexicon = {
    skills: content.lexicon.map((e) => ({ skillId: e.skillId, ...compileRules(e, groups) })),
    unmeasured: content.unmeasured.map((u) => ({
      id: u.id,
      label: u.label,
      explanation: u.explanation,
      ...compileRules(u, groups),
    })),
  }
  compiled.set(content, lexicon)
  return lexicon
}

/** A run of tokens [start, end). */
type Span = { start: number; end: number }

function spansOf(term: Term, tokens: readonly Token[]): Span[] {
  const spans: Span[] = []
  for (let i = 0; i < tokens.length; i++) {
    for (const sequence of term) {
      if (i + sequence.length > tokens.length) continue
      if (sequence.every((word, k) => wordMatches(word, tokens[i + k]?.text ?? ''))) {
        spans.push({ start: i, end: i + sequence.length })
        break // one span per start position is enough
      }
    }
  }
  return spans
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
export function matchRules(rules: Rules, tokens: readonly Token[], text: string): string[] {
  const blocked = rules.excludes.flatMap((term) => spansOf(term, tokens))
  const allowed = (span: Span) => !blocked.some((b) => overlaps(b, span))
  const hits: Span[][] = []
  for (const phrase of rules.phrases) for (const span of spansOf(phrase, tokens)) if (allowed(span)) hits.push([span])
  for (const pattern of rules.patterns) {
    const found = pattern.terms.map((term) => spansOf(term, tokens).filter(allowed))
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

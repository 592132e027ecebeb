import { tokenize } from '@/lib/engine/content/phrases'
import type { Content } from '@/lib/engine/content/schema'
import { analyseListing } from '@/lib/engine/listings/analyse'
import type { AnalysedLine } from '@/lib/engine/listings/analysis-schema'

// The hand-tagged job-listing corpus (tests/fixtures/listings/README.md), read and scored: pure, so the corpus test,
// `npx tsx tests/fixtures/listings/report.ts` and the admin's impact preview of a lexicon change all score alike.
// Reading the files is the caller's (tests/fixtures/listings/corpus.ts, lib/knowledge/editor/listing-corpus.ts).

export type GoldLine = { text: string; strength: 'must' | 'nice'; skills: string[]; unmeasured: string[] }
export type Listing = {
  file: string
  title: string
  kind: string
  clearest: string[]
  /** The listing as a person would paste it (markers removed, Windows line endings when the file asks). */
  text: string
  gold: GoldLine[]
}

const MARKER = /⟦([^⟧]*)⟧/g

function parseMarker(inner: string): Omit<GoldLine, 'text'> {
  const [head = '', unmeasuredPart = ''] = inner.split(';')
  const [strength = '', skills = ''] = head.split(':')
  const list = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
  const s = strength.trim()
  if (s !== 'must' && s !== 'nice') throw new Error(`marker "${inner}": strength must be must or nice`)
  return { strength: s, skills: list(skills), unmeasured: list(unmeasuredPart.replace(/^\s*unmeasured:/, '')) }
}

/** The words of a line, for lining up gold lines with the analyser's (punctuation, bullets and markup ignored). */
export const lineKey = (text: string) =>
  tokenize(
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(rsquo|lsquo|apos|#39);/g, "'")
      .replace(/&[a-z]+;|&#\d+;/gi, ' '),
  )
    .map((t) => t.text)
    .join(' ')

export function parseListing(file: string, source: string): Listing {
  const [header = '', body = ''] = source.split('\n@@@\n')
  const meta = new Map<string, string>()
  for (const line of header.split('\n')) {
    const m = /^@(\w+)(?::\s*(.*))?$/.exec(line.trim())
    if (m?.[1]) meta.set(m[1], m[2] ?? '')
  }
  const gold: GoldLine[] = []
  for (const line of body.split('\n')) {
    let from = 0
    for (const m of line.matchAll(MARKER)) {
      gold.push({ text: line.slice(from, m.index).trim(), ...parseMarker(m[1] ?? '') })
      from = (m.index ?? 0) + m[0].length
    }
  }
  const plain = body.replace(/ ?⟦[^⟧]*⟧/g, '')
  return {
    file,
    title: meta.get('title') ?? file,
    kind: meta.get('kind') ?? '',
    clearest: (meta.get('clearest') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    text: meta.has('crlf') ? plain.replace(/\n/g, '\r\n') : plain,
    gold,
  }
}

/** Whether the analyser's line is the gold line: the same words, or one inside the other. */
function sameLine(goldKey: string, lineKey: string): boolean {
  if (goldKey === lineKey) return true
  const [short, long] = goldKey.length < lineKey.length ? [goldKey, lineKey] : [lineKey, goldKey]
  return short.length >= 12 && ` ${long} `.includes(` ${short} `)
}

export type Counts = { tp: number; fp: number; fn: number }
export type LineError = { file: string; text: string; skill: string; kind: 'fp' | 'fn'; words?: string[] }

export type CorpusScore = {
  listings: number
  goldLines: number
  /** Gold lines the analyser found as requirement lines. */
  foundLines: number
  /** Lines the analyser took for requirements that the gold does not list. */
  extraLines: { file: string; text: string; skillIds: string[] }[]
  strengthRight: number
  perSkill: Map<string, Counts>
  overall: Counts & { precision: number; recall: number }
  unmeasured: Map<string, Counts>
  /** Listing by listing, the clearest skills the analyser did not find anywhere. */
  clearestMissed: { file: string; missed: string[] }[]
  errors: LineError[]
}

const bump = (map: Map<string, Counts>, key: string, field: keyof Counts) => {
  const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 }
  c[field] += 1
  map.set(key, c)
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp))
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn))

export function scoreCorpus(content: Content, listings: readonly Listing[]): CorpusScore {
  const perSkill = new Map<string, Counts>()
  const unmeasured = new Map<string, Counts>()
  const errors: LineError[] = []
  const extraLines: CorpusScore['extraLines'] = []
  const clearestMissed: CorpusScore['clearestMissed'] = []
  let goldLines = 0
  let foundLines = 0
  let strengthRight = 0
  for (const listing of listings) {
    const analysis = analyseListing(content, listing.text)
    const lines = analysis.requirements.map((line) => ({ line, key: lineKey(line.text), used: false }))
    for (const gold of listing.gold) {
      goldLines += 1
      const key = lineKey(gold.text)
      // The same line, or one containing it; or, for a gold line that is a whole paragraph, its sentences.
      const exact =
        lines.find((l) => !l.used && l.key === key) ??
        lines.find((l) => !l.used && l.key.length >= key.length && sameLine(key, l.key))
      const matches = exact
        ? [exact]
        : lines.filter((l) => !l.used && l.key.length < key.length && sameLine(key, l.key))
      const analysed: AnalysedLine[] = matches.map((m) => m.line)
      for (const m of matches) m.used = true
      if (matches.length > 0) {
        foundLines += 1
        if (analysed.some((l) => l.strength === gold.strength)) strengthRight += 1
      }
      const predicted = new Set(analysed.flatMap((l) => l.skillIds))
      for (const skill of gold.skills) {
        if (predicted.has(skill)) bump(perSkill, skill, 'tp')
        else {
          bump(perSkill, skill, 'fn')
          errors.push({ file: listing.file, text: gold.text, skill, kind: 'fn' })
        }
      }
      for (const skill of predicted) {
        if (!gold.skills.includes(skill)) {
          bump(perSkill, skill, 'fp')
          const words = analysed.flatMap((l) => l.tags.find((t) => t.skillId === skill)?.words ?? [])
          errors.push({ file: listing.file, text: gold.text, skill, kind: 'fp', words })
        }
      }
      const predictedUnmeasured = new Set(analysed.flatMap((l) => l.notMeasured.map((u) => u.id)))
      for (const u of gold.unmeasured) bump(unmeasured, u, predictedUnmeasured.has(u) ? 'tp' : 'fn')
      for (const u of predictedUnmeasured) if (!gold.unmeasured.includes(u)) bump(unmeasured, u, 'fp')
    }
    for (const extra of lines.filter((l) => !l.used)) {
      extraLines.push({ file: listing.file, text: extra.line.text, skillIds: extra.line.skillIds })
      for (const skill of extra.line.skillIds) {
        bump(perSkill, skill, 'fp')
        const words = extra.line.tags.find((t) => t.skillId === skill)?.words
        errors.push({ file: listing.file, text: `(not a requirement) ${extra.line.text}`, skill, kind: 'fp', words })
      }
    }
    const found = new Set(analysis.requirements.flatMap((r) => r.skillIds))
    const missed = listing.clearest.filter((s) => !found.has(s))
    if (missed.length > 0) clearestMissed.push({ file: listing.file, missed })
  }
  const total = [...perSkill.values()].reduce(
    (sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }),
    { tp: 0, fp: 0, fn: 0 },
  )
  return {
    listings: listings.length,
    goldLines,
    foundLines,
    extraLines,
    strengthRight,
    perSkill,
    overall: { ...total, precision: precision(total), recall: recall(total) },
    unmeasured,
    clearestMissed,
    errors,
  }
}

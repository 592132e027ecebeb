import type { Gap, Readiness, Strength, TransitionWindow, Verdict } from '@/lib/scoring/result-schema'
import { article, displayName } from '@/lib/scoring/text'

const COUNT = ['no', 'one', 'two', 'three', 'four', 'five', 'six']

export type HeadlineFacts = {
  verdict: Verdict
  readiness: Readiness
  roleName: string
  /** How the path gets you there, mid-sentence ("through an internal transfer"). */
  route: string
  window: TransitionWindow
  hoursPerWeek: number
  strengths: Strength[]
  gaps: Gap[]
  /** Self-ratings nearly all at one level. */
  flat: boolean
  /** Skills whose self-rating runs well ahead of the evidence. */
  overConfident: number
}

type Named = { name: string } | undefined
type Band = Readiness['band']

// The sentences below depend only on content names (roles, skills), so each is built once and reused: the headline
// is written for every result, and scoring has a speed budget (scripts/bench-engine.ts). Content names are few, so
// these memos stay small.
const strengthPairs = new Map<string, Map<string, string>>()
const gapPairs = new Map<string, Map<string, string>>()

/** "x and y", or "x, then y" when a name has its own "and" ("customer empathy and discovery, then …"). */
function pair(a: Named, b: Named, joiner: 'plus' | 'then', memo: Map<string, Map<string, string>>): string {
  if (!a) return ''
  if (!b) return displayName(a.name)
  let byFirst = memo.get(a.name)
  if (!byFirst) {
    byFirst = new Map()
    memo.set(a.name, byFirst)
  }
  let hit = byFirst.get(b.name)
  if (hit === undefined) {
    const x = displayName(a.name)
    const y = displayName(b.name)
    hit = x.includes(' and ') || y.includes(' and ') ? `${x}, ${joiner} ${y}` : `${x} and ${y}`
    byFirst.set(b.name, hit)
  }
  return hit
}

const standings = new Map<string, Record<Band, { opening: string; after: string }>>()
/** Where you stand for the role, as the paragraph's opening sentence or after a lead-in ("On skills alone, …"). */
function standing(roleName: string, band: Band): { opening: string; after: string } {
  let byBand = standings.get(roleName)
  if (!byBand) {
    const shown = displayName(roleName)
    const as = `${article(shown)} ${shown}`
    const both = (s: string) => ({ opening: `${s.charAt(0).toUpperCase()}${s.slice(1)}`, after: s })
    byBand = {
      ready: both(`you're ready to start applying to work as ${as}.`),
      close: both(`you're close to ready to work as ${as}.`),
      building: both(`you have a base for work as ${as}, and several skills still to build.`),
      early: both(`it's early days for work as ${as}: most of the skills it relies on are still to build.`),
    }
    standings.set(roleName, byBand)
  }
  return byBand[band]
}

/**
 * The one-paragraph summary shown under the verdict: where you stand, the role and route, how long, and what to lead
 * with and work on. It never repeats the verdict's sentence; the verdict is the call on motivation, this is the rest.
 */
export function writeHeadline(f: HeadlineFacts): string {
  const stand = standing(f.roleName, f.readiness.band)
  let out = ''
  if (f.verdict.kind !== 'go')
    out += `Your motivation answers ${f.verdict.kind === 'not-for-you' ? 'raise real doubts about this move' : 'are mixed'}, so weigh the verdict before the rest. `
  // The Skills Matcher note (sources.json, cos-skills-matcher): flat ratings make skill matches unreliable. With
  // ratings well above the evidence too, the readout is a first draft until it is retaken.
  if (f.flat && f.overConfident > 0)
    out += `Treat this readout as a first draft: you gave nearly every skill the same self-rating, and on ${COUNT[f.overConfident] ?? f.overConfident} of them what you have actually done points much lower. Retake the assessment, rating each skill against its descriptions, before you rely on the matches. Counting what you have done, ${stand.after}`
  else if (f.verdict.kind !== 'go') out += `On skills alone, ${stand.after}`
  else out += stand.opening
  out += ` Get there ${f.route}, in about ${f.window.minWeeks}–${f.window.maxWeeks} weeks at ${f.hoursPerWeek} hour${f.hoursPerWeek === 1 ? '' : 's'} a week.`
  const strengths = pair(f.strengths[0], f.strengths[1], 'plus', strengthPairs)
  const gaps = pair(f.gaps[0], f.gaps[1], 'then', gapPairs)
  if (strengths && gaps) out += ` Lead with ${strengths}; work first on ${gaps}.`
  else if (gaps) out += ` Work first on ${gaps}.`
  return out
}

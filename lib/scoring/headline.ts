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

/** "x and y", or "x, then y" when a name has its own "and" ("customer empathy and discovery, then …"). */
function pair(a: { name: string } | undefined, b: { name: string } | undefined, joiner: string): string {
  if (!a) return ''
  const x = displayName(a.name)
  if (!b) return x
  const y = displayName(b.name)
  return x.includes(' and ') || y.includes(' and ') ? `${x}, ${joiner} ${y}` : `${x} and ${y}`
}

/**
 * The one-paragraph summary shown under the verdict: where you stand, the role and route, how long, and what to lead
 * with and work on. It never repeats the verdict's sentence; the verdict is the call on motivation, this is the rest.
 */
export function writeHeadline(f: HeadlineFacts): string {
  const as = asRole(f.roleName)
  const band = f.readiness.band
  // The sentence may open the paragraph or follow a lead-in, so it comes in both cases.
  const standing = (lower: boolean) =>
    band === 'ready'
      ? `${lower ? 'y' : 'Y'}ou're ready to start applying to work as ${as}.`
      : band === 'close'
        ? `${lower ? 'y' : 'Y'}ou're close to ready to work as ${as}.`
        : band === 'building'
          ? `${lower ? 'y' : 'Y'}ou have a base for work as ${as}, and several skills still to build.`
          : `${lower ? 'i' : 'I'}t's early days for work as ${as}: most of the skills it relies on are still to build.`
  let out = ''
  if (f.verdict.kind !== 'go')
    out += `Your motivation answers ${f.verdict.kind === 'not-for-you' ? 'raise real doubts about this move' : 'are mixed'}, so weigh the verdict before the rest. `
  // The Skills Matcher note (sources.json, cos-skills-matcher): flat ratings make skill matches unreliable. With
  // ratings well above the evidence too, the readout is a first draft until it is retaken.
  const unreliable = f.flat && f.overConfident > 0
  if (unreliable)
    out += `Treat this readout as a first draft: you gave nearly every skill the same self-rating, and on ${COUNT[f.overConfident] ?? f.overConfident} of them what you have actually done points much lower. Retake the assessment, rating each skill against its descriptions, before you rely on the matches. Counting what you have done, ${standing(true)}`
  else if (f.verdict.kind !== 'go') out += `On skills alone, ${standing(true)}`
  else out += standing(false)
  out += ` Get there ${f.route}, in about ${f.window.minWeeks}–${f.window.maxWeeks} weeks at ${f.hoursPerWeek} hour${f.hoursPerWeek === 1 ? '' : 's'} a week.`
  const strengths = pair(f.strengths[0], f.strengths[1], 'plus')
  const gaps = pair(f.gaps[0], f.gaps[1], 'then')
  if (strengths && gaps) out += ` Lead with ${strengths}; work first on ${gaps}.`
  else if (gaps) out += ` Work first on ${gaps}.`
  return out
}

const roles = new Map<string, string>()
/** "a technical product manager", "an AI/ML product manager"; role names come from content, so the memo stays small. */
function asRole(name: string): string {
  let as = roles.get(name)
  if (as === undefined) {
    const shown = displayName(name)
    as = `${article(shown)} ${shown}`
    if (roles.size < 1000) roles.set(name, as)
  }
  return as
}

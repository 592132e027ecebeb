import type { Gap, Readiness, Strength, TransitionWindow, Verdict } from '@/lib/scoring/result-schema'
import { article, countWord, displayName, names } from '@/lib/scoring/text'

export type HeadlineFacts = {
  verdict: Verdict
  readiness: Readiness
  roleName: string
  /** How the path gets you there, mid-sentence ("through an internal transfer"). */
  route: string
  window: TransitionWindow
  hoursPerWeek: number
  strengths: readonly Strength[]
  gaps: readonly Gap[]
  /** Self-ratings nearly all at one level. */
  flat: boolean
  /** Skills whose self-rating runs well ahead of what was done. */
  overConfident: number
}

function standing(roleName: string, band: Readiness['band']): string {
  const shown = displayName(roleName)
  const as = `${article(shown)} ${shown}`
  return {
    ready: `you're ready to start applying to work as ${as}.`,
    close: `you're close to ready to work as ${as}.`,
    building: `you have a base for work as ${as}, and several skills still to build.`,
    early: `it's early days for work as ${as}: most of the skills it relies on are still to build.`,
  }[band]
}

/**
 * The one-paragraph summary under the verdict: where you stand, the role and route, how long, and what to lead with
 * and work on. It leads only with what the evidence supports: a strength or gap resting on few answers (low
 * confidence) never appears here. It never repeats the verdict's sentence.
 */
export function writeHeadline(f: HeadlineFacts): string {
  const stand = standing(f.roleName, f.readiness.band)
  let out = ''
  if (f.verdict.kind !== 'go')
    out += `Your motivation answers ${f.verdict.kind === 'not-for-you' ? 'raise real doubts about this move' : 'are mixed'}, so weigh the verdict before the rest. `
  // The Skills Matcher note (cos-skills-matcher): flat ratings make skill matches unreliable. With ratings well
  // above what was done too, the readout is a first draft until it is retaken.
  if (f.flat && f.overConfident > 0)
    out += `Treat this readout as a first draft: you gave nearly every skill the same self-rating, and on ${countWord(f.overConfident)} of them what you have actually done points much lower. Retake the assessment, rating each skill against its descriptions, before you rely on the matches. Counting what you have done, ${stand}`
  else if (f.verdict.kind !== 'go') out += `On skills alone, ${stand}`
  else out += stand.charAt(0).toUpperCase() + stand.slice(1)
  out += ` Get there ${f.route}, in about ${f.window.minWeeks}–${f.window.maxWeeks} weeks at ${f.hoursPerWeek} hour${f.hoursPerWeek === 1 ? '' : 's'} a week.`
  const supported = <T extends { confidence: string; name: string }>(list: readonly T[]) =>
    list.filter((x) => x.confidence !== 'low').map((x) => x.name)
  const strengths = names(supported(f.strengths).slice(0, 2).map(displayName), 'plus')
  const gaps = names(supported(f.gaps).slice(0, 2).map(displayName), 'then')
  if (strengths && gaps) out += ` Lead with ${strengths}; work first on ${gaps}.`
  else if (gaps) out += ` Work first on ${gaps}.`
  else if (strengths) out += ` Lead with ${strengths}.`
  return out
}

import type {
  AssessmentResult,
  Gap,
  Readiness,
  Strength,
  TransitionWindow,
  Verdict,
} from '@/lib/engine/scoring/result-schema'
import { article, displayName, names, plural } from '@/lib/engine/scoring/text'

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

/** The leading items of a list that rest on enough evidence: the first ones, in order, until a tentative one. */
function leading<T extends { confidence: string; name: string }>(items: readonly T[], n: number): string[] {
  const out: string[] = []
  for (const x of items.slice(0, n)) {
    if (x.confidence === 'low') break
    out.push(displayName(x.name))
  }
  return out
}

/**
 * The one-paragraph summary at the top of the readout: where you stand and the route first, then how long, what
 * to lead with and what to work on first (exactly the first gaps of the gap list, in order, as long as they rest on
 * enough evidence), then any caveat about the readout itself, and last a motivation caution, plainly and kindly.
 * It never repeats the verdict's sentence, and quotes no score.
 */
export function writeHeadline(f: HeadlineFacts): string {
  const stand = standing(f.roleName, f.readiness.band)
  // The Skills Matcher note (cos-skills-matcher): flat ratings make skill matches unreliable. With ratings well
  // above what was done too, the readout is a first draft until it is retaken.
  const draft = f.flat && f.overConfident > 0
  let out = draft ? `Counting only what you have done, ${stand}` : stand.charAt(0).toUpperCase() + stand.slice(1)
  out += ` Get there ${f.route}, in about ${f.window.minWeeks}–${f.window.maxWeeks} weeks at ${plural(f.hoursPerWeek, 'hour')} a week.`
  const strengths = names(leading(f.strengths, 2), 'plus')
  const gaps = names(leading(f.gaps, 2), 'then')
  if (strengths && gaps) out += ` Lead with ${strengths}; work first on ${gaps}.`
  else if (gaps) out += ` Work first on ${gaps}.`
  else if (strengths) out += ` Lead with ${strengths}.`
  // Why (flat ratings, which ones run ahead) is the flags' to say, once, with their source; here only what to do.
  if (draft)
    out +=
      ' Treat this readout as a first draft, because of how you rated yourself: retake it, rating each skill against its descriptions, before you rely on the matches.'
  if (f.verdict.kind !== 'go')
    out += ` ${f.verdict.caution ?? 'One thing to weigh first: your motivation answers raise doubts about the move, so read the verdict below before you commit.'}`
  return out
}

/**
 * The headline of a stored result for another window and other hours (a re-plan): the same facts, recomputed
 * together, so the paragraph never states a window or hours the plan beside it does not have.
 */
export function headlineFor(result: AssessmentResult, window: TransitionWindow, hoursPerWeek: number): string {
  const best = result.roles.find((r) => r.roleId === result.bestRoleId)
  return writeHeadline({
    verdict: result.verdict,
    readiness: result.readiness,
    roleName: best?.name ?? result.bestRoleId,
    route: result.path.route ?? `via ${displayName(result.path.name)}`,
    window,
    hoursPerWeek,
    strengths: result.strengths,
    gaps: result.gaps,
    flat: result.flags.some((x) => x.kind === 'flat-ratings'),
    overConfident: result.flags.filter((x) => x.kind === 'over-confidence').length,
  })
}

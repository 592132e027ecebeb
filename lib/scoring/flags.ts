import type { Action, Content } from '@/lib/content/schema'
import {
  CITE_FLAT_RATINGS,
  CITE_TYPICAL_WINDOW,
  FLAT_MAX_DIFFERENT,
  OVERCONFIDENCE_MARGIN,
  SELF_HIGH,
} from '@/lib/scoring/calibration'
import type { Chosen } from '@/lib/scoring/chosen'
import type { EngineIndex } from '@/lib/scoring/engine-index'
import type { Flag, SkillResult, TransitionWindow } from '@/lib/scoring/result-schema'
import { displayName, lowerFirst } from '@/lib/scoring/text'

/** True when most or all self-ratings share one level (all but FLAT_MAX_DIFFERENT of them). */
export function ratingsAreFlat(chosen: Chosen[]): boolean {
  const levels = chosen
    .filter((c) => c.question.category === 'anchored' && c.option?.level !== undefined)
    .map((c) => c.option?.level)
  if (levels.length < 4) return false
  const counts = new Map<number | undefined, number>()
  for (const l of levels) counts.set(l, (counts.get(l) ?? 0) + 1)
  return Math.max(...counts.values()) >= levels.length - FLAT_MAX_DIFFERENT
}

export function flatRatingsFlag(index: EngineIndex): Flag {
  return {
    kind: 'flat-ratings',
    severity: 'warning',
    title: 'Your self-ratings are nearly all the same',
    message:
      'You gave most of your skills the same self-rating. The U.S. Department of Labor’s Skills Matcher warns that rating most or all skills at one level makes skill-based matches unreliable, so treat the role matches below with caution, and lean on the answers about what you have actually done.',
    sources: index.citations(CITE_FLAT_RATINGS),
  }
}

/** The self-rating runs well ahead of the evidence from behaviour, scenarios and the crosswalk. */
export function isOverConfident(s: SkillResult): s is SkillResult & { selfRatingScore: number; evidenceScore: number } {
  return (
    s.selfRatingScore !== null &&
    s.evidenceScore !== null &&
    s.selfRatingScore >= SELF_HIGH &&
    s.selfRatingScore - s.evidenceScore >= OVERCONFIDENCE_MARGIN
  )
}

/** A test that fits in a week or two of spare hours counts as quick. */
const QUICK_HOURS = 8

const quickTests = new WeakMap<Content, Map<string, Map<string, Action | null>>>()

/**
 * A short action that puts the skill itself to work, to test a self-rating against: among the actions on the path
 * that build the skill (any path if none does), the one that lists it earliest (actions list first the skill they
 * exercise most), then the shortest. Worked out once per content, path and skill.
 */
export function quickTest(content: Content, skillId: string, pathId: string): Action | null {
  let byPath = quickTests.get(content)
  if (!byPath) {
    byPath = new Map()
    quickTests.set(content, byPath)
  }
  let bySkill = byPath.get(pathId)
  if (!bySkill) {
    bySkill = new Map()
    byPath.set(pathId, bySkill)
  }
  let hit = bySkill.get(skillId)
  if (hit === undefined) {
    const building = content.actions.filter((a) => a.skills.includes(skillId))
    const onPath = building.filter((a) => a.paths.includes(pathId))
    const rank = (a: Action) => a.skills.indexOf(skillId) * 1000 + a.effortHours
    hit = (onPath.length > 0 ? onPath : building).reduce<Action | null>(
      (best, a) => (best === null || rank(a) < rank(best) ? a : best),
      null,
    )
    bySkill.set(skillId, hit)
  }
  return hit
}

/** Skills where the self-rating runs well ahead of the evidence, each with a quick test that exercises the skill. */
export function overConfidenceFlags(content: Content, skills: SkillResult[], pathId: string): Flag[] {
  const flags: Flag[] = []
  for (const s of skills) {
    if (!isOverConfident(s)) continue
    const action = quickTest(content, s.skillId, pathId)
    const test = action
      ? ` ${action.effortHours <= QUICK_HOURS ? 'A quick' : 'One'} way to test it: ${lowerFirst(action.title)} (about ${action.effortHours} hours).`
      : ''
    flags.push({
      kind: 'over-confidence',
      severity: 'warning',
      title: `${s.name}: your self-rating outruns your evidence`,
      message: `You rated yourself ${s.selfRatingScore} of 100 on ${displayName(s.name)}, but your answers about what you've actually done put it at ${s.evidenceScore}. Until you can point to examples, treat it as something to prove rather than a strength.${test}`,
      skillId: s.skillId,
      sources: s.sources,
    })
  }
  return flags
}

export function timelineFlag(index: EngineIndex, targetWeeks: number | null, window: TransitionWindow): Flag | null {
  if (targetWeeks === null || targetWeeks >= window.minWeeks) return null
  const longer = window.reasons.filter((r) => r.effect === 'longer').map((r) => r.text)
  return {
    kind: 'timeline',
    severity: 'info',
    title: 'Your timeline is shorter than our estimate',
    message: `You hoped to move within about ${targetWeeks} weeks; our estimate is ${window.minWeeks}–${window.maxWeeks} weeks.${longer.length > 0 ? ` What lengthens it: ${longer.join(' ')}` : ''} More hours a week, or a role that leans on your strengths, are the main ways to shorten it.`,
    sources: index.citations(CITE_TYPICAL_WINDOW),
  }
}

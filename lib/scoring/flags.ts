import type { Answers } from '@/lib/content/answers'
import type { Action, Content } from '@/lib/content/schema'
import { CITED, FLAT_MAX_DIFFERENT, FLAT_SPREAD, OVERCONFIDENCE_MARGIN, SELF_HIGH } from '@/lib/scoring/calibration'
import type { Chosen } from '@/lib/scoring/chosen'
import { allHold } from '@/lib/scoring/conditions'
import type { Flag, PathRecommendation, SkillResult, TransitionWindow } from '@/lib/scoring/result-schema'
import { displayName, lowerFirst } from '@/lib/scoring/text'

/**
 * True when most or all self-ratings share one level (all but FLAT_MAX_DIFFERENT of them) and that level says little:
 * either an extreme (every skill "1" or "5"), or a level that flattens differences the answers about what was done
 * show (those skills' did-scores spread by at least FLAT_SPREAD). Someone whose evidence is level across the board
 * can rate themselves level across the board.
 */
export function ratingsAreFlat(chosen: readonly Chosen[], skills: readonly SkillResult[]): boolean {
  const rated = chosen.filter((c) => c.question.category === 'self-rating' && c.option?.level !== undefined)
  if (rated.length < 4) return false
  const counts = new Map<number, number>()
  for (const c of rated) counts.set(c.option?.level ?? 0, (counts.get(c.option?.level ?? 0) ?? 0) + 1)
  const [level, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0]
  if (count < rated.length - FLAT_MAX_DIFFERENT) return false
  if (level === 1 || level === 5) return true
  const ratedSkills = new Set(rated.flatMap((c) => c.effects.skills.map((s) => s.skillId)))
  const did = skills.filter((s) => ratedSkills.has(s.skillId) && s.didScore !== null).map((s) => s.didScore ?? 0)
  return did.length > 1 && Math.max(...did) - Math.min(...did) >= FLAT_SPREAD
}

export function flatRatingsFlag(): Flag {
  return {
    kind: 'flat-ratings',
    severity: 'warning',
    title: 'Your self-ratings are nearly all the same',
    message:
      'You gave most skills the same self-rating, though your answers about what you have done tell them apart. The U.S. Department of Labor’s Skills Matcher warns that rating most skills at one level makes matches unreliable: lean on those answers, not the ratings.',
    sources: [CITED.flatRatings],
  }
}

/** The self-rating runs well ahead of what the person has actually done. */
export function isOverConfident(s: SkillResult): s is SkillResult & { selfRating: number; didScore: number } {
  return (
    s.selfRating !== null &&
    s.didScore !== null &&
    s.selfRating >= SELF_HIGH &&
    s.selfRating - s.didScore >= OVERCONFIDENCE_MARGIN
  )
}

/** A test that fits in a week or two of spare hours counts as quick. */
const QUICK_HOURS = 8

/**
 * A short action that puts the skill itself to work, to test a self-rating against: among the actions open to the
 * person that build the skill (on their path if any), the one that lists it earliest (actions list first the skill
 * they exercise most), then the shortest.
 */
export function quickTest(content: Content, skillId: string, pathId: string, answers: Answers): Action | null {
  const building = content.actions.filter((a) => a.skills.includes(skillId) && allHold(a.requires, answers))
  const onPath = building.filter((a) => a.paths.includes(pathId))
  const rank = (a: Action) => a.skills.indexOf(skillId) * 1000 + a.effortHours
  return [...(onPath.length > 0 ? onPath : building)].sort((a, b) => rank(a) - rank(b))[0] ?? null
}

/** Skills where the self-rating runs well ahead of what was done, each with a quick test of the skill. */
export function overConfidenceFlags(
  content: Content,
  skills: readonly SkillResult[],
  pathId: string,
  answers: Answers,
): Flag[] {
  return skills.filter(isOverConfident).map((s) => {
    const action = quickTest(content, s.skillId, pathId, answers)
    const test = action
      ? ` ${action.effortHours <= QUICK_HOURS ? 'A quick' : 'One'} way to test it: ${lowerFirst(action.title)} (${action.effortHours} hours).`
      : ''
    return {
      kind: 'over-confidence',
      severity: 'warning',
      title: `${s.name}: your self-rating outruns what you've done`,
      message: `You rated yourself ${s.selfRating} of 100 here, but what you've actually done puts ${displayName(s.name)} at ${s.didScore}: treat it as something to prove until you can point to examples.${test}`,
      skillId: s.skillId,
      sources: s.sources,
    }
  })
}

export function timelineFlag(targetWeeks: number | null, window: TransitionWindow): Flag | null {
  if (targetWeeks === null || targetWeeks >= window.minWeeks) return null
  const longer = window.reasons.filter((r) => r.effect === 'longer').map((r) => r.text)
  return {
    kind: 'timeline',
    severity: 'info',
    title: 'Your timeline is shorter than our estimate',
    message: `You hoped to move within about ${targetWeeks} weeks; our estimate is ${window.minWeeks}–${window.maxWeeks} weeks.${longer.length > 0 ? ` What lengthens it: ${longer.join(' ')}` : ''} More hours a week, or a role that leans on your strengths, are the main ways to shorten it.`,
    sources: [CITED.typicalWindow],
  }
}

/** The recommended path goes against an answer (e.g. "I want to stay where I am" at a company without PMs). */
export function pathConflictFlag(path: PathRecommendation, chosen: readonly Chosen[]): Flag | null {
  const against = chosen.find((c) => c.effects.paths.some((p) => p.pathId === path.pathId && p.weight <= -3))
  if (!against) return null
  return {
    kind: 'path-conflict',
    severity: 'info',
    title: `${path.name} goes against one of your answers`,
    message: `You answered “${against.label}” to “${against.question.prompt}”, but given the rest of your answers it is still the route the articles point to. If that answer is firm, the move may have to wait until your situation changes.`,
    sources: path.sources,
  }
}

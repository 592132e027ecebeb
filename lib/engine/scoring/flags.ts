import type { Answers } from '@/lib/engine/content/answers'
import type { Action, Content } from '@/lib/engine/content/schema'
import {
  CITED,
  DID_WORDS_BELOW,
  FLAT_MAX_DIFFERENT,
  FLAT_SPREAD,
  OVERCONFIDENCE_MARGIN,
  PATH_AGAINST_AT,
  QUICK_TEST_HOURS,
  SELF_HIGH,
} from '@/lib/engine/scoring/calibration'
import type { Chosen } from '@/lib/engine/scoring/chosen'
import { allHold } from '@/lib/engine/scoring/conditions'
import type { Flag, PathRecommendation, SkillResult, TransitionWindow } from '@/lib/engine/scoring/result-schema'
import { countWord, displayName, lowerFirst } from '@/lib/engine/scoring/text'

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

/**
 * Where what you did places you, in words (the skill's score is shown beside it; a second number would clash), in
 * one of a few wordings (`turn`), so several flags don't repeat one phrase.
 */
export function didInWords(didScore: number, turn = 0): string {
  const words =
    didScore < DID_WORDS_BELOW[0]
      ? ['near the bottom of the range', 'close to the lowest answers', 'at the very low end']
      : didScore < DID_WORDS_BELOW[1]
        ? ['in the lower part of the range', 'below the middle', 'on the low side']
        : didScore < DID_WORDS_BELOW[2]
          ? ['around the middle of the range', 'about halfway', 'in the middle']
          : ['in the upper part of the range', 'above the middle', 'on the high side']
  return words[turn % words.length] ?? ''
}

/** A self-rating (0, 25, 50, 75 or 100) as the level the person picked. */
const levelOf = (selfRating: number) => `level ${Math.round(selfRating / 25) + 1} of 5`

// Several over-confidence flags can stand one under another: three wordings of each part, taken in turn.
const OVER: ((skill: string, level: string, did: string) => string)[] = [
  (skill, level, did) =>
    `Your self-rating is ${level}, but what you've done puts ${skill} ${did}: something to prove until you can point to examples.`,
  (skill, level, did) =>
    `Your ${level} rating runs ahead of your record, which places ${skill} ${did}: back it up before an interview leans on it.`,
  (skill, level, did) =>
    `At ${level} you see yourself as strong, yet what you've done sits ${did} for ${skill}: find one concrete example, or rate it lower.`,
]
const TITLES = [
  (skill: string) => `${skill}: your self-rating outruns what you've done`,
  (skill: string) => `${skill}: rated higher than your record shows`,
  (skill: string) => `${skill}: a rating still to back up`,
]
const TEST = ['A quick way to test it', 'To check it cheaply', 'One small way to find out']

/** Skills where the self-rating runs well ahead of what was done, each with a quick test of the skill. */
export function overConfidenceFlags(
  content: Content,
  skills: readonly SkillResult[],
  pathId: string,
  answers: Answers,
): Flag[] {
  return skills.filter(isOverConfident).map((s, i) => {
    const action = quickTest(content, s.skillId, pathId, answers)
    const quick = action && action.effortHours <= QUICK_TEST_HOURS
    const test = action
      ? ` ${quick ? TEST[i % TEST.length] : 'One way to test it'}: ${lowerFirst(action.title)} (${action.effortHours} hours).`
      : ''
    const say = OVER[i % OVER.length] ?? OVER[0]
    const title = TITLES[i % TITLES.length] ?? TITLES[0]
    return {
      kind: 'over-confidence',
      severity: 'warning',
      title: title?.(s.name) ?? s.name,
      message: `${say?.(displayName(s.name), levelOf(s.selfRating), didInWords(s.didScore, i)) ?? ''}${test}`,
      skillId: s.skillId,
      sources: s.sources,
    }
  })
}

export function timelineFlag(targetWeeks: number | null, window: TransitionWindow): Flag | null {
  if (targetWeeks === null || targetWeeks >= window.minWeeks) return null
  // The reasons are listed with the window; here only how many there are, so the same sentences are not read twice.
  const longer = window.reasons.filter((r) => r.effect === 'longer').length
  return {
    kind: 'timeline',
    severity: 'info',
    title: 'Your timeline is shorter than our estimate',
    message: `You hoped to move within about ${targetWeeks} weeks; our estimate is ${window.minWeeks}–${window.maxWeeks} weeks${longer > 0 ? `, for the ${countWord(longer)} reason${longer === 1 ? '' : 's'} marked as lengthening it where the window is explained` : ''}. More hours a week, or a role that leans on your strengths, are the main ways to shorten it.`,
    sources: [CITED.typicalWindow],
  }
}

/** The recommended path goes against an answer (e.g. "I want to stay where I am" at a company without PMs). */
export function pathConflictFlag(path: PathRecommendation, chosen: readonly Chosen[]): Flag | null {
  const against = chosen.find((c) =>
    c.effects.paths.some((p) => p.pathId === path.pathId && p.weight <= PATH_AGAINST_AT),
  )
  if (!against) return null
  return {
    kind: 'path-conflict',
    severity: 'info',
    title: `${path.name} goes against one of your answers`,
    message: `You answered “${against.label}” to “${against.question.prompt}”, but given the rest of your answers it is still the route the articles point to. If that answer is firm, the move may have to wait until your situation changes.`,
    sources: path.sources,
  }
}

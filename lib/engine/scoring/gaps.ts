import type { Content } from '@/lib/engine/content/schema'
import {
  DID_KINDS,
  GAP_BELOW,
  GAP_IMPORTANCE,
  MAX_GAPS,
  MAX_STRENGTHS,
  MIN_GAPS,
  ROLE_LEANS_HEAVILY,
  SEVERE_GAP_BELOW,
  STRENGTH_MIN,
} from '@/lib/engine/scoring/calibration'
import type { Gap, RoleFit, SkillResult, Strength } from '@/lib/engine/scoring/result-schema'
import { article, countWord, displayName, lowerFirst, wordings } from '@/lib/engine/scoring/text'

const kindOf = (content: Content, questionId: string) => content.questions.find((q) => q.id === questionId)?.category

/** How the best role leans on a skill, in words, handed out so that no wording repeats in one readout. */
export type Leans = (roleName: string, weight: number) => string | null

/**
 * "a technical product manager leans on it heavily" / "… relies on it", for the role weight of one skill: each
 * wording once per readout (strengths and gaps share them), then nothing, since by then the reader knows.
 */
export function roleLeans(): Leans {
  const heavy = wordings([
    (as: string) => `${as} leans on it heavily`,
    (as: string) => `it is central to work as ${as}`,
    (as: string) => `${as} uses it every week`,
    (as: string) => `${as} can hardly do without it`,
  ])
  const some = wordings([
    (as: string) => `${as} relies on it`,
    (as: string) => `it matters in work as ${as}`,
    (as: string) => `${as} needs it regularly`,
    (as: string) => `it comes up often for ${as}`,
  ])
  return (roleName, weight) => {
    const shown = displayName(roleName)
    return (weight >= ROLE_LEANS_HEAVILY ? heavy : some)()?.(`${article(shown)} ${shown}`) ?? null
  }
}

const roleWeight = (content: Content, roleId: string, skillId: string) =>
  content.roles.find((r) => r.id === roleId)?.leansOn.find((l) => l.skillId === skillId)?.weight ?? 0

/**
 * Transferable strengths, strongest first, each with the answers that earned it: what you did before scenarios,
 * scenarios before self-ratings. Strengths resting on little evidence come after the rest (the summary names the
 * first ones) and say so.
 */
export function findStrengths(
  content: Content,
  skills: readonly SkillResult[],
  bestRole: RoleFit,
  leans: Leans = roleLeans(),
): Strength[] {
  // A strength must rest on something done: a self-rating, a scenario or a background answer alone never makes one.
  const shown = (s: SkillResult) =>
    s.contributions.some((c) => c.delta > 0 && DID_KINDS.has(kindOf(content, c.questionId) ?? 'context'))
  const tentative = (s: SkillResult) => (s.confidence.level === 'low' ? 1 : 0)
  const usual = wordings(USUAL)
  const rare = wordings(RARE)
  // One answer can back several strengths (years of shipping moves three skills): it is quoted for two at most.
  const quoted = new Map<string, number>()
  return skills
    .filter((s) => s.score >= STRENGTH_MIN && shown(s))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_STRENGTHS)
    .sort((a, b) => tentative(a) - tentative(b) || b.score - a.score)
    .map((s, i) => {
      const positive = s.contributions.filter((c) => c.delta > 0)
      const rank = (id: string) => {
        const k = kindOf(content, id)
        return k && DID_KINDS.has(k) ? 0 : k === 'scenario' ? 1 : k === 'context' ? 2 : 3
      }
      // Self-ratings are not evidence of a strength: it must rest on something done, and the rating shows beside it.
      const ranked = [...positive]
        .filter((c) => kindOf(content, c.questionId) !== 'self-rating')
        .sort((a, b) => rank(a.questionId) - rank(b.questionId))
        .filter((c, j, all) => all.findIndex((x) => x.reason === c.reason) === j)
      const fresh = ranked.filter((c) => (quoted.get(c.questionId) ?? 0) < 2)
      // …unless that would leave the strength with nothing to show for it.
      const evidence = (fresh.length > 0 ? fresh : ranked).slice(0, fresh.length > 0 ? 3 : 1)
      for (const c of evidence) quoted.set(c.questionId, (quoted.get(c.questionId) ?? 0) + 1)
      const did = positive.filter((c) => DID_KINDS.has(kindOf(content, c.questionId) ?? 'context')).length
      const w = roleWeight(content, bestRole.roleId, s.skillId)
      const name = displayName(s.name)
      // The evidence itself is listed beside this sentence, so the sentence says what it means, not what it was.
      const backed =
        did > 0
          ? BACKED[i % BACKED.length]?.(countWord(did), did, name)
          : `${s.name} rests on scenarios and your self-rating more than on examples`
      const said = w > 0 ? leans(bestRole.name, w) : null
      const lean = said ? `; ${said}` : ''
      const common = content.skills.find((k) => k.id === s.skillId)?.engineerCommonality
      const carries = (common === 'usually-strong' ? usual() : rare()) ?? ''
      return {
        skillId: s.skillId,
        name: s.name,
        score: s.score,
        confidence: s.confidence.level,
        why: `${backed}${lean}.${carries ? ` ${carries}` : ''}`,
        evidence: evidence.map((c) => c.reason),
      }
    })
}

// Up to five strengths sit one under another: each part of the sentence comes in several wordings, taken in turn,
// so no phrase repeats down the list.
const BACKED: ((count: string, n: number, name: string) => string)[] = [
  (count, n) => `${capital(count)} of your answers about your work ${n === 1 ? 'shows' : 'show'} it`,
  (count, n) =>
    `You have done this: ${count} answer${n === 1 ? ' about your work backs' : 's about your work back'} it up`,
  (count, n) => `Backed by ${count} thing${n === 1 ? '' : 's'} you have actually done`,
  (_, n, name) => `Your record shows ${name}${n > 1 ? ' more than once' : ''}`,
  (count, n) => `It comes from your work, not just your rating (${count} answer${n === 1 ? '' : 's'})`,
]
const USUAL = [
  'Engineers usually bring it: name it in interviews.',
  'Most engineers share it, so make it visible.',
  'Common among engineers: pair it with a rarer skill in your story.',
]
const RARE = [
  'Many engineers have to build it, so it sets you apart.',
  'Fewer engineers arrive with it: lead with it.',
  'Rarer among engineers, so worth a story of its own.',
]

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * Gaps ranked by how much they matter for the roles that fit best: the size of the gap (100 − score) times how
 * heavily the best first-move role, and to a lesser degree the runner-up, lean on the skill. Every PM needs some of
 * every skill, so an unweighted skill keeps a third of its importance. The MAX_GAPS most important gaps are listed,
 * and then every severe gap (below SEVERE_GAP_BELOW) not among them, whatever the roles lean on. Strong candidates still get their weakest
 * areas, lowest first, so there is always something to work on. Gaps resting on little evidence come after the
 * others: the summary names the first gaps, and never a tentative one ahead of a well-supported one.
 */
export function rankGaps(
  content: Content,
  skills: readonly SkillResult[],
  roles: readonly RoleFit[],
  bestRoleId: string,
  leans: Leans = roleLeans(),
): Gap[] {
  const runnerUp = roles.find((r) => r.open && r.timing === 'first-move' && r.roleId !== bestRoleId)
  const best = roles.find((r) => r.roleId === bestRoleId)
  const ranked = skills.map((s, order) => {
    const wBest = roleWeight(content, bestRoleId, s.skillId)
    const wRunner = runnerUp ? roleWeight(content, runnerUp.roleId, s.skillId) : 0
    const relevance = Math.max(wBest, GAP_IMPORTANCE.runnerUpShare * wRunner) / ROLE_LEANS_HEAVILY
    const { floor } = GAP_IMPORTANCE
    return { s, order, wBest, wRunner, importance: Math.round((100 - s.score) * (floor + (1 - floor) * relevance)) }
  })
  const byImportance = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    b.importance - a.importance || a.order - b.order
  // The most important gaps, up to MAX_GAPS, and then every severe gap not among them: none is ever cut.
  const top = ranked
    .filter((r) => r.s.score < GAP_BELOW)
    .sort(byImportance)
    .slice(0, MAX_GAPS)
  const severe = ranked.filter((r) => r.s.score < SEVERE_GAP_BELOW && !top.includes(r))
  const below = top
  const fill =
    severe.length + below.length >= MIN_GAPS
      ? []
      : ranked
          .filter((r) => r.s.score >= GAP_BELOW)
          .sort((a, b) => a.s.score - b.s.score || a.order - b.order)
          .slice(0, MIN_GAPS - severe.length - below.length)
  const tentative = (r: (typeof ranked)[number]) => (r.s.confidence.level === 'low' ? 1 : 0)
  const chosen = [...severe, ...below, ...fill].sort((a, b) => tentative(a) - tentative(b) || byImportance(a, b))
  const firstMoves = roles.filter((r) => r.open && r.timing === 'first-move').slice(0, 3)

  const everyPm = wordings(EVERY_PM, 2)
  const thin = wordings(THIN, 2)
  const notWeak = wordings(NOT_WEAK, 2)
  return chosen.map((r, i) => {
    const drag = r.s.holdsBack
    const name = displayName(r.s.name)
    // Only the best role is named: a gap never cites a role the readout does not point to.
    const lean = (r.wBest > 0 && best ? leans(best.name, r.wBest) : everyPm()) ?? null
    const opening =
      r.s.score >= GAP_BELOW
        ? `${notWeak() ?? `${capital(name)} is fine, just below your others`}${drag ? `: ${lowerFirst(stripStop(drag))}` : ''}`
        : drag
          ? stripStop(drag)
          : (thin() ?? `Little in your answers shows ${name} yet`)

    return {
      skillId: r.s.skillId,
      name: r.s.name,
      score: r.s.score,
      rank: i + 1,
      importance: Math.min(100, r.importance),
      confidence: r.s.confidence.level,
      why: lean ? `${opening}; ${lean}.` : `${opening}.`,
      forRoles: firstMoves.filter((role) => roleWeight(content, role.roleId, r.s.skillId) > 0).map((role) => role.name),
      ...(r.s.score < SEVERE_GAP_BELOW ? { severe: true } : {}),
    }
  })
}

const NOT_WEAK = [
  'Not weak, but among your lowest',
  'Solid, yet one of your lower skills',
  'Fine for now, though below your best',
]
const EVERY_PM = ['every PM needs some of it', 'no PM role can do without it', 'it comes up in any product job']
const THIN = [
  'Your answers show only a little of it so far',
  'Little in your answers shows it yet',
  'So far there is not much evidence of it',
]

const stripStop = (s: string) => s.replace(/[.!]\s*$/, '')

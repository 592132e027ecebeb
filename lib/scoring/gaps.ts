import type { Content } from '@/lib/content/schema'
import { DID_KINDS, GAP_BELOW, MAX_GAPS, MAX_STRENGTHS, MIN_GAPS, STRENGTH_MIN } from '@/lib/scoring/calibration'
import type { Gap, RoleFit, SkillResult, Strength } from '@/lib/scoring/result-schema'
import { article, countWord, displayName, lowerFirst } from '@/lib/scoring/text'

const kindOf = (content: Content, questionId: string) => content.questions.find((q) => q.id === questionId)?.category

/** "a technical product manager leans on it heavily" / "… relies on it", for the role weight of one skill. */
function roleLean(roleName: string, weight: number): string {
  const shown = displayName(roleName)
  return `${article(shown)} ${shown} ${weight >= 3 ? 'leans on it heavily' : 'relies on it'}`
}

const roleWeight = (content: Content, roleId: string, skillId: string) =>
  content.roles.find((r) => r.id === roleId)?.leansOn.find((l) => l.skillId === skillId)?.weight ?? 0

/**
 * Transferable strengths, strongest first, each with the answers that earned it: what you did before scenarios,
 * scenarios before self-ratings. A strength resting on little evidence says so.
 */
export function findStrengths(content: Content, skills: readonly SkillResult[], bestRole: RoleFit): Strength[] {
  // A strength must rest on something done: a self-rating, a scenario or a background answer alone never makes one.
  const shown = (s: SkillResult) =>
    s.contributions.some((c) => c.delta > 0 && DID_KINDS.has(kindOf(content, c.questionId) ?? 'context'))
  return skills
    .filter((s) => s.score >= STRENGTH_MIN && shown(s))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_STRENGTHS)
    .map((s) => {
      const positive = s.contributions.filter((c) => c.delta > 0)
      const rank = (id: string) => {
        const k = kindOf(content, id)
        return k && DID_KINDS.has(k) ? 0 : k === 'scenario' ? 1 : k === 'context' ? 2 : 3
      }
      const evidence = [...positive]
        .sort((a, b) => rank(a.questionId) - rank(b.questionId))
        .map((c) => c.reason)
        .filter((r, i, all) => all.indexOf(r) === i)
        .slice(0, 3)
      const did = positive.filter((c) => DID_KINDS.has(kindOf(content, c.questionId) ?? 'context')).length
      const w = roleWeight(content, bestRole.roleId, s.skillId)
      const lean = w > 0 ? `, and ${roleLean(bestRole.name, w)}` : ''
      const common = content.skills.find((k) => k.id === s.skillId)?.engineerCommonality
      const shown =
        did > 0
          ? `${capital(countWord(did))} of your answers about your work ${did === 1 ? 'shows' : 'show'} ${displayName(s.name)}${lean}`
          : `${s.name} rests on scenarios, background and your self-rating rather than on examples${lean}`
      const carries =
        common === 'usually-strong'
          ? 'engineers usually bring it'
          : 'many engineers have to build it, so it sets you apart'
      return {
        skillId: s.skillId,
        name: s.name,
        score: s.score,
        confidence: s.confidence.level,
        why: `${shown}; ${carries}.`,
        evidence,
      }
    })
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * Gaps ranked by how much they matter for the roles that fit best: the size of the gap (100 − score) times how
 * heavily the best first-move role, and to a lesser degree the runner-up, lean on the skill. Every PM needs some of
 * every skill, so an unweighted skill keeps a third of its importance. Strong candidates still get their weakest
 * areas, lowest first, so there is always something to work on.
 */
export function rankGaps(
  content: Content,
  skills: readonly SkillResult[],
  roles: readonly RoleFit[],
  bestRoleId: string,
): Gap[] {
  const runnerUp = roles.find((r) => r.open && r.timing === 'first-move' && r.roleId !== bestRoleId)
  const best = roles.find((r) => r.roleId === bestRoleId)
  const ranked = skills.map((s, order) => {
    const wBest = roleWeight(content, bestRoleId, s.skillId)
    const wRunner = runnerUp ? roleWeight(content, runnerUp.roleId, s.skillId) : 0
    const relevance = Math.max(wBest / 3, (0.6 * wRunner) / 3)
    return { s, order, wBest, wRunner, importance: Math.round((100 - s.score) * (0.35 + 0.65 * relevance)) }
  })
  const below = ranked.filter((r) => r.s.score < GAP_BELOW)
  const fill =
    below.length >= MIN_GAPS
      ? []
      : ranked
          .filter((r) => r.s.score >= GAP_BELOW)
          .sort((a, b) => a.s.score - b.s.score || a.order - b.order)
          .slice(0, MIN_GAPS - below.length)
  const chosen = [...below, ...fill].sort((a, b) => b.importance - a.importance || a.order - b.order).slice(0, MAX_GAPS)
  const firstMoves = roles.filter((r) => r.open && r.timing === 'first-move').slice(0, 3)

  return chosen.map((r, i) => {
    const drag = r.s.holdsBack
    const lean =
      r.wBest > 0 && best
        ? roleLean(best.name, r.wBest)
        : r.wRunner > 0 && runnerUp
          ? roleLean(runnerUp.name, r.wRunner)
          : 'every PM needs some of it'
    const opening =
      r.s.score >= GAP_BELOW
        ? `Not weak, but among your lowest${drag ? `: ${lowerFirst(stripStop(drag))}` : ''}`
        : drag
          ? stripStop(drag)
          : 'Your answers show only a little of it so far'

    return {
      skillId: r.s.skillId,
      name: r.s.name,
      score: r.s.score,
      rank: i + 1,
      importance: Math.min(100, r.importance),
      confidence: r.s.confidence.level,
      why: `${opening}; ${lean}.`,
      forRoles: firstMoves.filter((role) => roleWeight(content, role.roleId, r.s.skillId) > 0).map((role) => role.name),
    }
  })
}

const stripStop = (s: string) => s.replace(/[.!]\s*$/, '')

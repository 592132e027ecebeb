import { GAP_BELOW, MAX_GAPS, MIN_GAPS, STRENGTH_MIN } from '@/lib/scoring/calibration'
import type { EngineIndex } from '@/lib/scoring/engine-index'
import type { Gap, RoleFit, SkillResult, Strength } from '@/lib/scoring/result-schema'
import { lowerFirst } from '@/lib/scoring/text'

const MAX_STRENGTHS = 6
const zeros = new Map<number, Float64Array>()
const noWeights = (n: number) => {
  let z = zeros.get(n)
  if (!z) {
    z = new Float64Array(n)
    zeros.set(n, z)
  }
  return z
}

/** Transferable strengths, strongest first, each with the answers that earned it. */
export function findStrengths(index: EngineIndex, skills: SkillResult[]): Strength[] {
  return skills
    .filter((s) => s.score >= STRENGTH_MIN)
    .sort((a, b) => b.score - a.score)
    .map((s) => {
      const skill = index.skillById.get(s.skillId)
      // Evidence first: what you did says more than how you rated yourself.
      const positive = s.contributions.filter((c) => c.delta > 0)
      const ordered = [
        ...positive.filter((c) => c.category !== 'anchored'),
        ...positive.filter((c) => c.category === 'anchored'),
      ]
      const evidence: string[] = []
      for (const c of ordered) {
        if (evidence.length === 3) break
        if (!evidence.includes(c.reason)) evidence.push(c.reason)
      }
      const carries =
        skill?.engineerCommonality === 'usually-strong'
          ? 'It is one of the skills the articles say carries over from engineering — lead with it.'
          : 'Many engineers have to build this one; you already show it, which sets you apart.'
      return {
        skillId: s.skillId,
        name: s.name,
        score: s.score,
        why: `${s.name} scored ${s.score} (${s.confidence.level} confidence). ${carries}`,
        evidence,
        sources: s.sources,
      }
    })
    .slice(0, MAX_STRENGTHS)
}

/**
 * Gaps ranked by how much they matter for the roles that fit best: the size of the gap (100 − score) times how
 * heavily the best first-move role, and to a lesser degree the runner-up, lean on the skill. Every PM needs some of
 * every skill, so even an unweighted skill keeps a third of its importance.
 */
export function rankGaps(index: EngineIndex, skills: SkillResult[], roles: RoleFit[], bestRoleId: string): Gap[] {
  const firstMoves = roles.filter((r) => r.timing === 'first-move')
  const runnerUp = firstMoves.find((r) => r.roleId !== bestRoleId)
  const NONE = noWeights(skills.length)
  const bestWeights = index.roleWeightBySkill.get(bestRoleId) ?? NONE
  const runnerWeights = (runnerUp && index.roleWeightBySkill.get(runnerUp.roleId)) || NONE
  const best = roles.find((r) => r.roleId === bestRoleId)

  const ranked = skills.map((s, order) => {
    const wBest = bestWeights[order] ?? 0
    const wRunner = runnerWeights[order] ?? 0
    const relevance = Math.max(wBest / 3, (0.6 * wRunner) / 3)
    const importance = Math.round((100 - s.score) * (0.35 + 0.65 * relevance))
    return { s, order, importance, wBest, wRunner }
  })
  const byImportance = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    b.importance - a.importance || a.order - b.order
  const below = ranked.filter((r) => r.s.score < GAP_BELOW)
  // Strong candidates still get their weakest areas, lowest score first, so there is always something to work on.
  const fill =
    below.length >= MIN_GAPS
      ? []
      : ranked
          .filter((r) => r.s.score >= GAP_BELOW)
          .sort((a, b) => a.s.score - b.s.score || a.order - b.order)
          .slice(0, MIN_GAPS - below.length)
  const chosen = [...below, ...fill].sort(byImportance).slice(0, MAX_GAPS)
  const topRoles = firstMoves
    .slice(0, 3)
    .map((role) => ({ name: role.name, w: index.roleWeightBySkill.get(role.roleId) ?? NONE }))

  return chosen.map((r, i) => {
    const skill = index.skillById.get(r.s.skillId)
    const forRoles = topRoles.filter((role) => (role.w[r.order] ?? 0) > 0).map((role) => role.name)
    const bestName = best?.name ?? 'Your best-fit role'
    let why = `${r.s.name} scored ${r.s.score} (${r.s.confidence.level} confidence). `
    if (r.wBest >= 3) why += `${bestName} leans on it heavily.`
    else if (r.wBest > 0) why += `${bestName} relies on it.`
    else if (r.wRunner > 0 && runnerUp) why += `${runnerUp.name} relies on it.`
    else why += 'Every PM needs some of it, even where a role leans on it less.'
    if (r.s.score >= GAP_BELOW) why += ' It is not weak, but it is your lowest relative to the rest.'
    if (skill?.engineerCommonality === 'usually-gap')
      why += ' The articles name it among the skills engineers most often need to build.'
    const drag = r.s.contributions.find((c) => c.delta < 0)
    if (drag) why += ` Biggest drag: ${lowerFirst(drag.reason)}`
    return {
      skillId: r.s.skillId,
      name: r.s.name,
      score: r.s.score,
      rank: i + 1,
      importance: Math.min(100, r.importance),
      why,
      forRoles,
      sources: r.s.sources,
    }
  })
}

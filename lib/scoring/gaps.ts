import { EVIDENCE_CATEGORIES, GAP_BELOW, MAX_GAPS, MIN_GAPS, STRENGTH_MIN } from '@/lib/scoring/calibration'
import type { EngineIndex } from '@/lib/scoring/engine-index'
import type { Gap, RoleFit, SkillResult, Strength } from '@/lib/scoring/result-schema'
import { lowConfidenceNote } from '@/lib/scoring/skills'
import { article, displayName, lowerFirst } from '@/lib/scoring/text'

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

const COUNT = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six']
// "A technical product manager relies on it" / "…leans on it heavily", built once per role name and shared.
const leans = new Map<string, { relies: string; heavy: string; reliesMid: string; heavyMid: string }>()
function roleLean(role: string, w: number, midSentence = false): string {
  let l = leans.get(role)
  if (!l) {
    const shown = displayName(role)
    const a = article(shown)
    l = {
      relies: `${a === 'an' ? 'An' : 'A'} ${shown} relies on it`,
      heavy: `${a === 'an' ? 'An' : 'A'} ${shown} leans on it heavily`,
      reliesMid: `${a} ${shown} relies on it`,
      heavyMid: `${a} ${shown} leans on it heavily`,
    }
    // Role names come from content, so this stays small.
    if (leans.size < 1000) leans.set(role, l)
  }
  return w >= 3 ? (midSentence ? l.heavyMid : l.heavy) : midSentence ? l.reliesMid : l.relies
}
const withLowNote = (why: string, s: SkillResult) => {
  const note = lowConfidenceNote(s.confidence)
  return note ? `${why} ${note}` : why
}

/**
 * Transferable strengths, strongest first, each with the answers that earned it. The "why" opens with the reason
 * (how many answers show it, and which role needs it); the score sits beside it on the page, so it isn't repeated.
 */
export function findStrengths(index: EngineIndex, skills: SkillResult[], bestRole: RoleFit): Strength[] {
  const weights = index.roleWeightBySkill.get(bestRole.roleId)
  return skills
    .filter((s) => s.score >= STRENGTH_MIN)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_STRENGTHS)
    .map((s, rank) => {
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
      // Distinct questions about behaviour that raised it (a multi-choice question counts once).
      const asked: string[] = []
      for (const c of positive)
        if (EVIDENCE_CATEGORIES.has(c.category) && !asked.includes(c.questionId)) asked.push(c.questionId)
      const shown = asked.length
      const w = weights?.[index.skillIndex.get(s.skillId) ?? -1] ?? 0
      const role = w > 0 ? `, and ${roleLean(bestRole.name, w, true)}` : ''
      const reason =
        shown > 0
          ? `${COUNT[Math.min(shown, 6)]} of your answers about your work point${shown === 1 ? 's' : ''} to it${role}.`
          : `It rests on your self-rating and background rather than on examples${role}.`
      const carries =
        skill?.engineerCommonality !== 'usually-strong'
          ? 'Many engineers have to build this one; you already show it, which sets you apart.'
          : rank < 2
            ? 'It is one of the skills the articles say carry over from engineering: lead with it.'
            : 'The articles count it among the skills that carry over from engineering.'
      return {
        skillId: s.skillId,
        name: s.name,
        score: s.score,
        why: withLowNote(`${reason} ${carries}`, s),
        evidence,
        sources: s.sources,
      }
    })
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

  let namedUsual = false
  return chosen.map((r, i) => {
    const skill = index.skillById.get(r.s.skillId)
    const forRoles = topRoles.filter((role) => (role.w[r.order] ?? 0) > 0).map((role) => role.name)
    const notWeak = r.s.score >= GAP_BELOW
    const drag = r.s.contributions.find((c) => c.delta < 0)
    // Open with the reason: what holds the skill back, in the words of the answer that did it.
    let why = notWeak
      ? 'It is not weak, but it is among your lowest scores.'
      : (drag?.reason ?? 'Your answers show only a little of it so far.')
    if (notWeak && drag) why += ` What holds it back most: ${lowerFirst(drag.reason)}`
    const usualGap = skill?.engineerCommonality === 'usually-gap'
    const usual = usualGap
      ? namedUsual
        ? 'engineers often have to build it too'
        : 'the articles name it among the skills engineers most often have to build'
      : ''
    if (usualGap) namedUsual = true
    const lean =
      r.wBest > 0 && best
        ? roleLean(best.name, r.wBest)
        : r.wRunner > 0 && runnerUp
          ? roleLean(runnerUp.name, r.wRunner)
          : 'Every PM needs some of it, even where a role leans on it less'
    why += ` ${lean}${usual ? `, and ${usual}` : ''}.`
    return {
      skillId: r.s.skillId,
      name: r.s.name,
      score: r.s.score,
      rank: i + 1,
      importance: Math.min(100, r.importance),
      why: withLowNote(why, r.s),
      forRoles,
      sources: r.s.sources,
    }
  })
}

import type { Content, Role } from '@/lib/content/schema'
import { AFFINITY_POINT, LATER_ROLE_PENALTY, ROLE_SKILL_SHARE } from '@/lib/scoring/calibration'
import type { Chosen, EngineIndex } from '@/lib/scoring/engine-index'
import type { RoleFit, SkillResult } from '@/lib/scoring/result-schema'
import { displayName, lowerFirst } from '@/lib/scoring/text'

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)))

/** Weighted average of the skill scores a role leans on. */
export function skillFit(role: Role, scores: Map<string, SkillResult>): number {
  let sum = 0
  let weights = 0
  for (const l of role.leansOn) {
    sum += l.weight * (scores.get(l.skillId)?.score ?? 50)
    weights += l.weight
  }
  return weights > 0 ? sum / weights : 50
}

function affinity(role: Role, chosen: Chosen[]) {
  let points = 0
  const pro: string[] = []
  const con: string[] = []
  for (const c of chosen) {
    for (const r of c.effects.roles) {
      if (r.roleId !== role.id || r.weight === 0) continue
      points += r.weight
      ;(r.weight > 0 ? pro : con).push(c.effects.rationale)
    }
  }
  return { points, pro, con }
}

/** Fit for every role, best first (ties keep content order). */
export function scoreRoles(content: Content, index: EngineIndex, chosen: Chosen[], skills: SkillResult[]): RoleFit[] {
  const scores = new Map(skills.map((s) => [s.skillId, s]))
  const fits = content.roles.map((role, order) => {
    const fromSkills = skillFit(role, scores)
    const a = affinity(role, chosen)
    const interest = clamp(50 + AFFINITY_POINT * a.points)
    const penalty = role.timing === 'later' ? LATER_ROLE_PENALTY : 0
    const score = clamp(ROLE_SKILL_SHARE * fromSkills + (1 - ROLE_SKILL_SHARE) * interest - penalty)

    const leaned = role.leansOn
      .map((l) => ({ l, s: scores.get(l.skillId) }))
      .filter((x): x is { l: (typeof role.leansOn)[number]; s: SkillResult } => x.s !== undefined)
    const best = [...leaned].sort((x, y) => y.l.weight * y.s.score - x.l.weight * x.s.score).slice(0, 2)
    const worst = [...leaned].sort((x, y) => x.s.score - y.s.score || y.l.weight - x.l.weight)[0]
    const why: string[] = []
    if (best.length > 0)
      why.push(`It leans on ${best.map((b) => `${displayName(b.s.name)} (you: ${b.s.score})`).join(' and ')}.`)
    if (worst && worst.s.score < 55)
      why.push(`Your biggest gap for it is ${displayName(worst.s.name)} (${worst.s.score}).`)
    for (const p of a.pro.slice(0, 2)) why.push(p)
    for (const c of a.con.slice(0, 1)) why.push(`Less in its favour: ${lowerFirst(c)}`)
    if (role.timing === 'later')
      why.push(
        'The articles suggest moving into this kind of role after a first PM job, once you have product experience.',
      )
    const fit: RoleFit = {
      roleId: role.id,
      name: role.name,
      summary: role.summary,
      score,
      timing: role.timing,
      why,
      sources: index.citations(role.sources),
    }
    return { fit, order }
  })
  fits.sort((x, y) => y.fit.score - x.fit.score || x.order - y.order)
  return fits.map((f) => f.fit)
}

/** The best role to aim for first: the top-scoring role the articles treat as a first move. */
export function bestFirstRole(roles: RoleFit[]): RoleFit {
  const first = roles.find((r) => r.timing === 'first-move') ?? roles[0]
  if (!first) throw new Error('scoreRoles: content has no roles')
  return first
}

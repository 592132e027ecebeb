import type { Content, Role } from '@/lib/content/schema'
import { AFFINITY_POINT, LATER_ROLE_PENALTY, ROLE_SKILL_SHARE } from '@/lib/scoring/calibration'
import type { Chosen } from '@/lib/scoring/chosen'
import type { EngineIndex } from '@/lib/scoring/engine-index'
import type { RoleFit, SkillResult } from '@/lib/scoring/result-schema'
import { displayName, lowerFirst } from '@/lib/scoring/text'

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)))

/** Weighted average of the skill scores a role leans on (skills in content order). */
export function skillFit(index: EngineIndex, role: Role, skills: SkillResult[]): number {
  let sum = 0
  let weights = 0
  for (const { i, w } of index.roleLeans.get(role.id) ?? []) {
    sum += w * (skills[i]?.score ?? 50)
    weights += w
  }
  return weights > 0 ? sum / weights : 50
}

type Affinity = { points: number; pro: string[]; con: string[] }

/** Interest in each role from the answers (specialty, interests, experience, company), in one pass. */
function affinities(chosen: Chosen[]): Map<string, Affinity> {
  const out = new Map<string, Affinity>()
  for (const c of chosen) {
    for (const r of c.effects.roles) {
      if (r.weight === 0) continue
      let a = out.get(r.roleId)
      if (!a) {
        a = { points: 0, pro: [], con: [] }
        out.set(r.roleId, a)
      }
      a.points += r.weight
      ;(r.weight > 0 ? a.pro : a.con).push(c.effects.rationale)
    }
  }
  return out
}

const NONE: Affinity = { points: 0, pro: [], con: [] }

/** Fit for every role, best first (ties keep content order). */
export function scoreRoles(content: Content, index: EngineIndex, chosen: Chosen[], skills: SkillResult[]): RoleFit[] {
  const interest = affinities(chosen)
  const fits = content.roles.map((role, order) => {
    const a = interest.get(role.id) ?? NONE
    const penalty = role.timing === 'later' ? LATER_ROLE_PENALTY : 0
    const score = clamp(
      ROLE_SKILL_SHARE * skillFit(index, role, skills) +
        (1 - ROLE_SKILL_SHARE) * clamp(50 + AFFINITY_POINT * a.points) -
        penalty,
    )
    // The two skills doing the most for this role, and its weakest skill.
    type Lean = { w: number; s: SkillResult; name: string }
    let first: Lean | undefined
    let second: Lean | undefined
    let worst: Lean | undefined
    for (const { i, w } of index.roleLeans.get(role.id) ?? []) {
      const s = skills[i]
      if (!s) continue
      const x = { w, s, name: index.skillDisplayNames[i] ?? s.name }
      if (!first || w * s.score > first.w * first.s.score) {
        second = first
        first = x
      } else if (!second || w * s.score > second.w * second.s.score) second = x
      if (!worst || s.score < worst.s.score || (s.score === worst.s.score && w > worst.w)) worst = x
    }
    const why: string[] = []
    if (first) {
      const one = `${first.name} (you: ${first.s.score})`
      why.push(
        second
          ? `It leans on ${one} and ${displayName(second.s.name)} (you: ${second.s.score}).`
          : `It leans on ${one}.`,
      )
    }
    if (worst && worst.s.score < 55) why.push(`Your biggest gap for it is ${worst.name} (${worst.s.score}).`)
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

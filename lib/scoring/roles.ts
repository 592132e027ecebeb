import type { Answers } from '@/lib/content/answers'
import type { Content, Role } from '@/lib/content/schema'
import { AFFINITY_POINT, LATER_ROLE_PENALTY, REALISTIC_MARGIN, ROLE_SKILL_SHARE } from '@/lib/scoring/calibration'
import type { Chosen } from '@/lib/scoring/chosen'
import { allHold, firstUnmet } from '@/lib/scoring/conditions'
import type { RoleFit, SkillResult } from '@/lib/scoring/result-schema'
import { displayName, list } from '@/lib/scoring/text'

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)))

/** Weighted average of the skill scores a role leans on. */
export function skillFit(role: Role, skills: readonly SkillResult[]): number {
  let sum = 0
  let weights = 0
  for (const { skillId, weight } of role.leansOn) {
    sum += weight * (skills.find((s) => s.skillId === skillId)?.score ?? 50)
    weights += weight
  }
  return weights > 0 ? sum / weights : 50
}

type Interest = { points: number; pro: string[]; con: string[] }

/** Interest in each role from the answers (specialty, interests, experience, company), as facts the user gave. */
function interests(chosen: readonly Chosen[]): Map<string, Interest> {
  const out = new Map<string, Interest>()
  for (const c of chosen) {
    for (const r of c.effects.roles) {
      if (r.weight === 0) continue
      const a = out.get(r.roleId) ?? { points: 0, pro: [], con: [] }
      a.points += r.weight
      const fact = `${c.question.shortLabel.replace(/^Your /, '').toLowerCase()}: ${c.label}`
      const side = r.weight > 0 ? a.pro : a.con
      if (!side.includes(fact)) side.push(fact)
      out.set(r.roleId, a)
    }
  }
  return out
}

/**
 * Fit for every role. Skills decide what is realistic; interests only order the roles the person's situation opens
 * (content: `requires`, e.g. years as an engineer) and whose skill fit is within REALISTIC_MARGIN of the best open
 * first move. Order: realistic first moves, other open first moves, later roles, then roles not open yet.
 */
export function scoreRoles(
  content: Content,
  answers: Answers,
  chosen: readonly Chosen[],
  skills: readonly SkillResult[],
): RoleFit[] {
  const interest = interests(chosen)
  const rows = content.roles.map((role, order) => {
    const fit = skillFit(role, skills)
    const a = interest.get(role.id) ?? { points: 0, pro: [], con: [] }
    const open = allHold(role.requires, answers)
    const score = clamp(
      ROLE_SKILL_SHARE * fit +
        (1 - ROLE_SKILL_SHARE) * clamp(50 + AFFINITY_POINT * a.points) -
        (role.timing === 'later' ? LATER_ROLE_PENALTY : 0),
    )
    return { role, order, fit, score, open, interest: a }
  })
  const bestOpenFit = Math.max(
    ...rows.filter((r) => r.open && r.role.timing === 'first-move').map((r) => r.fit),
    Number.NEGATIVE_INFINITY,
  )
  const tier = (r: (typeof rows)[number]) =>
    !r.open ? 3 : r.role.timing === 'later' ? 2 : r.fit >= bestOpenFit - REALISTIC_MARGIN ? 0 : 1
  rows.sort((x, y) => tier(x) - tier(y) || y.score - x.score || x.order - y.order)

  return rows.map((r) => {
    const realistic = tier(r) === 0
    return {
      roleId: r.role.id,
      name: r.role.name,
      summary: r.role.summary,
      score: r.score,
      skillFit: clamp(r.fit),
      timing: r.role.timing,
      open: r.open,
      realistic,
      why: roleWhy(content, r.role, skills, r.interest, r.open, answers),
      sources: r.role.sources,
    }
  })
}

function roleWhy(
  content: Content,
  role: Role,
  skills: readonly SkillResult[],
  interest: Interest,
  open: boolean,
  answers: Answers,
): string[] {
  const why: string[] = []
  if (!open) {
    const unmet = firstUnmet(content, role.requires, answers)
    if (unmet) why.push(`Not open to you yet: the ${displayName(role.name)} role usually needs ${lowerLabel(unmet)}.`)
  }
  const leaned = role.leansOn
    .map((l) => ({ w: l.weight, s: skills.find((x) => x.skillId === l.skillId) }))
    .filter((x): x is { w: number; s: SkillResult } => x.s !== undefined)
  const helping = [...leaned].sort((a, b) => b.w * b.s.score - a.w * a.s.score).slice(0, 2)
  const weakest = [...leaned].sort((a, b) => a.s.score - b.s.score || b.w - a.w)[0]
  const gap =
    weakest && weakest.s.score < 55 && !helping.includes(weakest)
      ? `; your biggest gap for it is ${displayName(weakest.s.name)} (${weakest.s.score})`
      : ''
  if (helping.length > 0)
    why.push(`It leans on ${list(helping.map((x) => `${displayName(x.s.name)} (you: ${x.s.score})`))}${gap}.`)
  if (interest.pro.length > 0)
    why.push(`In favour of the ${displayName(role.name)} role: ${list(interest.pro.slice(0, 3))}.`)
  if (interest.con.length > 0)
    why.push(`Against the ${displayName(role.name)} role: ${list(interest.con.slice(0, 2))}.`)
  if (role.timing === 'later')
    why.push(
      'The articles suggest moving into this kind of role after a first PM job, once you have product experience.',
    )
  return why
}

const lowerLabel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** The best role to aim for first: the top of the ordering (a realistic first move whenever one is open). */
export function bestFirstRole(roles: readonly RoleFit[]): RoleFit {
  const first = roles.find((r) => r.open && r.timing === 'first-move') ?? roles[0]
  if (!first) throw new Error('scoreRoles: content has no roles')
  return first
}

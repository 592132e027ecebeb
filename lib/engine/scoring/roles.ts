import type { Answers } from '@/lib/engine/content/answers'
import type { Condition, Content, Role } from '@/lib/engine/content/schema'
import {
  AFFINITY_POINT,
  GAP_BELOW,
  LATER_ROLE_PENALTY,
  REALISTIC_MARGIN,
  ROLE_SKILL_SHARE,
} from '@/lib/engine/scoring/calibration'
import type { Chosen } from '@/lib/engine/scoring/chosen'
import { allHold, firstUnmet, holds } from '@/lib/engine/scoring/conditions'
import type { RoleFit, SkillResult } from '@/lib/engine/scoring/result-schema'
import { article, displayName, list, lowerFirst, wordings } from '@/lib/engine/scoring/text'

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
      const said = fact(c)
      const side = r.weight > 0 ? a.pro : a.con
      if (!side.includes(said)) side.push(said)
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
    // The articles' "broaden into consumer or growth later" is advice for engineers coming from technical work:
    // someone already doing that kind of work (content: `firstMoveWhen`) can make it their first move.
    const already = role.timing === 'later' ? chosenFor(role.firstMoveWhen, answers, chosen) : []
    const timing: RoleFit['timing'] = role.timing === 'later' && already.length === 0 ? 'later' : 'first-move'
    const score = clamp(
      ROLE_SKILL_SHARE * fit +
        (1 - ROLE_SKILL_SHARE) * clamp(50 + AFFINITY_POINT * a.points) -
        (timing === 'later' ? LATER_ROLE_PENALTY : 0),
    )
    return { role, order, fit, score, open, interest: a, timing, already }
  })
  const bestOpenFit = Math.max(
    ...rows.filter((r) => r.open && r.timing === 'first-move').map((r) => r.fit),
    Number.NEGATIVE_INFINITY,
  )
  const tier = (r: (typeof rows)[number]) =>
    !r.open ? 3 : r.timing === 'later' ? 2 : r.fit >= bestOpenFit - REALISTIC_MARGIN ? 0 : 1
  rows.sort((x, y) => tier(x) - tier(y) || y.score - x.score || x.order - y.order)

  const say = sayings()
  return rows.map((r, rank) => {
    const realistic = tier(r) === 0
    return {
      roleId: r.role.id,
      name: r.role.name,
      summary: r.role.summary,
      score: r.score,
      skillFit: clamp(r.fit),
      timing: r.timing,
      open: r.open,
      realistic,
      why: roleWhy(content, r, skills, answers, rank, say),
      sources: r.role.sources,
    }
  })
}

/** The answers that make any of these conditions hold, as "short label: answer" facts. */
function chosenFor(conditions: readonly Condition[], answers: Answers, chosen: readonly Chosen[]): string[] {
  return conditions
    .filter((c) => holds(c, answers))
    .flatMap((c) =>
      chosen.filter((x) => x.question.id === c.questionId && (!c.anyOf || c.anyOf.includes(x.option?.id ?? ''))),
    )
    .map(fact)
}

const fact = (c: Chosen) => `${c.question.shortLabel.replace(/^Your /, '').toLowerCase()}: ${c.label}`

// Seven roles are explained one under another: each kind of sentence comes in several wordings, handed out in turn
// and each used at most twice, so no phrase runs down the list.
function sayings() {
  return {
    leans: wordings(
      [
        (skills: string) => `It leans on ${skills}`,
        (skills: string) => `Its core skills are ${skills}`,
        (skills: string) => `It asks most for ${skills}`,
      ],
      2,
    ),
    weakest: wordings(
      [
        (gap: string) => `; your biggest gap for it is ${gap}`,
        (gap: string) => `; the weakest of its skills for you is ${gap}`,
        (gap: string) => `; ${gap} would hold you back most`,
        (gap: string) => `, with ${gap} to build first`,
      ],
      2,
    ),
    pointing: wordings(
      [
        (role: string) => `In favour of the ${role} role`,
        (role: string) => `Pointing you to the ${role} role`,
        (role: string) => `What speaks for the ${role} role`,
      ],
      2,
    ),
    later: wordings([
      'The articles suggest moving into this kind of role after a first PM job, once you have product experience.',
      'Usually a second move: the articles advise it once you have a first product role behind you.',
      'Best as a later step, after a first PM role, the articles say.',
    ]),
    closed: wordings(
      [
        (role: string, need: string) => `Not open to you yet: the ${role} role usually needs ${need}.`,
        (role: string, need: string) => `Closed for now, as ${article(role)} ${role} role asks for ${need}.`,
        (_role: string, need: string) => `Out of reach today: ${need}.`,
      ],
      2,
    ),
    // Roles closed for the same reason: the first says it, the others point to it (a new graduate meets five).
    sameAs: wordings(
      [
        (first: string) => `Closed for the same reason as the ${first} role.`,
        (first: string) => `Like the ${first} role, not open to you yet.`,
        (first: string) => `What keeps the ${first} role closed applies here too.`,
      ],
      2,
    ),
    /** Each reason a role is closed, with the first role it was said for. */
    closedFor: new Map<string, string>(),
    /** Answers already quoted in full ("product area: A consumer app"): later roles name only the question. */
    quoted: new Set<string>(),
  }
}
type Sayings = ReturnType<typeof sayings>

/** Answers as a role's reason quotes them: in full the first time, then by their question alone ("your specialty"). */
function quote(say: Sayings, facts: readonly string[]): string[] {
  return facts.map((f) => {
    if (!say.quoted.has(f)) {
      say.quoted.add(f)
      return f
    }
    const at = f.indexOf(': ')
    return at > 0 ? `your ${f.slice(0, at)}` : f
  })
}

function roleWhy(
  content: Content,
  r: { role: Role; open: boolean; interest: Interest; timing: RoleFit['timing']; already: string[] },
  skills: readonly SkillResult[],
  answers: Answers,
  rank: number,
  say: Sayings,
): string[] {
  const { role, interest } = r
  const why: string[] = []
  const shown = displayName(role.name)
  if (!r.open) {
    const unmet = firstUnmet(content, role.requires, answers)
    const first = unmet ? say.closedFor.get(unmet) : undefined
    const closed = first === undefined ? say.closed() : null
    const same = first !== undefined ? say.sameAs() : null
    if (unmet && first === undefined) say.closedFor.set(unmet, shown)
    if (unmet)
      why.push(closed ? closed(shown, lowerFirst(unmet)) : same && first ? same(first) : `Needs ${lowerFirst(unmet)}.`)
  }
  const leaned = role.leansOn
    .map((l) => ({ w: l.weight, s: skills.find((x) => x.skillId === l.skillId) }))
    .filter((x): x is { w: number; s: SkillResult } => x.s !== undefined)
  const helping = [...leaned].sort((a, b) => b.w * b.s.score - a.w * a.s.score).slice(0, 2)
  const weakest = [...leaned].sort((a, b) => a.s.score - b.s.score || b.w - a.w)[0]
  const weak = weakest && weakest.s.score < GAP_BELOW && !helping.includes(weakest) ? say.weakest() : null
  const gap = weak && weakest ? weak(`${displayName(weakest.s.name)} (${weakest.s.score})`) : ''
  const leans = list(helping.map((x) => `${displayName(x.s.name)} (you: ${x.s.score})`))
  // The top role's first reason names what put it there: its skills and the answers that point to it.
  if (rank === 0 && r.open && helping.length > 0) {
    const answered = [...new Set([...r.already, ...interest.pro])].slice(0, 3)
    why.push(
      `Top of your list because it leans on ${leans}${answered.length > 0 ? `, and because of your answers (${quote(say, answered).join('; ')})` : ', where your answers are strongest'}${gap}.`,
    )
  } else {
    if (helping.length > 0) why.push(`${(say.leans() ?? ((x: string) => `Skills: ${x}`))(leans)}${gap}.`)
    const pointing = say.pointing()
    if (interest.pro.length > 0)
      why.push(`${pointing ? pointing(shown) : 'For it'}: ${list(quote(say, interest.pro.slice(0, 3)))}.`)
  }
  if (interest.con.length > 0) why.push(`Against the ${shown} role: ${list(interest.con.slice(0, 2))}.`)
  if (r.timing === 'later') why.push(say.later() ?? 'A later move.')
  else if (r.already.length > 0)
    why.push(
      `You already do this kind of work (${quote(say, r.already).join('; ')}), so the articles' advice to move into it only after a first PM job, meant for engineers coming from technical work, does not hold you back.`,
    )
  return why
}

/** The best role to aim for first: the top of the ordering (a realistic first move whenever one is open). */
export function bestFirstRole(roles: readonly RoleFit[]): RoleFit {
  const first = roles.find((r) => r.open && r.timing === 'first-move') ?? roles[0]
  if (!first) throw new Error('scoreRoles: content has no roles')
  return first
}

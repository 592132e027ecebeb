import type { Content } from '@/lib/engine/content/schema'
import type { RaterItem } from './items'

// Self beside others, per skill, on the same items only: for each item a rater answered, whether their answer counts
// for more, the same or less than the owner's own answer to it (by the content's own answer weights), and for the
// skill as a whole where each set of answers sits between the lowest and the highest the items allow (0–100), which
// only decides the blind-spot and hidden-strength flags. That item-level figure is not a score for the skill — the
// readout weighs more questions and a starting point — so the page shows the readout's score as the one score and
// the comparison in words (more / the same / less, on how many questions), never a second number. Pure.

/** Self this many points above the others (or below) on a skill is a blind spot (or a hidden strength). */
export const BLIND_SPOT_MARGIN = 20
/** With this many raters or more, only their average is shown, never one rater's view. */
export const AGGREGATE_FROM = 3

export type RaterView = { answers: Record<string, string>; signature: string | null }

/** On how many of the compared items the others' answers count for more, the same, or less than the owner's. */
export type Agreement = { more: number; same: number; less: number }

export type SkillComparison = {
  skillId: string
  name: string
  /** Where the owner's answers sit on the compared items (0–100): for the flag only, never shown as a score. */
  self: number
  /** One entry per rater who answered an item on this skill (empty when shown only as an aggregate). */
  raters: { score: number; signature: string | null; index: number; agreement: Agreement }[]
  /** The average of the raters who answered an item on this skill (for the flag only). */
  others: number
  /** All raters together (per item, their average against the owner's answer). */
  agreement: Agreement
  raterCount: number
  items: number
  flag: 'blind-spot' | 'hidden-strength' | null
}

/** One item, the owner's answer beside each rater's (one or two raters), in the content's words. */
export type ItemComparison = {
  questionId: string
  label: string
  self: string | null
  raters: { index: number; signature: string | null; answer: string }[]
  /** How many raters answered it (also when only the aggregate is shown). */
  answeredBy: number
}

export type Comparison = {
  raterCount: number
  aggregateOnly: boolean
  skills: SkillComparison[]
  items: ItemComparison[]
}

type Weighing = { min: number; max: number; byOption: Map<string, number> }

/** Per item and skill: each option's summed weight, and the lowest and highest an answer can reach. */
function weighings(content: Content, items: RaterItem[]): Map<string, Map<string, Weighing>> {
  const out = new Map<string, Map<string, Weighing>>()
  for (const item of items) {
    const q = content.questions.find((x) => x.id === item.questionId)
    if (q?.kind !== 'single') continue
    const bySkill = new Map<string, Weighing>()
    const skillIds = new Set(q.options.flatMap((o) => o.skills.map((s) => s.skillId)))
    for (const skillId of skillIds) {
      const byOption = new Map(
        q.options.map((o) => [o.id, o.skills.filter((s) => s.skillId === skillId).reduce((t, s) => t + s.weight, 0)]),
      )
      const values = [...byOption.values()]
      const min = Math.min(...values)
      const max = Math.max(...values)
      if (max > min) bySkill.set(skillId, { min, max, byOption })
    }
    out.set(item.questionId, bySkill)
  }
  return out
}

function scoreOn(
  w: Map<string, Map<string, Weighing>>,
  skillId: string,
  answers: Record<string, string>,
  on: string[],
) {
  let total = 0
  let min = 0
  let max = 0
  for (const questionId of on) {
    const weighing = w.get(questionId)?.get(skillId)
    const answer = answers[questionId]
    if (!weighing || answer === undefined) continue
    total += weighing.byOption.get(answer) ?? weighing.min
    min += weighing.min
    max += weighing.max
  }
  return max > min ? Math.round((100 * (total - min)) / (max - min)) : null
}

const none = (): Agreement => ({ more: 0, same: 0, less: 0 })

function count(into: Agreement, theirs: number, mine: number) {
  if (theirs > mine) into.more++
  else if (theirs < mine) into.less++
  else into.same++
}

/** Per compared item: the raters' answer (their average, for several) against the owner's, on one skill's weights. */
function agreementOn(
  w: Map<string, Map<string, Weighing>>,
  skillId: string,
  self: Record<string, string>,
  raters: Record<string, string>[],
  on: string[],
): Agreement {
  const out = none()
  for (const questionId of on) {
    const weighing = w.get(questionId)?.get(skillId)
    const mine = self[questionId]
    const theirs = raters.flatMap((r) => (r[questionId] === undefined ? [] : [r[questionId] as string]))
    if (!weighing || mine === undefined || theirs.length === 0) continue
    const value = (id: string) => weighing.byOption.get(id) ?? weighing.min
    count(out, theirs.reduce((t, id) => t + value(id), 0) / theirs.length, value(mine))
  }
  return out
}

export function compareWithRaters(
  content: Content,
  items: RaterItem[],
  self: Record<string, unknown>,
  raters: RaterView[],
): Comparison {
  const w = weighings(content, items)
  const selfAnswers: Record<string, string> = {}
  for (const item of items) {
    const v = self[item.questionId]
    if (typeof v === 'string') selfAnswers[item.questionId] = v
  }
  const aggregateOnly = raters.length >= AGGREGATE_FROM
  const skills = content.skills.flatMap((skill): SkillComparison[] => {
    const scored = raters.flatMap((r, index) => {
      // Compare on the items this rater answered (and the owner did): like with like.
      const on = items
        .map((i) => i.questionId)
        .filter((id) => id in r.answers && id in selfAnswers && w.get(id)?.has(skill.id))
      const score = scoreOn(w, skill.id, r.answers, on)
      const agreement = agreementOn(w, skill.id, selfAnswers, [r.answers], on)
      return score === null ? [] : [{ score, signature: r.signature, index, on, agreement }]
    })
    if (scored.length === 0) return []
    const on = [...new Set(scored.flatMap((s) => s.on))]
    const selfScore = scoreOn(w, skill.id, selfAnswers, on)
    if (selfScore === null) return []
    const others = Math.round(scored.reduce((t, s) => t + s.score, 0) / scored.length)
    const gap = selfScore - others
    return [
      {
        skillId: skill.id,
        name: skill.name,
        self: selfScore,
        raters: aggregateOnly
          ? []
          : scored.map(({ score, signature, index, agreement }) => ({ score, signature, index, agreement })),
        others,
        agreement: agreementOn(
          w,
          skill.id,
          selfAnswers,
          scored.map((s) => raters[s.index]?.answers ?? {}),
          on,
        ),
        raterCount: scored.length,
        items: on.length,
        flag: gap >= BLIND_SPOT_MARGIN ? 'blind-spot' : -gap >= BLIND_SPOT_MARGIN ? 'hidden-strength' : null,
      },
    ]
  })
  return {
    raterCount: raters.length,
    aggregateOnly,
    skills,
    items: itemComparisons(content, items, selfAnswers, raters),
  }
}

/** Each item some rater answered: the owner's answer and theirs, in the content's words. */
function itemComparisons(
  content: Content,
  items: RaterItem[],
  self: Record<string, string>,
  raters: RaterView[],
): ItemComparison[] {
  const aggregateOnly = raters.length >= AGGREGATE_FROM
  return items.flatMap((item): ItemComparison[] => {
    const q = content.questions.find((x) => x.id === item.questionId)
    if (q?.kind !== 'single') return []
    const answeredBy = raters.flatMap((r, index) => {
      const id = r.answers[item.questionId]
      return id === undefined ? [] : [{ index, signature: r.signature, id }]
    })
    if (answeredBy.length === 0) return []
    const label = (id: string | undefined) => q.options.find((o) => o.id === id)?.label ?? null
    return [
      {
        questionId: item.questionId,
        label: q.shortLabel,
        self: label(self[item.questionId]),
        raters: aggregateOnly
          ? []
          : answeredBy.map((r) => ({ index: r.index, signature: r.signature, answer: label(r.id) ?? r.id })),
        answeredBy: answeredBy.length,
      },
    ]
  })
}

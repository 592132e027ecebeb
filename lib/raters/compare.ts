import type { Content } from '@/lib/content/schema'
import type { RaterItem } from './items'

// Self beside others, per skill, on the same items only: for each skill, where a set of answers sits between the
// lowest and the highest the answered items allow (0–100), using the content's own answer weights. The owner's
// readout adds more (other questions, a prior); this view compares like with like, so it can differ from it. Pure.

/** Self this many points above the others (or below) on a skill is a blind spot (or a hidden strength). */
export const BLIND_SPOT_MARGIN = 20
/** With this many raters or more, only their average is shown, never one rater's view. */
export const AGGREGATE_FROM = 3

export type RaterView = { answers: Record<string, string>; signature: string | null }

export type SkillComparison = {
  skillId: string
  name: string
  self: number
  /** One entry per rater who answered an item on this skill (empty when shown only as an aggregate). */
  raters: { score: number; signature: string | null; index: number }[]
  /** The average of the raters who answered an item on this skill. */
  others: number
  raterCount: number
  items: number
  flag: 'blind-spot' | 'hidden-strength' | null
}

export type Comparison = { raterCount: number; aggregateOnly: boolean; skills: SkillComparison[] }

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
      return score === null ? [] : [{ score, signature: r.signature, index, on }]
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
        raters: aggregateOnly ? [] : scored.map(({ score, signature, index }) => ({ score, signature, index })),
        others,
        raterCount: scored.length,
        items: on.length,
        flag: gap >= BLIND_SPOT_MARGIN ? 'blind-spot' : -gap >= BLIND_SPOT_MARGIN ? 'hidden-strength' : null,
      },
    ]
  })
  return { raterCount: raters.length, aggregateOnly, skills }
}

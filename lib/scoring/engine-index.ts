import type { Action, Area, Content, Effects, Option, Question, Skill, Source } from '@/lib/content/schema'
import { CATEGORY_WEIGHT, EVIDENCE_CATEGORIES } from '@/lib/scoring/calibration'
import { citationBuilder } from '@/lib/scoring/citations'
import type { SourceCitation } from '@/lib/scoring/result-schema'
import { displayName } from '@/lib/scoring/text'

// Everything the engine can work out from the content alone is worked out once per content object and reused for
// every answer set: scoring must cost no more than a few times validating the answers (see scripts/bench-engine.ts).

/** For one skill and one question: the lowest and highest category-weighted total any answer can give. */
export type SkillRange = {
  question: Question
  qIndex: number
  min: number
  max: number
  anchored: boolean
  evidence: boolean
}
/** One option's (or band's) effect on one skill, already multiplied by the question's category weight. */
export type SkillHit = {
  skillIndex: number
  raw: number
  reason: string
  /** Which sub-score it feeds besides the total: a self-rating, evidence of behaviour, or neither (context). */
  feeds: 'self' | 'evidence' | 'none'
}

/** A skill's range totals when every question is answered (the usual case: all questions are required). */
export type RangeTotals = {
  min: number
  max: number
  selfMin: number
  selfMax: number
  evMin: number
  evMax: number
  evidenceAnswers: number
}

export type EngineIndex = {
  /** question id → option id → option. */
  optionsOf: Map<string, Map<string, Option>>
  /** Indexed like content.skills. */
  allAnswered: RangeTotals[]
  /** Indexed like content.skills / content.roles. */
  skillCitations: SourceCitation[][]
  /** role id → the skills it leans on, as positions in content.skills, with weights. */
  roleLeans: Map<string, { i: number; w: number }[]>
  /** Skill names as used mid-sentence, indexed like content.skills. */
  skillDisplayNames: string[]
  /** role id → weight of each skill, indexed like content.skills (0 when the role doesn't lean on it). */
  roleWeightBySkill: Map<string, Float64Array>
  skillById: Map<string, Skill>
  areaById: Map<string, Area>
  sourceById: Map<string, Source>
  actionById: Map<string, Action>
  /** Indexed like content.skills. */
  rangesBySkill: SkillRange[][]
  hitsOf: Map<Effects, SkillHit[]>
  skillIndex: Map<string, number>
  /** path id → skill id → actions that suit the path and build the skill, in content order. */
  actionsByPathSkill: Map<string, Map<string, Action[]>>
  /** action id → its position in content (tie-breaks). */
  actionOrder: Map<string, number>
  /** action id → positions (in content.skills) of the skills it builds. */
  actionSkillIndexes: Map<string, number[]>
  /** action id → bitmask of the skills it builds (bit = skill index), for content with at most 30 skills. */
  actionSkillMask: Map<string, number>
  /** action id → the skills it builds, with names (shared, frozen). */
  actionSkills: Map<string, { skillId: string; name: string }[]>
  /** The sources behind the motivation questions (cited by the verdict). */
  motivationSources: SourceCitation[]
  /** The questions whose answers the engine reads directly (hours per week, years, timeline). */
  feeds: Partial<Record<NonNullable<Question['feeds']>, Question>>
  citations: (ids: readonly string[]) => SourceCitation[]
  /** Every source cited in these lists, once each, in content order. */
  citationsUnion: (lists: readonly SourceCitation[][]) => SourceCitation[]
}

function rangeFor(q: Question, skillId: string): { min: number; max: number } | null {
  const weightOf = (e: Effects) => e.skills.reduce((sum, s) => (s.skillId === skillId ? sum + s.weight : sum), 0)
  const effects: Effects[] = q.kind === 'number' ? q.bands : q.options
  if (!effects.some((e) => e.skills.some((s) => s.skillId === skillId))) return null
  const m = CATEGORY_WEIGHT[q.category]
  if (q.kind === 'multi') {
    // Any subset of the non-exclusive options, or the exclusive option alone.
    const plain = q.options.filter((o) => !o.exclusive).map(weightOf)
    const exclusive = q.options.filter((o) => o.exclusive).map(weightOf)
    const hi = plain.reduce((s, w) => s + Math.max(0, w), 0)
    const lo = plain.reduce((s, w) => s + Math.min(0, w), 0)
    return { min: Math.min(lo, 0, ...exclusive) * m, max: Math.max(hi, 0, ...exclusive) * m }
  }
  const ws = effects.map(weightOf)
  return { min: Math.min(...ws) * m, max: Math.max(...ws) * m }
}

const feeds = (category: Question['category']): SkillHit['feeds'] =>
  category === 'anchored' ? 'self' : EVIDENCE_CATEGORIES.has(category) ? 'evidence' : 'none'

const cache = new WeakMap<Content, EngineIndex>()

export function engineIndex(content: Content): EngineIndex {
  const hit = cache.get(content)
  if (hit) return hit
  const skillIndex = new Map(content.skills.map((s, i) => [s.id, i]))
  const rangesBySkill = content.skills.map((s) =>
    content.questions.flatMap((q, qIndex) => {
      const r = rangeFor(q, s.id)
      return r
        ? [
            {
              question: q,
              qIndex,
              ...r,
              anchored: q.category === 'anchored',
              evidence: EVIDENCE_CATEGORIES.has(q.category),
            },
          ]
        : []
    }),
  )
  const hitsOf = new Map<Effects, SkillHit[]>()
  for (const q of content.questions) {
    const m = CATEGORY_WEIGHT[q.category]
    for (const e of q.kind === 'number' ? q.bands : q.options) {
      hitsOf.set(
        e,
        e.skills.map((s) => ({
          skillIndex: skillIndex.get(s.skillId) ?? -1,
          raw: s.weight * m,
          reason: s.reason ?? e.rationale,
          feeds: feeds(q.category),
        })),
      )
    }
  }
  const skillName = new Map(content.skills.map((s) => [s.id, s.name]))
  const allAnswered = rangesBySkill.map((ranges) => {
    const t: RangeTotals = { min: 0, max: 0, selfMin: 0, selfMax: 0, evMin: 0, evMax: 0, evidenceAnswers: 0 }
    for (const r of ranges) {
      t.min += r.min
      t.max += r.max
      if (r.anchored) {
        t.selfMin += r.min
        t.selfMax += r.max
      }
      if (r.evidence) {
        t.evMin += r.min
        t.evMax += r.max
        t.evidenceAnswers++
      }
    }
    return t
  })
  const { sourceById, citations, citationsUnion } = citationBuilder(content)
  const index: EngineIndex = {
    optionsOf: new Map(
      content.questions.map((q) => [q.id, new Map(q.kind === 'number' ? [] : q.options.map((o) => [o.id, o]))]),
    ),
    allAnswered,
    skillCitations: content.skills.map((s) => citations(s.sources)),
    roleWeightBySkill: new Map(
      content.roles.map((r) => {
        const w = new Float64Array(content.skills.length)
        for (const l of r.leansOn) {
          const i = skillIndex.get(l.skillId)
          if (i !== undefined) w[i] = l.weight
        }
        return [r.id, w]
      }),
    ),
    skillById: new Map(content.skills.map((s) => [s.id, s])),
    areaById: new Map(content.areas.map((a) => [a.id, a])),
    sourceById,
    actionById: new Map(content.actions.map((a) => [a.id, a])),
    rangesBySkill,
    hitsOf,
    skillIndex,
    roleLeans: new Map(
      content.roles.map((r) => [r.id, r.leansOn.map((l) => ({ i: skillIndex.get(l.skillId) ?? -1, w: l.weight }))]),
    ),
    skillDisplayNames: content.skills.map((s) => displayName(s.name)),
    actionSkillIndexes: new Map(content.actions.map((a) => [a.id, a.skills.map((id) => skillIndex.get(id) ?? 0)])),
    actionSkillMask: new Map(
      content.actions.map((a) => [a.id, a.skills.reduce((m, id) => m | (2 ** (skillIndex.get(id) ?? 0)), 0)]),
    ),
    actionsByPathSkill: new Map(
      content.paths.map((p) => [
        p.id,
        new Map(
          content.skills.map((s) => [
            s.id,
            content.actions.filter((a) => a.paths.includes(p.id) && a.skills.includes(s.id)),
          ]),
        ),
      ]),
    ),
    actionOrder: new Map(content.actions.map((a, i) => [a.id, i])),
    actionSkills: new Map(
      content.actions.map((a) => [
        a.id,
        Object.freeze(a.skills.map((id) => Object.freeze({ skillId: id, name: skillName.get(id) ?? id }))) as {
          skillId: string
          name: string
        }[],
      ]),
    ),
    motivationSources: citations(
      content.questions.filter((q) => q.category === 'motivation').flatMap((q) => q.sources),
    ),
    feeds: Object.fromEntries(content.questions.flatMap((q) => (q.feeds ? [[q.feeds, q]] : []))),
    citations,
    citationsUnion,
  }
  cache.set(content, index)
  return index
}

import type { Content } from '@/lib/content/schema'
import {
  CATEGORY_WEIGHT,
  EVIDENCE_CATEGORIES,
  LEVELS,
  PRIOR_BY_COMMONALITY,
  PRIOR_WEIGHT,
} from '@/lib/scoring/calibration'
import type { Chosen, EngineIndex } from '@/lib/scoring/engine-index'
import type { Contribution, SkillLevel, SkillResult } from '@/lib/scoring/result-schema'

const round1 = (n: number) => Math.round(n * 10) / 10
const scale = (total: number, min: number, max: number) =>
  max > min ? Math.round((100 * (total - min)) / (max - min)) : null

export function levelFor(score: number): SkillLevel {
  if (score >= LEVELS.strong) return 'strong'
  if (score >= LEVELS.solid) return 'solid'
  if (score >= LEVELS.developing) return 'developing'
  return 'gap'
}

type Totals = { total: number; min: number; max: number }
const empty = (): Totals => ({ total: 0, min: 0, max: 0 })

function confidence(evidenceAnswers: number, self: number | null, evidence: number | null, flat: boolean) {
  // More independent evidence means more confidence; self-ratings that disagree with it, or flat ratings, mean less.
  let value = 0.2 + 0.15 * Math.min(evidenceAnswers, 4)
  const parts = [`${evidenceAnswers} answer${evidenceAnswers === 1 ? '' : 's'} about what you've actually done`]
  if (self !== null && evidence !== null) {
    const gap = Math.abs(self - evidence)
    if (gap <= 20) {
      value += 0.1
      parts.push('your self-rating agrees with them')
    } else if (gap >= 35) {
      value -= 0.25
      parts.push(`your self-rating (${self}) and your evidence (${evidence}) disagree`)
    }
  }
  if (evidenceAnswers === 0) parts[0] = 'your self-rating and background only, with no answers about what you have done'
  if (flat) {
    value -= 0.15
    parts.push('your self-ratings were nearly all the same level')
  }
  value = Math.max(0.05, Math.min(0.95, Math.round(value * 100) / 100))
  const level = value >= 0.65 ? 'high' : value >= 0.4 ? 'medium' : 'low'
  return { level, value, why: `Based on ${parts.join('; ')}.` } as const
}

/** Scores every skill 0–100 from the chosen answers, with the contributions that explain the score. */
export function scoreSkills(content: Content, index: EngineIndex, chosen: Chosen[], flat: boolean): SkillResult[] {
  const answered = new Set(chosen.map((c) => c.question.id))
  const bySkill = new Map<string, { c: Chosen; raw: number; reason: string }[]>()
  for (const c of chosen) {
    const m = CATEGORY_WEIGHT[c.question.category]
    for (const s of c.effects.skills) {
      const list = bySkill.get(s.skillId) ?? []
      list.push({ c, raw: s.weight * m, reason: s.reason ?? c.effects.rationale })
      bySkill.set(s.skillId, list)
    }
  }
  return content.skills.map((skill) => {
    const all = empty()
    const self = empty()
    const evid = empty()
    let evidenceAnswers = 0
    for (const r of index.rangesBySkill.get(skill.id) ?? []) {
      if (!answered.has(r.question.id)) continue
      const buckets = [all]
      if (r.question.category === 'anchored') buckets.push(self)
      if (EVIDENCE_CATEGORIES.has(r.question.category)) {
        buckets.push(evid)
        evidenceAnswers++
      }
      for (const b of buckets) {
        b.min += r.min
        b.max += r.max
      }
    }
    const hits = bySkill.get(skill.id) ?? []
    for (const h of hits) {
      all.total += h.raw
      if (h.c.question.category === 'anchored') self.total += h.raw
      if (EVIDENCE_CATEGORIES.has(h.c.question.category)) evid.total += h.raw
    }
    const prior = PRIOR_BY_COMMONALITY[skill.engineerCommonality]
    const span = all.max - all.min + PRIOR_WEIGHT
    const score = Math.round((100 * (all.total - all.min + (prior / 100) * PRIOR_WEIGHT)) / span)
    const contributions: Contribution[] = hits
      .map((h) => ({
        questionId: h.c.question.id,
        prompt: h.c.question.prompt,
        answer: h.c.label,
        category: h.c.question.category,
        delta: round1((100 * h.raw) / span),
        reason: h.reason,
      }))
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    const selfRatingScore = scale(self.total, self.min, self.max)
    const evidenceScore = scale(evid.total, evid.min, evid.max)
    const area = index.areaById.get(skill.areaId)
    return {
      skillId: skill.id,
      name: skill.name,
      areaId: skill.areaId,
      areaName: area?.name ?? skill.areaId,
      description: skill.description,
      strongLooksLike: skill.strongLooksLike,
      score,
      level: levelFor(score),
      confidence: confidence(evidenceAnswers, selfRatingScore, evidenceScore, flat),
      selfRatingScore,
      evidenceScore,
      contributions,
      sources: index.citations(skill.sources),
    }
  })
}

import type { Content } from '@/lib/content/schema'
import { EVIDENCE_CATEGORIES, LEVELS, PRIOR_BY_COMMONALITY, PRIOR_WEIGHT } from '@/lib/scoring/calibration'
import type { Chosen, EngineIndex, SkillHit } from '@/lib/scoring/engine-index'
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

function confidence(evidenceAnswers: number, self: number | null, evidence: number | null, flat: boolean) {
  // More independent evidence means more confidence; self-ratings that disagree with it, or flat ratings, mean less.
  let value = 0.2 + 0.15 * Math.min(evidenceAnswers, 4)
  let why =
    evidenceAnswers === 0
      ? 'Based on your self-rating and background only, with no answers about what you have done'
      : `Based on ${evidenceAnswers} answer${evidenceAnswers === 1 ? '' : 's'} about what you've actually done`
  if (self !== null && evidence !== null) {
    const gap = Math.abs(self - evidence)
    // A flat rating says nothing about this skill in particular, so its agreement earns no confidence.
    if (gap <= 20 && !flat) {
      value += 0.1
      why += '; your self-rating agrees with them'
    } else if (gap >= 35) {
      value -= 0.25
      why += `; your self-rating (${self}) and your evidence (${evidence}) disagree`
    }
  }
  if (flat) {
    value -= 0.2
    why += '; your self-ratings were nearly all the same level'
  }
  value = Math.max(0.05, Math.min(0.95, Math.round(value * 100) / 100))
  const level = value >= 0.65 ? 'high' : value >= 0.4 ? 'medium' : 'low'
  return { level, value, why: `${why}.` } as const
}

type Hit = { c: Chosen; h: SkillHit }

/**
 * Scores every skill 0–100 from the chosen answers, with the contributions that explain it. A skill's score is where
 * its weighted answer total sits between the lowest and highest totals the answered questions allow, pulled towards
 * a prior (where engineers usually start) by PRIOR_WEIGHT points.
 */
export function scoreSkills(content: Content, index: EngineIndex, chosen: Chosen[], flat: boolean): SkillResult[] {
  const answered = new Uint8Array(content.questions.length)
  const bySkill: Hit[][] = content.skills.map(() => [])
  for (const c of chosen) {
    answered[index.questionIndex.get(c.question.id) ?? 0] = 1
    for (const h of index.hitsOf.get(c.effects) ?? []) bySkill[h.skillIndex]?.push({ c, h })
  }
  return content.skills.map((skill, si) => {
    let min = 0
    let max = 0
    let selfMin = 0
    let selfMax = 0
    let evMin = 0
    let evMax = 0
    let evidenceAnswers = 0
    for (const r of index.rangesBySkill[si] ?? []) {
      if (!answered[r.qIndex]) continue
      min += r.min
      max += r.max
      if (r.anchored) {
        selfMin += r.min
        selfMax += r.max
      }
      if (r.evidence) {
        evMin += r.min
        evMax += r.max
        evidenceAnswers++
      }
    }
    const hits = bySkill[si] ?? []
    let total = 0
    let selfTotal = 0
    let evTotal = 0
    for (const { c, h } of hits) {
      total += h.raw
      if (c.question.category === 'anchored') selfTotal += h.raw
      else if (EVIDENCE_CATEGORIES.has(c.question.category)) evTotal += h.raw
    }
    const prior = PRIOR_BY_COMMONALITY[skill.engineerCommonality]
    const span = max - min + PRIOR_WEIGHT
    const score = Math.round((100 * (total - min + (prior / 100) * PRIOR_WEIGHT)) / span)
    const contributions: Contribution[] = hits.map(({ c, h }) => ({
      questionId: c.question.id,
      prompt: c.question.prompt,
      answer: c.label,
      category: c.question.category,
      delta: round1((100 * h.raw) / span),
      reason: h.reason,
    }))
    contributions.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    const selfRatingScore = scale(selfTotal, selfMin, selfMax)
    const evidenceScore = scale(evTotal, evMin, evMax)
    return {
      skillId: skill.id,
      name: skill.name,
      areaId: skill.areaId,
      areaName: index.areaById.get(skill.areaId)?.name ?? skill.areaId,
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

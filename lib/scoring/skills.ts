import type { Content } from '@/lib/content/schema'
import { LEVELS, PRIOR_BY_COMMONALITY, PRIOR_WEIGHT } from '@/lib/scoring/calibration'
import type { Chosen } from '@/lib/scoring/chosen'
import type { EngineIndex, RangeTotals, SkillHit } from '@/lib/scoring/engine-index'
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

type Confidence = SkillResult['confidence']
// Confidence depends only on a handful of small inputs; the ones whose wording has no numbers in it are shared.
const confidenceCache = new Map<number, Confidence>()

function confidence(evidenceAnswers: number, self: number | null, evidence: number | null, flat: boolean): Confidence {
  const gap = self !== null && evidence !== null ? Math.abs(self - evidence) : null
  // A flat rating says nothing about this skill in particular, so its agreement earns no confidence.
  const agreement = gap === null ? 0 : gap <= 20 && !flat ? 1 : gap >= 35 ? 2 : 0
  const key = ((Math.min(evidenceAnswers, 99) * 3 + agreement) * 2 + (flat ? 1 : 0)) * 2 + (self === null ? 0 : 1)
  const cached = agreement === 2 ? undefined : confidenceCache.get(key)
  if (cached) return cached
  // More independent evidence means more confidence; self-ratings that disagree with it, or flat ratings, mean less.
  let value = 0.2 + 0.15 * Math.min(evidenceAnswers, 4)
  let why =
    evidenceAnswers === 0
      ? 'Based on your self-rating and background only, with no answers about what you have done'
      : `Based on ${evidenceAnswers} answer${evidenceAnswers === 1 ? '' : 's'} about what you've actually done`
  if (agreement === 1) {
    value += 0.1
    why += '; your self-rating agrees with them'
  } else if (agreement === 2) {
    value -= 0.25
    why += `; your self-rating (${self}) and your evidence (${evidence}) disagree`
  }
  if (flat) {
    value -= 0.2
    why += '; your self-ratings were nearly all the same level'
  }
  value = Math.max(0.05, Math.min(0.95, Math.round(value * 100) / 100))
  const level = value >= 0.65 ? 'high' : value >= 0.4 ? 'medium' : 'low'
  const result: Confidence = Object.freeze({ level, value, why: `${why}.` })
  if (level === 'low') {
    const few =
      evidenceAnswers === 0
        ? 'none of the questions about what you have done covers it'
        : `only ${evidenceAnswers === 1 ? 'one' : evidenceAnswers} of the questions about what you have done cover${evidenceAnswers === 1 ? 's' : ''} it`
    const cause =
      agreement === 2
        ? 'your self-rating and what you have actually done point different ways'
        : flat && self !== null
          ? 'your self-ratings were nearly all the same, so they say little about this skill'
          : few
    lowNotes.set(result, `Take this one as a rough guide: ${cause}.`)
  }
  if (agreement !== 2) confidenceCache.set(key, result)
  return result
}

const lowNotes = new WeakMap<Confidence, string>()
/** For a low-confidence score, one plain sentence saying why to take it loosely; nothing otherwise. */
export function lowConfidenceNote(c: Confidence): string | undefined {
  return lowNotes.get(c)
}

// Contributions of a chosen option are the same in every result whenever the skill's span is the same (it is, when
// every question is answered), so they are built once and shared, frozen. Number answers carry the number in their
// label, so those are built fresh.
const contributionCache = new WeakMap<SkillHit, { span: number; contribution: Contribution }>()

function contributionFor(c: Chosen, h: SkillHit, span: number): Contribution {
  const cached = c.option ? contributionCache.get(h) : undefined
  if (cached && cached.span === span) return cached.contribution
  const contribution: Contribution = Object.freeze({
    questionId: c.question.id,
    prompt: c.question.prompt,
    answer: c.label,
    category: c.question.category,
    delta: round1((100 * h.raw) / span),
    reason: h.reason,
  })
  if (c.option) contributionCache.set(h, { span, contribution })
  return contribution
}

const EMPTY: RangeTotals = { min: 0, max: 0, selfMin: 0, selfMax: 0, evMin: 0, evMax: 0, evidenceAnswers: 0 }
/** Distinct questions among the chosen answers (chosen is in question order). */
function chosenQuestions(chosen: Chosen[]): number {
  let n = 0
  let last: Chosen['question'] | undefined
  for (const c of chosen) {
    if (c.question !== last) n++
    last = c.question
  }
  return n
}

/** Largest absolute delta first; ties keep their order. Insertion sort: these lists are short (under 15). */
function sortByImpact(list: Contribution[]) {
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as Contribution
    const key = Math.abs(item.delta)
    let j = i - 1
    while (j >= 0 && Math.abs((list[j] as Contribution).delta) < key) {
      list[j + 1] = list[j] as Contribution
      j--
    }
    list[j + 1] = item
  }
}

/**
 * Scores every skill 0–100 from the chosen answers, with the contributions that explain it. A skill's score is where
 * its weighted answer total sits between the lowest and highest totals the answered questions allow, pulled towards
 * a prior (where engineers usually start) by PRIOR_WEIGHT points.
 */
export function scoreSkills(content: Content, index: EngineIndex, chosen: Chosen[], flat: boolean): SkillResult[] {
  const answered = new Uint8Array(content.questions.length)
  const hitsBySkill: SkillHit[][] = content.skills.map(() => [])
  const chosenBySkill: Chosen[][] = content.skills.map(() => [])
  for (const c of chosen) {
    answered[c.qIndex] = 1
    for (const h of c.hits) {
      hitsBySkill[h.skillIndex]?.push(h)
      chosenBySkill[h.skillIndex]?.push(c)
    }
  }
  // Usually every question is answered, so the precomputed totals apply; otherwise add up the answered ranges.
  const complete = chosenQuestions(chosen) === content.questions.length
  return content.skills.map((skill, si) => {
    let { min, max, selfMin, selfMax, evMin, evMax, evidenceAnswers } = index.allAnswered[si] ?? EMPTY
    if (!complete) {
      min = max = selfMin = selfMax = evMin = evMax = evidenceAnswers = 0
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
    }
    const hits = hitsBySkill[si] ?? []
    const from = chosenBySkill[si] ?? []
    let total = 0
    let selfTotal = 0
    let evTotal = 0
    for (const h of hits) {
      total += h.raw
      if (h.feeds === 'self') selfTotal += h.raw
      else if (h.feeds === 'evidence') evTotal += h.raw
    }
    const prior = PRIOR_BY_COMMONALITY[skill.engineerCommonality]
    const span = max - min + PRIOR_WEIGHT
    const score = Math.round((100 * (total - min + (prior / 100) * PRIOR_WEIGHT)) / span)
    const contributions: Contribution[] = []
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]
      const c = from[i]
      if (h && c) contributions.push(contributionFor(c, h, span))
    }
    sortByImpact(contributions)
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
      sources: index.skillCitations[si] ?? [],
    }
  })
}

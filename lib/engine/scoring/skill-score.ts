import type { Content, Effects, Question, Skill } from '@/lib/engine/content/schema'
import {
  CONFIDENCE,
  CONFIDENCE_POINTS,
  CROSSWALK_FULL_TICKS,
  DID_KINDS,
  DISAGREEMENT,
  KIND_WEIGHT,
  LEVELS,
  PRIOR_BY_COMMONALITY,
  PRIOR_WEIGHT,
} from '@/lib/engine/scoring/calibration'
import { byQuestion, type Chosen } from '@/lib/engine/scoring/chosen'
import type { Confidence, Contribution, SkillLevel, SkillResult } from '@/lib/engine/scoring/result-schema'
import { displayName, list, plural, wordings } from '@/lib/engine/scoring/text'

// How an answer becomes a skill score, in one place.
//
// 1. Each option (or number band) in content/questions.json moves skills by a signed weight (−3..3). For one skill and
//    one question, the answer's weight sits somewhere between the lowest and highest weight any answer could give.
// 2. The skill's score is where the sum of those weights sits between the lowest and highest sums the answered
//    questions allow — each question's weights multiplied by its kind's weight (KIND_WEIGHT: what you did counts most)
//    — blended with a starting point (where engineers usually start) worth PRIOR_WEIGHT points. Every answer's
//    contribution is how far it moved the score from that starting point, so the contributions add up to the score
//    minus the starting point (before rounding). docs/scoring.md works one skill through with real numbers.
// 3. Caps: a real-behaviour answer such as "never" holds the skill at or below its `caps` value. A capped score keeps
//    the uncapped contributions, which then no longer add up to it; the capping answer is named instead.
// A question counts against a skill only where one of its answers lowers it: where every answer either raises the
// skill or leaves it alone (a scenario's options, a specialty, the top answers of a behaviour question adding a little
// to a second skill, the ticks of a list), an answer that leaves it alone says nothing about it and is left out.

export type Reading = {
  question: Question
  /** How much a unit of the answer's weight counts: its kind's weight (KIND_WEIGHT). */
  weight: number
  /** Lowest and highest weight for this skill any answer to the question can give. */
  lo: number
  hi: number
  /** The weight of the answer given (a multi question's ticks add up). */
  value: number
  /** The answers given that moved the skill, in words (a tick that didn't touch the skill adds nothing). */
  reasons: string[]
}

const weightOn = (e: Effects, skillId: string) =>
  e.skills.reduce((sum, s) => (s.skillId === skillId ? sum + s.weight : sum), 0)
/**
 * Why an answer moves a skill: its own reason for the skill, else the option's rationale; for a skill other than
 * the first it moves, the rationale says it counts here too, so one answer never reads the same under two skills.
 */
function reasonFor(e: Effects, skillId: string, skillName: string): string {
  const own = e.skills.find((s) => s.skillId === skillId)
  if (own?.reason) return own.reason
  if (e.skills[0]?.skillId === skillId || own === undefined) return e.rationale
  const towards = own.weight > 0 ? 'counts towards' : 'counts against'
  return `${e.rationale.replace(/[.!]\s*$/, '')}; that ${towards} ${displayName(skillName)} too.`
}

/** The range of weights a question can put on a skill, or null when no answer touches it. */
export function rangeOn(q: Question, skillId: string): { lo: number; hi: number } | null {
  const effects: Effects[] = q.kind === 'number' ? q.bands : q.options
  if (!effects.some((e) => e.skills.some((s) => s.skillId === skillId))) return null
  if (q.kind === 'multi') {
    // Any subset of the ordinary options (full marks at CROSSWALK_FULL_TICKS relevant ticks), or the exclusive
    // ("none of these") option alone.
    const plain = q.options.filter((o) => !o.exclusive).map((o) => weightOn(o, skillId))
    const exclusive = q.options.filter((o) => o.exclusive).map((o) => weightOn(o, skillId))
    const positives = plain.filter((w) => w > 0).sort((a, b) => b - a)
    const hi = positives.slice(0, CROSSWALK_FULL_TICKS).reduce((s, w) => s + w, 0)
    const lo = plain.reduce((s, w) => s + Math.min(0, w), 0)
    return { lo: Math.min(lo, 0, ...exclusive), hi: Math.max(hi, 0, ...exclusive) }
  }
  const ws = effects.map((e) => weightOn(e, skillId))
  return { lo: Math.min(...ws), hi: Math.max(...ws) }
}

// A question's range on a skill depends only on the question, and every answer set asks for all of them: worked out
// once per question object (content objects are loaded once and never change).
const ranges = new WeakMap<Question, Map<string, { lo: number; hi: number } | null>>()
function rangeOf(q: Question, skillId: string) {
  let bySkill = ranges.get(q)
  if (!bySkill) {
    bySkill = new Map()
    ranges.set(q, bySkill)
  }
  let r = bySkill.get(skillId)
  if (r === undefined) {
    r = rangeOn(q, skillId)
    bySkill.set(skillId, r)
  }
  return r
}

/**
 * The answered questions that bear on a skill, with where each answer sits. Two kinds of reading:
 * - a single-choice or number question with an answer that lowers the skill places you between its lowest and
 *   highest answer, at the full weight of that range whatever you answered;
 * - a ticked list, or a question whose answers can only raise the skill, is evidence only when it says something: a
 *   tick (up to CROSSWALK_FULL_TICKS' worth) counts for the skill, an explicit "none of these" against it, and an
 *   answer that doesn't touch the skill is left out. More evidence for a skill therefore never lowers it.
 */
export function readingsFor(skillId: string, skillName: string, answered: Map<Question, Chosen[]>): Reading[] {
  const out: Reading[] = []
  for (const [question, picks] of answered) {
    const weight = KIND_WEIGHT[question.category]
    if (weight === 0) continue
    const range = rangeOf(question, skillId)
    if (!range) continue
    let up = 0
    let down = 0
    const reasons: string[] = []
    for (const c of picks) {
      const w = weightOn(c.effects, skillId)
      if (w > 0) up += w
      else down += w
      if (w !== 0) reasons.push(reasonFor(c.effects, skillId, skillName))
    }
    const value = Math.min(up, range.hi) + down
    if (question.kind !== 'multi' && range.lo < 0) {
      // A neutral answer still places you: say so in the words of the answer given.
      if (reasons.length === 0) reasons.push(picks.map((c) => c.effects.rationale).join(' '))
      out.push({ question, weight, ...range, value, reasons })
    } else if (value !== 0) {
      out.push({ question, weight, lo: 0, hi: Math.abs(value), value: Math.max(0, value), reasons })
    }
  }
  return out
}

export type SkillScore = { score: number; start: number; contributions: Contribution[] }

const round1 = (n: number) => Math.round(n * 10) / 10

/** Step 2: the weighted placement, blended with the starting point; contributions add up to score − start. */
export function placeSkill(readings: readonly Reading[], start: number): SkillScore {
  const p = start / 100
  let got = 0
  let span = PRIOR_WEIGHT
  for (const r of readings) {
    got += r.weight * (r.value - r.lo)
    span += r.weight * (r.hi - r.lo)
  }
  const score = Math.round((100 * (got + p * PRIOR_WEIGHT)) / span)
  const contributions = readings
    .map((r) => ({
      questionId: r.question.id,
      delta: round1((100 * r.weight * (r.value - r.lo - p * (r.hi - r.lo))) / span),
      reason: r.reasons.join(' '),
    }))
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
  return { score: Math.max(0, Math.min(100, score)), start, contributions }
}

/** Step 3: the lowest cap any chosen answer sets on the skill, with the answer that set it. */
export function capFor(skillId: string, chosen: readonly Chosen[]): SkillResult['cap'] {
  let cap: SkillResult['cap'] = null
  for (const c of chosen)
    for (const k of c.effects.caps)
      if (k.skillId === skillId && (cap === null || k.atMost < cap.atMost))
        cap = { atMost: k.atMost, questionId: c.question.id, reason: c.effects.rationale }
  return cap
}

/** The lowering answer to the question that measures the skill most directly (widest range), or null. */
function holdsBack(readings: readonly Reading[], placed: SkillScore): string | null {
  const lowering = new Set(placed.contributions.filter((c) => c.delta < 0).map((c) => c.questionId))
  const direct = readings
    .filter((r) => lowering.has(r.question.id))
    .sort((a, b) => b.weight * (b.hi - b.lo) - a.weight * (a.hi - a.lo))[0]
  return direct ? direct.reasons.join(' ') : null
}

export function levelFor(score: number): SkillLevel {
  if (score >= LEVELS.strong) return 'strong'
  if (score >= LEVELS.solid) return 'solid'
  if (score >= LEVELS.developing) return 'developing'
  return 'gap'
}

/** 0–100 placement of the readings of some kinds alone, or null when none were answered. */
function placementOf(readings: readonly Reading[], kinds: (k: Question['category']) => boolean): number | null {
  let got = 0
  let span = 0
  for (const r of readings)
    if (kinds(r.question.category)) {
      got += r.weight * (r.value - r.lo)
      span += r.weight * (r.hi - r.lo)
    }
  return span > 0 ? Math.round((100 * got) / span) : null
}

/**
 * The caveats a skill's confidence can carry, each in several wordings handed out in turn across the skills of one
 * readout (the skills page lists all twenty): the same clause said under every skill read as a template. After the
 * wordings run out, a clause short enough that it never makes a phrase of its own.
 */
export function confidenceSayings() {
  return {
    disagree: wordings(
      [
        '; your self-rating and your work point different ways',
        '; how you rated yourself differs from what you have done',
        '; your own rating and your examples disagree',
      ],
      2,
    ),
    flat: wordings(
      [
        '; your self-ratings were nearly all the same, so they say little here',
        '; your self-ratings barely varied, so this one counts for little',
        '; like your other self-ratings, this one sits at one level and says little',
      ],
      2,
    ),
  }
}
type ConfidenceSayings = ReturnType<typeof confidenceSayings>

/** How far to trust a skill's score: independent answers by kind, less when a self-rating disagrees or is flat. */
export function confidenceFor(
  name: string,
  readings: readonly Reading[],
  selfRating: number | null,
  didScore: number | null,
  flat: boolean,
  say: ConfidenceSayings = confidenceSayings(),
): Confidence {
  const count = (kinds: Question['category'][]) => readings.filter((r) => kinds.includes(r.question.category)).length
  const did = count(['behaviour', 'crosswalk'])
  const scenarios = count(['scenario'])
  const self = count(['self-rating'])
  const background = count(['context'])
  const points = readings.reduce((s, r) => s + CONFIDENCE_POINTS[r.question.category], 0)
  const levels = ['low', 'medium', 'high'] as const
  let level =
    points >= CONFIDENCE.high && did >= CONFIDENCE.highMinDid
      ? 2
      : points >= CONFIDENCE.medium && did >= CONFIDENCE.mediumMinDid
        ? 1
        : 0
  const disagree = selfRating !== null && didScore !== null && Math.abs(selfRating - didScore) >= DISAGREEMENT
  const flatHere = !disagree && flat && self > 0
  const caveat = disagree ? say.disagree() : flatHere ? say.flat() : null
  // Short counts, figures close together: "2 about your work, 1 scenario, 2 background answers and 1 self-rating".
  // The self-rating comes last, so a short caveat on it ends the sentence.
  const parts = [
    did > 0 ? `${plural(did, 'answer')} about your work` : null,
    scenarios > 0 ? plural(scenarios, 'scenario') : null,
    background > 0 ? `${plural(background, 'background answer')}` : null,
    self > 0
      ? `${plural(self, 'self-rating')}${caveat === null && disagree ? ' (at odds)' : caveat === null && flatHere ? ' (flat: worth little)' : ''}`
      : null,
  ].filter((x): x is string => x !== null)
  const n = readings.length
  const none = did === 0 && n > 0 ? (n === 1 ? ', not about your work' : ', none about your work') : ''
  let why = `${name} rests on ${plural(n, 'answer')}${none}${parts.length > 0 ? `: ${list(parts)}` : ''}`
  if (disagree || flatHere) level = Math.max(0, level - 1)
  if (caveat) why += caveat
  return { level: levels[level] ?? 'low', why: `${why}.` }
}

/**
 * A "never" on a real behaviour is firm evidence the skill is not a strength yet, however few answers feed it: a
 * capped score is never labelled a rough guide.
 */
function atLeastMedium(c: Confidence): Confidence {
  return c.level === 'low'
    ? { level: 'medium', why: c.why.replace(/\.$/, '; one of them says you have not done it yet.') }
    : c
}

/** Scores every skill, in content order, from the chosen answers. */
export function scoreSkills(content: Content, chosen: readonly Chosen[], flat: boolean): SkillResult[] {
  const answered = byQuestion(chosen)
  const areaName = new Map(content.areas.map((a) => [a.id, a.name]))
  const say = confidenceSayings()
  return content.skills.map((skill: Skill) => {
    const readings = readingsFor(skill.id, skill.name, answered)
    const placed = placeSkill(readings, PRIOR_BY_COMMONALITY[skill.engineerCommonality])
    const cap = capFor(skill.id, chosen)
    const capped = cap !== null && cap.atMost < placed.score
    const score = capped ? cap.atMost : placed.score
    const selfRating = placementOf(readings, (k) => k === 'self-rating')
    const didScore = placementOf(readings, (k) => DID_KINDS.has(k))
    return {
      skillId: skill.id,
      name: skill.name,
      areaId: skill.areaId,
      areaName: areaName.get(skill.areaId) ?? skill.areaId,
      description: skill.description,
      strongLooksLike: skill.strongLooksLike,
      score,
      level: levelFor(score),
      start: placed.start,
      cap: capped ? cap : null,
      confidence: capped
        ? atLeastMedium(confidenceFor(skill.name, readings, selfRating, didScore, flat, say))
        : confidenceFor(skill.name, readings, selfRating, didScore, flat, say),
      holdsBack: capped ? cap.reason : holdsBack(readings, placed),
      selfRating,
      didScore,
      contributions: placed.contributions,
      sources: skill.sources,
    }
  })
}

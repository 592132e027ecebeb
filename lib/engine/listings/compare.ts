import type { Plan } from '@/lib/engine/plan/plan-schema'
import { DID_KINDS, GAP_BELOW } from '@/lib/engine/scoring/calibration'
import type { AssessmentResult, SkillLevel, SkillResult } from '@/lib/engine/scoring/result-schema'
import type { AnalysedLine, ListingAnalysis } from './analysis-schema'

// A listing read against one person's stored result and plan: for each requirement line, whether their answers show
// what it asks (and which answers), whether it is a gap (and which plan step covers it, if any), or whether it is
// something the assessment does not measure. Then the summary a person wants first: how much of the listing their
// evidence covers, the two or three gaps that matter most for this listing, and must-haves versus stretch.
// Pure: the result and plan carry every name and title it shows.

/** One answer that raised a skill: the question, the answer as the person gave it, and why it counts for this skill. */
export type EvidenceAnswer = { questionId: string; label: string; answer: string; reason: string }

export type PlanStepRef = { actionId: string; title: string; startWeek: number; endWeek: number; done: boolean }

export type SkillStanding = {
  skillId: string
  name: string
  score: number
  level: SkillLevel
  status: 'evidence' | 'gap'
  /** The answers that raised it, what you did first; at most three. */
  evidence: EvidenceAnswer[]
  /** For a gap: the plan's steps that build it, earliest first. Empty: not in your plan yet. */
  steps: PlanStepRef[]
}

export type ComparedLine = AnalysedLine & {
  /** `evidence`: every skill the line asks for is one your answers show; `gap`: at least one isn't yet. */
  status: 'evidence' | 'gap' | 'not-measured'
  standings: SkillStanding[]
}

export type ListingGap = {
  skillId: string
  name: string
  score: number
  /** Requirement lines asking for it, and how many of those are must-haves. */
  mentions: number
  mustMentions: number
  steps: PlanStepRef[]
}

export type ListingComparison = {
  lines: ComparedLine[]
  summary: {
    /** Requirement lines that name a skill we measure, and those your evidence covers. */
    measured: number
    covered: number
    mustMeasured: number
    mustCovered: number
    /** Lines by the listing's own words. */
    must: number
    nice: number
    notMeasured: number
    /** The two or three gaps that matter most for this listing: must-haves first, then how often it asks. */
    topGaps: ListingGap[]
    /** What to lead with: your strongest evidenced skills this listing asks for, at most three. */
    leadWith: { skillId: string; name: string; mentions: number }[]
  }
}

/** Kinds of answer that say what you do or have done (and your background), as opposed to ratings or scenarios. */
const SHOWN_BY = new Set<string>([...DID_KINDS, 'context'])
const MAX_EVIDENCE = 3
const MAX_TOP_GAPS = 3

function evidenceFor(result: AssessmentResult, skill: SkillResult): EvidenceAnswer[] {
  const answers = new Map(result.answers.map((a) => [a.questionId, a]))
  return skill.contributions
    .filter((c) => c.delta > 0)
    .map((c) => ({ c, answer: answers.get(c.questionId) }))
    .filter(({ answer }) => answer !== undefined && SHOWN_BY.has(answer.kind))
    .sort(
      (x, y) => Number(y.answer?.kind !== 'context') - Number(x.answer?.kind !== 'context') || y.c.delta - x.c.delta,
    )
    .slice(0, MAX_EVIDENCE)
    .map(({ c, answer }) => ({
      questionId: c.questionId,
      label: answer?.label ?? '',
      answer: answer?.answer ?? '',
      reason: c.reason,
    }))
}

function stepsFor(plan: Plan, skillId: string, done: ReadonlySet<string>): PlanStepRef[] {
  return plan.actions
    .filter((a) => a.skills.some((s) => s.skillId === skillId))
    .sort((a, b) => a.startWeek - b.startWeek)
    .map((a) => ({
      actionId: a.actionId,
      title: a.title,
      startWeek: a.startWeek,
      endWeek: a.endWeek,
      done: done.has(a.actionId),
    }))
}

/**
 * `plan` is the schedule as it stands (the stored plan or its newest re-plan); `done` the steps already checked off.
 * A skill the listing asks for counts as shown when it scores at least GAP_BELOW, the line the readout draws between
 * strengths and gaps.
 */
export function compareWithListing(
  analysis: ListingAnalysis,
  result: AssessmentResult,
  plan: Plan,
  done: ReadonlySet<string> = new Set(),
): ListingComparison {
  const skills = new Map(result.skills.map((s) => [s.skillId, s]))
  const standings = new Map<string, SkillStanding>()
  const standing = (skillId: string): SkillStanding | null => {
    const cached = standings.get(skillId)
    if (cached) return cached
    const skill = skills.get(skillId)
    // A skill added to the content after this assessment: the person was never asked about it.
    if (!skill) return null
    const status = skill.score >= GAP_BELOW ? 'evidence' : 'gap'
    const made: SkillStanding = {
      skillId,
      name: skill.name,
      score: skill.score,
      level: skill.level,
      status,
      evidence: evidenceFor(result, skill),
      steps: status === 'gap' ? stepsFor(plan, skillId, done) : [],
    }
    standings.set(skillId, made)
    return made
  }

  const lines: ComparedLine[] = analysis.requirements.map((line) => {
    const known = line.skillIds.flatMap((id) => standing(id) ?? [])
    const status =
      known.length === 0 ? 'not-measured' : known.every((s) => s.status === 'evidence') ? 'evidence' : 'gap'
    return { ...line, status, standings: known }
  })

  const measured = lines.filter((l) => l.status !== 'not-measured')
  const mustMeasured = measured.filter((l) => l.strength === 'must')
  const mentions = new Map(analysis.skills.map((m) => [m.skillId, m]))
  const weight = (skillId: string) => {
    const m = mentions.get(skillId)
    return m ? 2 * m.mustMentions + (m.mentions - m.mustMentions) : 0
  }
  const asked = [...standings.values()].filter((s) => weight(s.skillId) > 0)
  const topGaps = asked
    .filter((s) => s.status === 'gap')
    .sort((a, b) => weight(b.skillId) - weight(a.skillId) || a.score - b.score)
    .slice(0, MAX_TOP_GAPS)
    // The third gap only when the listing asks for it more than once or as a must-have.
    .filter((s, i) => i < 2 || weight(s.skillId) >= 2)
    .map((s) => ({
      skillId: s.skillId,
      name: s.name,
      score: s.score,
      mentions: mentions.get(s.skillId)?.mentions ?? 0,
      mustMentions: mentions.get(s.skillId)?.mustMentions ?? 0,
      steps: s.steps,
    }))
  const leadWith = asked
    .filter((s) => s.status === 'evidence' && s.evidence.length > 0)
    .sort((a, b) => weight(b.skillId) - weight(a.skillId) || b.score - a.score)
    .slice(0, 3)
    .map((s) => ({ skillId: s.skillId, name: s.name, mentions: mentions.get(s.skillId)?.mentions ?? 0 }))

  return {
    lines,
    summary: {
      measured: measured.length,
      covered: measured.filter((l) => l.status === 'evidence').length,
      mustMeasured: mustMeasured.length,
      mustCovered: mustMeasured.filter((l) => l.status === 'evidence').length,
      must: lines.filter((l) => l.strength === 'must').length,
      nice: lines.filter((l) => l.strength === 'nice').length,
      notMeasured: lines.filter((l) => l.status === 'not-measured' || l.notMeasured.length > 0).length,
      topGaps,
      leadWith,
    },
  }
}

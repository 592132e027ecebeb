import type { Plan, PlanAction, PlanWeek } from '@/lib/plan/plan-schema'
import type { AssessmentResult, SkillLevel, SkillResult, SourceCitation, Verdict } from '@/lib/scoring/result-schema'

// Shapes the stored result and plan into what the components lay out. Everything comes from the stored JSON, never
// from the current content, so a stored plan renders the same after the content changes.

export const verdictLabels: Record<Verdict['kind'], string> = {
  go: 'Go',
  'not-now': 'Not now',
  'not-for-you': 'Maybe not for you',
}

export const levelLabels: Record<SkillLevel, string> = {
  strong: 'Strong',
  solid: 'Solid',
  developing: 'Developing',
  gap: 'Gap',
}

export type SkillArea = { areaId: string; areaName: string; skills: SkillResult[] }

/** Skills grouped by area, keeping the stored order of both (areas first seen first). */
export function skillsByArea(skills: readonly SkillResult[]): SkillArea[] {
  const areas = new Map<string, SkillArea>()
  for (const skill of skills) {
    const area = areas.get(skill.areaId) ?? { areaId: skill.areaId, areaName: skill.areaName, skills: [] }
    area.skills.push(skill)
    areas.set(skill.areaId, area)
  }
  return [...areas.values()]
}

/** The id of a plan step's element, so a gap or a week can link to it. */
export const actionAnchor = (actionId: string) => `step-${actionId}`

/** Plan actions that close a gap, in the order they start. */
export function actionsForGap(plan: Plan, skillId: string): PlanAction[] {
  const wanted = new Set(plan.gapCoverage.find((c) => c.skillId === skillId)?.actionIds ?? [])
  return plan.actions.filter((a) => wanted.has(a.actionId) || a.closesGaps.some((g) => g.skillId === skillId))
}

export type PhaseWeeks = { phaseId: string; title: string; summary: string; weeks: PlanWeek[] }

/** Weeks under their phase headings, in week order (each phase is one run of weeks). */
export function weeksByPhase(plan: Plan): PhaseWeeks[] {
  const groups: PhaseWeeks[] = []
  for (const week of [...plan.weeks].sort((a, b) => a.week - b.week)) {
    const last = groups.at(-1)
    if (last && last.phaseId === week.phaseId) {
      last.weeks.push(week)
      continue
    }
    const phase = plan.phases.find((p) => p.id === week.phaseId)
    groups.push({
      phaseId: week.phaseId,
      title: phase?.title ?? week.phaseId,
      summary: phase?.summary ?? '',
      weeks: [week],
    })
  }
  return groups
}

/** The steps that start in the first `weeks` weeks: what to do now. */
export function firstSteps(plan: Plan, weeks: number): PlanAction[] {
  return plan.actions.filter((a) => a.startWeek <= weeks)
}

/** The best first-move role, falling back to the top of the list if the stored id is missing. */
export function bestRole(result: AssessmentResult) {
  return result.roles.find((role) => role.roleId === result.bestRoleId) ?? result.roles[0]
}

/** The citations for some source ids, looked up in the document's list. */
export function citations(ids: readonly string[], all: readonly SourceCitation[]): SourceCitation[] {
  return all.filter((s) => ids.includes(s.id))
}

/** Sources once each, in the order first cited. */
export function uniqueSources(...lists: readonly SourceCitation[][]): SourceCitation[] {
  const seen = new Map<string, SourceCitation>()
  for (const list of lists) for (const source of list) if (!seen.has(source.id)) seen.set(source.id, source)
  return [...seen.values()]
}

/** The answer a contribution refers to (absent from the read-only copy, which leaves the answers out). */
export function answerTo(result: AssessmentResult, questionId: string) {
  return result.answers.find((a) => a.questionId === questionId)
}

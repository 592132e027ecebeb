import type { Plan, PlanWeek } from '@/lib/plan/plan-schema'
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
export function skillsByArea(skills: SkillResult[]): SkillArea[] {
  const areas = new Map<string, SkillArea>()
  for (const skill of skills) {
    const area = areas.get(skill.areaId) ?? { areaId: skill.areaId, areaName: skill.areaName, skills: [] }
    area.skills.push(skill)
    areas.set(skill.areaId, area)
  }
  return [...areas.values()]
}

export type PlanActionRef = { actionId: string; title: string; week: number; anchor: string }

/** The id of a plan item's element: its action in the first week it appears, so a link lands on where it starts. */
export function planItemAnchor(actionId: string, week: number): string {
  return `week-${week}-${actionId}`
}

/** Plan actions that close a gap: from the plan's gap coverage and from each item's own list, first week first. */
export function planActionsForGap(plan: Plan, skillId: string): PlanActionRef[] {
  const wanted = new Set(plan.gapCoverage.find((coverage) => coverage.skillId === skillId)?.actionIds ?? [])
  const found = new Map<string, PlanActionRef>()
  for (const week of plan.weeks) {
    for (const item of week.items) {
      const closes = wanted.has(item.actionId) || item.closesGaps.some((gap) => gap.skillId === skillId)
      if (closes && !found.has(item.actionId)) {
        found.set(item.actionId, {
          actionId: item.actionId,
          title: item.title,
          week: week.week,
          anchor: planItemAnchor(item.actionId, week.week),
        })
      }
    }
  }
  return [...found.values()]
}

/** The week each action first appears in. */
export function actionStartWeeks(plan: Plan): Map<string, number> {
  const starts = new Map<string, number>()
  for (const week of [...plan.weeks].sort((a, b) => a.week - b.week)) {
    for (const item of week.items) if (!starts.has(item.actionId)) starts.set(item.actionId, week.week)
  }
  return starts
}

export type PhaseWeeks = { phaseId: string; title: string; summary: string; weeks: PlanWeek[] }

/** Weeks under their phase headings, in week order; a week whose phase is missing from the list keeps its own title. */
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
      title: phase?.title ?? week.phaseTitle,
      summary: phase?.summary ?? '',
      weeks: [week],
    })
  }
  return groups
}

/** The best first-move role, falling back to the top of the list if the stored id is missing. */
export function bestRole(result: AssessmentResult) {
  return result.roles.find((role) => role.roleId === result.bestRoleId) ?? result.roles[0]
}

/** Sources once each, in the order first cited. */
export function uniqueSources(...lists: SourceCitation[][]): SourceCitation[] {
  const seen = new Map<string, SourceCitation>()
  for (const list of lists) for (const source of list) if (!seen.has(source.id)) seen.set(source.id, source)
  return [...seen.values()]
}

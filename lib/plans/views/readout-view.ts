import type { Plan, PlanAction, PlanWeek } from '@/lib/engine/plan/plan-schema'
import { followUpText } from '@/lib/engine/plan/plan-text'
import type {
  AssessmentResult,
  SkillLevel,
  SkillResult,
  SourceCitation,
  Verdict,
} from '@/lib/engine/scoring/result-schema'
import { plural } from '@/lib/engine/scoring/text'
import { windowComparison } from '@/lib/engine/scoring/window'
import { formatDate, weekSpan } from '@/lib/plans/views/format'

// Shapes the stored result and plan into what the components lay out. Everything comes from the stored JSON, never
// from the current content, so a stored plan renders the same after the content changes.

/**
 * The verdict is about motivation, not readiness: "go" means the reasons for the move are the ones that carry
 * engineers through it. It is shown as one fact among the others, in plain case, never as a badge above the answer.
 */
export const verdictLabels: Record<Verdict['kind'], string> = {
  go: 'Sound',
  'not-now': 'Worth a pause first',
  'not-for-you': 'Worth a hard look first',
}

/** What the verdict is about, as the label of its row. */
export const VERDICT_TERM = 'Your reasons for the move'

/** How many strengths and gaps the readout shows; the rest are in the skill list and on the skills page. */
export const SHOWN = 3

/**
 * The strengths or gaps to show: every one the headline names ("lead with …; work first on …"), so a skill the
 * summary points to is always in the list under it, then the highest ranked of the rest, `SHOWN` in all (more only
 * if the headline names more), in their ranked order.
 */
export function shownSkills<T extends { name: string }>(items: readonly T[], headline: string): T[] {
  const said = headline.toLowerCase()
  const named = new Set(items.filter((item) => said.includes(item.name.toLowerCase())))
  const room = Math.max(SHOWN - named.size, 0)
  const others = new Set(items.filter((item) => !named.has(item)).slice(0, room))
  return items.filter((item) => named.has(item) || others.has(item))
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

export type PhaseWeeks = { phaseId: string; title: string; summary: string; runs: WeekRun[] }

/** Weeks under their phase headings, in week order (each phase is one run of weeks), identical weeks folded. */
export function weeksByPhase(plan: Plan): PhaseWeeks[] {
  const groups: PhaseWeeks[] = []
  for (const run of weekRuns(plan.weeks)) {
    const last = groups.at(-1)
    if (last && last.phaseId === run.week.phaseId) {
      last.runs.push(run)
      continue
    }
    const phase = plan.phases.find((p) => p.id === run.week.phaseId)
    groups.push({
      phaseId: run.week.phaseId,
      title: phase?.title ?? run.week.phaseId,
      summary: phase?.summary ?? '',
      runs: [run],
    })
  }
  return groups
}

/** One week, or a run of weeks that read the same (the same steps at the same hours, no milestone). */
export type WeekRun = { from: number; to: number; week: PlanWeek }

const sameWork = (a: PlanWeek, b: PlanWeek) =>
  a.phaseId === b.phaseId &&
  a.hours === b.hours &&
  a.milestoneIds.length === 0 &&
  b.milestoneIds.length === 0 &&
  JSON.stringify([a.work, a.followUps]) === JSON.stringify([b.work, b.followUps])

/** The last week a stored week stands for: itself, or the end of a run a newer plan stores as one entry. */
const lastWeekOf = (w: PlanWeek): number => ('toWeek' in w && typeof w.toWeek === 'number' ? w.toWeek : w.week)

/**
 * Weeks in order, each run of identical weeks folded into one entry: a plan is read as "weeks 16–31, 2 hours a
 * week: follow up on applications" once, not as sixteen lines that say the same.
 */
export function weekRuns(weeks: readonly PlanWeek[]): WeekRun[] {
  const runs: WeekRun[] = []
  for (const week of [...weeks].sort((a, b) => a.week - b.week)) {
    const last = runs.at(-1)
    if (last && last.to + 1 === week.week && sameWork(last.week, week)) last.to = lastWeekOf(week)
    else runs.push({ from: week.week, to: lastWeekOf(week), week })
  }
  return runs
}

/**
 * When and how long: its weeks and hours, what it waits for, and the light follow-up after, from the one source
 * (the plan's action). An ongoing step is said once with its pace and end ("until you accept an offer").
 */
export function stepTiming(a: PlanAction): string {
  const main = `${weekSpan(a.startWeek, a.endWeek)}, ${plural(a.hours, 'hour')}`
  const wait = a.waitsFor ? ` (${a.waitsFor})` : ''
  return a.followUp ? `${main}${wait}, ${followUpText(a.followUp)}` : `${main}${wait}`
}

/** The steps that start in the first `weeks` weeks: what to do now. */
export function firstSteps(plan: Plan, weeks: number): PlanAction[] {
  return plan.actions.filter((a) => a.startWeek <= weeks)
}

/** A re-plan after the readout was made: the day, and the hours a week it was made for. */
export type Replanned = { day: string; hoursPerWeek: number }

/**
 * A re-plan whose window was not estimated again (every re-plan the engine made before it could), so the readout's
 * estimate is from before it: the page says so. Null when there was no re-plan, or it re-estimated the window too.
 */
export function staleEstimate(progress: { state: { replan: { day: string; hoursPerWeek: number } | null } }) {
  const replan = progress.state.replan
  if (!replan || ('window' in replan && replan.window)) return null
  return { day: replan.day, hoursPerWeek: replan.hoursPerWeek }
}

/**
 * The window's detail: for which hours it was estimated and how it compares with the typical window. After a re-plan
 * the readout (and so its window) is the one made with the answers, the plan the re-planned one: say which is from
 * when, rather than show two hours-a-week figures side by side.
 */
export function windowDetail(result: AssessmentResult, plan: Plan, replan?: Replanned | null): string {
  const hours = plural(result.inputs.hoursPerWeek, 'hour')
  const compared = windowComparison(result.window.minWeeks, result.window.maxWeeks)
  if (!replan) return `At ${hours} a week: ${compared}`
  const day = formatDate(new Date(`${replan.day}T00:00:00Z`))
  return `This estimate was made with your readout, at ${hours} a week, before you re-planned on ${day} at ${plural(plan.hoursPerWeek, 'hour')} a week; the plan below is the re-planned one. ${compared.charAt(0).toUpperCase()}${compared.slice(1)}`
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

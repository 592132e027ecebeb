import type { Action, Content } from '@/lib/content/schema'
import type { Milestone, Plan, PlanItem, PlanPhase, PlanWeek } from '@/lib/plan/plan-schema'
import { ONGOING_WHAT_TO_DO } from '@/lib/plan/plan-text'
import { schedule } from '@/lib/plan/schedule'
import { lowerFirst } from '@/lib/scoring/text'

/** What the owner asks for when re-planning: the steps already done, and the hours a week from now on. */
export type ReplanRequest = { done: ReadonlySet<string>; hoursPerWeek: number }

type Original = { first: PlanItem; followUp: PlanItem | undefined; mainParts: number }

/** The plan's steps in the order they first appear, with their first item (which carries the full instructions). */
function originals(plan: Plan): Map<string, Original> {
  const out = new Map<string, Original>()
  for (const week of [...plan.weeks].sort((a, b) => a.week - b.week)) {
    for (const item of week.items) {
      const followUp = item.whatToDo === ONGOING_WHAT_TO_DO
      const known = out.get(item.actionId)
      if (!known) out.set(item.actionId, { first: item, followUp: followUp ? item : undefined, mainParts: 1 })
      else if (followUp) known.followUp ??= item
      else known.mainParts++
    }
  }
  return out
}

/** The step as the scheduler needs it: from the content when it still has it, else from the stored plan itself. */
function actionFor(content: Content, original: Original): Action {
  const current = content.actions.find((a) => a.id === original.first.actionId)
  if (current) return current
  const item = original.first
  return {
    id: item.actionId,
    title: item.title,
    phaseId: item.phaseId,
    whatToDo: item.whatToDo,
    doneWhen: item.doneWhen,
    skills: item.skills.map((s) => s.skillId),
    effortHours: item.totalHours,
    spanWeeks: Math.min(Math.max(original.mainParts, 1), 16),
    prerequisites: [],
    ongoing: original.followUp !== undefined,
    paths: [],
    sources: item.sources.map((s) => s.id),
  }
}

/**
 * Re-schedules the steps of a plan that are not done yet, from week 1 (the day the owner re-plans) at the hours a
 * week they ask for. Pure: the same plan and request always give the same schedule. Done steps leave the schedule
 * and stay done; prerequisites that are done no longer hold anything back; each remaining step keeps its full
 * effort (a step half done finishes early, which is better than a plan that assumes work nobody recorded).
 * Milestones whose steps are all done are reached and leave the schedule too.
 */
export function replan(content: Content, plan: Plan, request: ReplanRequest): Plan {
  const hours = request.hoursPerWeek
  const all = originals(plan)
  const remaining = [...all.values()].filter((o) => !request.done.has(o.first.actionId))
  const actions = remaining.map((o) => actionFor(content, o))
  const sched = schedule(content, actions, hours, 0)
  const phaseTitle = new Map([
    ...content.phases.map((p) => [p.id, p.title] as const),
    ...plan.phases.map((p) => [p.id, p.title] as const),
  ])

  const span = new Map<string, { start: number; end: number }>()
  let lastPhase = remaining[0]?.first.phaseId ?? plan.phases[0]?.id ?? ''
  const weeks: PlanWeek[] = sched.weeks.map((slots, i) => {
    const week = i + 1
    const phaseHours = new Map<string, number>()
    const items = slots.map((slot): PlanItem => {
      const original = remaining[slot.i] as Original
      const base = original.first
      if (!slot.ongoing) {
        phaseHours.set(base.phaseId, (phaseHours.get(base.phaseId) ?? 0) + slot.hours)
        const s = span.get(base.phaseId)
        span.set(base.phaseId, { start: s?.start ?? week, end: week })
      }
      return {
        ...base,
        title: slot.ongoing ? (original.followUp?.title ?? `Keep going: ${lowerFirst(base.title)}`) : base.title,
        whatToDo: slot.ongoing ? ONGOING_WHAT_TO_DO : base.whatToDo,
        hours: slot.hours,
        totalHours: slot.action.effortHours,
        part: slot.part,
        parts: sched.parts[slot.i] ?? 1,
      }
    })
    // A week belongs to the phase it spends most hours on; a week of follow-ups only keeps the last one.
    let top = 0
    for (const [phaseId, h] of phaseHours)
      if (h > top) {
        top = h
        lastPhase = phaseId
      }
    return {
      week,
      phaseId: lastPhase,
      phaseTitle: phaseTitle.get(lastPhase) ?? lastPhase,
      hours: sched.used[i] ?? 0,
      items,
      milestones: [],
    }
  })

  const phases: PlanPhase[] = plan.phases.flatMap((p) => {
    const s = span.get(p.id)
    return s ? [{ ...p, startWeek: s.start, endWeek: s.end }] : []
  })
  const firstEnd = phases.reduce((min, p) => Math.min(min, p.endWeek), weeks.length || 1)
  const milestones: Milestone[] = plan.milestones.flatMap((m) => {
    if (!m.id.startsWith('end-')) return [{ ...m, week: Math.min(Math.max(firstEnd, 1), Math.max(weeks.length, 1)) }]
    const s = span.get(m.id.slice(4))
    return s ? [{ ...m, week: s.end }] : []
  })
  milestones.sort((a, b) => a.week - b.week)
  for (const m of milestones) weeks[m.week - 1]?.milestones.push(m)

  const left = new Set(remaining.map((o) => o.first.actionId))
  const doneCount = all.size - remaining.length
  return {
    ...plan,
    hoursPerWeek: hours,
    totalWeeks: weeks.length,
    totalHours: sched.used.reduce((s, h) => s + h, 0),
    phases,
    weeks,
    milestones,
    gapCoverage: plan.gapCoverage.map((g) => ({ ...g, actionIds: g.actionIds.filter((id) => left.has(id)) })),
    notes: [
      `Re-planned for ${hours} hour${hours === 1 ? '' : 's'} a week: ${remaining.length} step${remaining.length === 1 ? '' : 's'} left, ${doneCount} done before.`,
      'Each step left keeps its full hours, so one you have already started may finish early.',
    ],
  }
}

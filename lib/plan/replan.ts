import type { Action, Content } from '@/lib/content/schema'
import type { Milestone, Plan, PlanAction, PlanPhase, PlanWeek } from '@/lib/plan/plan-schema'
import { FOLLOW_UP_HOURS, schedule } from '@/lib/plan/schedule'

/** What the owner asks for when re-planning: the steps already done, and the hours a week from now on. */
export type ReplanRequest = { done: ReadonlySet<string>; hoursPerWeek: number }

/** The step as the scheduler needs it, from the plan itself (a plan carries every number its steps need). */
const asAction = (a: PlanAction): Action => ({
  id: a.actionId,
  title: a.title,
  phaseId: a.phaseId,
  whatToDo: a.whatToDo,
  doneWhen: a.doneWhen,
  skills: a.skills.map((s) => s.skillId),
  effortHours: a.effortHours,
  spanWeeks: a.spanWeeks,
  prerequisites: a.prerequisites,
  ongoing: a.ongoing,
  paths: [],
  requires: [],
  skipWhen: [],
  whenDone: [],
  sources: a.sources,
})

/**
 * Re-schedules the steps of a plan that are not done yet, from week 1 (the day the owner re-plans) at the hours a
 * week they ask for, with the engine's own scheduler. Pure: the same plan and request always give the same schedule.
 * `phases` are the content's phases, for their order and which phase waits for which.
 *
 * Done steps leave the schedule and stay done; prerequisites that are done no longer hold anything back; each
 * remaining step keeps its full effort (a step half done finishes early, which is better than a plan that assumes
 * work nobody recorded). Milestones whose steps are all done are reached and leave the schedule too. Throws when no
 * step is left: there is nothing to re-plan.
 */
export function replan(phases: Content['phases'], plan: Plan, request: ReplanRequest): Plan {
  const hours = request.hoursPerWeek
  const remaining = plan.actions.filter((a) => !request.done.has(a.actionId))
  if (remaining.length === 0) throw new Error('replan: every step is done')
  const sched = schedule(phases, remaining.map(asAction), hours, 0)

  const actions: PlanAction[] = remaining.map((a, i) => {
    const followWeeks = sched.weeks.flatMap((slots, w) => (slots.some((s) => s.i === i && s.followUp) ? [w + 1] : []))
    return {
      ...a,
      startWeek: sched.start[i] ?? 1,
      endWeek: sched.end[i] ?? 1,
      prerequisites: a.prerequisites.filter((p) => !request.done.has(p)),
      followUp:
        followWeeks.length > 0
          ? { hoursPerWeek: FOLLOW_UP_HOURS, fromWeek: followWeeks[0] ?? 1, toWeek: followWeeks.at(-1) ?? 1 }
          : null,
    }
  })
  const order = new Map(plan.actions.map((a, i) => [a.actionId, i]))
  actions.sort((x, y) => x.startWeek - y.startWeek || (order.get(x.actionId) ?? 0) - (order.get(y.actionId) ?? 0))

  // As in a new plan: a week belongs to the earliest phase it has main work in, never moving back.
  const phaseIndex = new Map(phases.map((p, i) => [p.id, i]))
  const phaseIds = phases.map((p) => p.id)
  let current = 0
  const weeks: PlanWeek[] = sched.weeks.map((slots, w) => {
    const worked = slots.flatMap((s) => (s.followUp ? [] : [phaseIndex.get(remaining[s.i]?.phaseId ?? '') ?? 0]))
    if (worked.length > 0) current = Math.max(current, Math.min(...worked))
    const id = (s: { i: number; hours: number }) => ({ actionId: remaining[s.i]?.actionId ?? '', hours: s.hours })
    return {
      week: w + 1,
      phaseId: phaseIds[current] ?? remaining[0]?.phaseId ?? '',
      hours: sched.used[w] ?? 0,
      work: slots.filter((s) => !s.followUp).map(id),
      followUps: slots.filter((s) => s.followUp).map(id),
      milestoneIds: [],
    }
  })

  const newPhases: PlanPhase[] = plan.phases.flatMap((p) => {
    const labelled = weeks.filter((w) => w.phaseId === p.id)
    const first = labelled[0]
    const last = labelled.at(-1)
    return first && last ? [{ ...p, startWeek: first.week, endWeek: last.week }] : []
  })

  const endOf = new Map(actions.map((a) => [a.actionId, a.endWeek]))
  const stepMilestones: Milestone[] = plan.milestones.flatMap((m) => {
    const open = m.actionIds.filter((id) => endOf.has(id))
    if (m.actionIds.length === 0 || open.length === 0) return []
    return [{ ...m, week: Math.max(...open.map((id) => endOf.get(id) ?? 1)) }]
  })
  // A checkpoint tied to no step (deciding whether to go on) comes with the first milestone still ahead.
  const checkpoints: Milestone[] = plan.milestones
    .filter((m) => m.actionIds.length === 0)
    .map((m) => ({ ...m, week: Math.min(...stepMilestones.map((s) => s.week), weeks.length) }))
  const milestones = [...stepMilestones, ...checkpoints].sort((a, b) => a.week - b.week)
  for (const m of milestones) weeks[m.week - 1]?.milestoneIds.push(m.id)

  const left = new Set(remaining.map((a) => a.actionId))
  const doneCount = plan.actions.length - remaining.length
  return {
    ...plan,
    hoursPerWeek: hours,
    totalWeeks: weeks.length,
    totalHours: weeks.reduce((s, w) => s + w.hours, 0),
    actions,
    weeks,
    phases: newPhases,
    milestones,
    gapCoverage: plan.gapCoverage.map((g) => ({ ...g, actionIds: g.actionIds.filter((id) => left.has(id)) })),
    notes: [
      `Re-planned for ${hours} hour${hours === 1 ? '' : 's'} a week: ${remaining.length} step${remaining.length === 1 ? '' : 's'} left, ${doneCount} done before.`,
      'Each step left keeps its full hours, so one you have already started may finish early.',
    ],
  }
}

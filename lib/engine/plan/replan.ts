import type { Action, Content } from '@/lib/engine/content/schema'
import { followUpOf, sparesHours, toPlanAction, withWindow } from '@/lib/engine/plan/build-plan'
import type { Milestone, Plan, PlanAction } from '@/lib/engine/plan/plan-schema'
import { titles } from '@/lib/engine/plan/plan-text'
import { schedule } from '@/lib/engine/plan/schedule'
import { hoursOf, layoutWeeks, moveStep, phaseSpans, toRuns } from '@/lib/engine/plan/weeks'
import { WINDOW_LIMITS } from '@/lib/engine/scoring/calibration'
import { headlineFor } from '@/lib/engine/scoring/headline'
import type { AssessmentResult, TransitionWindow } from '@/lib/engine/scoring/result-schema'
import { displayName, list, names, plural, wordings } from '@/lib/engine/scoring/text'
import { fitWindowToPlan, startingPoint, windowSummary } from '@/lib/engine/scoring/window'

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
  ...(a.followUp ? { followUpHours: a.followUp.hoursPerWeek } : {}),
  ...(a.followUp?.until ? { until: a.followUp.until } : {}),
  waitWeeks: a.waitWeeks ?? 0,
  ...(a.waitsFor ? { waitsFor: a.waitsFor } : {}),
  paths: [],
  requires: [],
  skipWhen: [],
  whenDone: [],
  sources: a.sources,
})

/**
 * Re-schedules the steps of a plan that are not done yet, from week 1 (the day the owner re-plans) at the hours a
 * week they ask for, with the engine's own scheduler. Pure: the same plan and request always give the same schedule.
 *
 * Done steps leave the schedule and stay done; prerequisites that are done no longer hold anything back; each
 * remaining step keeps its full effort (a step half done finishes early, which is better than a plan that assumes
 * work nobody recorded). Steps the plan left out for lack of hours come back when the new hours have room for them
 * (without pushing the move past the window's start). Milestones whose steps are all done are reached and leave the
 * schedule too. Throws when no step is left: there is nothing to re-plan.
 */
export function replan(
  content: Content,
  plan: Plan,
  request: ReplanRequest,
  window: Pick<TransitionWindow, 'minWeeks' | 'maxWeeks'> = { minWeeks: 0, maxWeeks: 0 },
): Plan {
  const hours = request.hoursPerWeek
  const phases = content.phases
  const lastPhase = phases.at(-1)?.id
  const remaining = plan.actions
    .filter((a) => !request.done.has(a.actionId))
    .map((a) => ({ ...a, prerequisites: a.prerequisites.filter((p) => !request.done.has(p)) }))
  if (remaining.length === 0) throw new Error('replan: every step is done')

  // Spare hours first: a step left out before comes back if the new hours fit it in.
  const fits = sparesHours(phases, hours, lastPhase, window)
  const optionalIds = new Set(remaining.filter((a) => a.optional).map((a) => a.actionId))
  const behind = new Set(plan.alreadyDoing.map((d) => d.actionId))
  const added: PlanAction[] = []
  // Why each step came back, naming the gaps it builds; each wording once, so several never read alike.
  const because = wordings([
    (gaps: string) => `More practice on ${gaps}, now that your hours allow.`,
    (gaps: string) => `Your extra hours make room for this: it builds ${gaps}.`,
    (gaps: string) => `Back in the plan with the hours you added, for ${gaps}.`,
  ])
  const whyBack = (a: Action) => {
    const gaps = plan.gapCoverage.filter((g) => a.skills.includes(g.skillId)).map((g) => displayName(g.name))
    const say = gaps.length > 0 ? because() : null
    return say ? say(names(gaps.slice(0, 2), 'plus')) : null
  }
  const stillOut: Plan['leftOut'] = []
  for (const out of plan.leftOut) {
    const a = content.actions.find((x) => x.id === out.actionId)
    const inPlan = new Set([...remaining, ...added].map((x) => x.actionId))
    // A prerequisite is met when it is done, in the plan, or was already behind the person when the plan was made.
    const ready = a?.prerequisites.every((p) => request.done.has(p) || inPlan.has(p) || behind.has(p))
    const current = [...remaining, ...added].map(asAction)
    const soft = new Set([...optionalIds, ...added.map((x) => x.actionId), a?.id ?? ''])
    if (a && ready && fits(current, [...current, a], soft))
      added.push(
        toPlanAction(content, a, {
          startWeek: 1,
          endWeek: 1,
          lastWorkWeek: 1,
          inPlan,
          gapIds: new Set(plan.gapCoverage.map((g) => g.skillId)),
          optional: true,
          why: whyBack(a),
        }),
      )
    else stillOut.push(out)
  }
  const steps = [...remaining, ...added]
  const stepActions = steps.map(asAction)
  const sched = schedule(phases, stepActions, hours, new Set([...optionalIds, ...added.map((a) => a.actionId)]))

  const actions: PlanAction[] = steps.map((a, i) => ({
    ...a,
    startWeek: sched.start[i] ?? 1,
    endWeek: sched.end[i] ?? 1,
    followUp: followUpOf(stepActions[i] ?? asAction(a), sched.end[i] ?? 1, sched.lastWorkWeek),
  }))
  const order = new Map([...plan.actions, ...added].map((a, i) => [a.actionId, i]))
  actions.sort((x, y) => x.startWeek - y.startWeek || (order.get(x.actionId) ?? 0) - (order.get(y.actionId) ?? 0))

  // As in a new plan: a week belongs to the earliest phase it has main work in, never moving back.
  const weeks = layoutWeeks(
    phases.map((p) => p.id),
    stepActions,
    sched,
  )
  const newPhases = phaseSpans(plan.phases, weeks)

  const endOf = new Map(actions.map((a) => [a.actionId, a.endWeek]))
  const stepMilestones: Milestone[] = plan.milestones.flatMap((m) => {
    const open = m.actionIds.filter((id) => endOf.has(id))
    if (m.actionIds.length === 0 || open.length === 0) return []
    return [
      {
        ...m,
        week: Math.max(...open.map((id) => endOf.get(id) ?? 1)),
      },
    ]
  })
  // A checkpoint tied to no step (deciding whether to go on) comes with the first milestone still ahead.
  const checkpoints: Milestone[] = plan.milestones
    .filter((m) => m.actionIds.length === 0)
    .map((m) => ({ ...m, week: Math.min(...stepMilestones.map((s) => s.week), weeks.length) }))
  const milestones = [...stepMilestones, ...checkpoints].sort((a, b) => a.week - b.week)
  for (const m of milestones) weeks[m.week - 1]?.milestoneIds.push(m.id)
  const runs = toRuns(weeks)

  const left = new Set(steps.map((a) => a.actionId))
  const doneCount = plan.actions.length - remaining.length
  const notes = [
    `Re-planned for ${plural(hours, 'hour')} a week: ${plural(remaining.length, 'step')} left, ${doneCount} done before.`,
    'Each step left keeps its full hours, so one you have already started may finish early.',
  ]
  if (added.length > 0)
    notes.push(`Your new hours make room for ${list(titles(added.map(asAction)))}, left out before.`)
  if (stillOut.length > 0)
    notes.push(
      `Still left out for lack of hours (add them if you find time): ${list(stillOut.map((o) => `“${o.title}”`))}.`,
    )
  return {
    ...plan,
    hoursPerWeek: hours,
    totalWeeks: weeks.length,
    totalHours: hoursOf(runs),
    actions,
    weeks: runs,
    phases: newPhases,
    milestones,
    gapCoverage: plan.gapCoverage.map((g) => ({
      ...g,
      actionIds: [
        ...g.actionIds.filter((id) => left.has(id)),
        ...added.filter((a) => a.skills.some((s) => s.skillId === g.skillId)).map((a) => a.actionId),
      ],
    })),
    leftOut: stillOut,
    notes,
  }
}

/** A re-plan as stored: the new schedule with the window and headline recomputed with it, all self-contained. */
export type Replanned = { plan: Plan; window: TransitionWindow; headline: string }

/**
 * Re-plans and recomputes the window and the headline together, so the three never disagree. `result` is the
 * readout, `current` the window now in force (the readout's, or the last re-plan's) and `elapsedWeeks` the whole
 * weeks since that window's week 1. The window starts again from the estimate before the plan was fitted (its
 * `basis`), less the weeks gone by, adjusted for the change of hours (the hours question's own weeks), and is then
 * fitted to the new schedule exactly as a new readout's is.
 */
export function replanAll(
  content: Content,
  result: AssessmentResult,
  current: TransitionWindow,
  plan: Plan,
  request: ReplanRequest,
  elapsedWeeks: number,
): Replanned {
  const hours = request.hoursPerWeek
  const hoursWeeks = hoursBandWeeks(content, hours)
  const basis = current.basis ?? {
    minWeeks: current.minWeeks,
    maxWeeks: current.maxWeeks,
    hoursWeeks: hoursBandWeeks(content, plan.hoursPerWeek),
  }
  const shift = hoursWeeks - basis.hoursWeeks
  const gone = Math.max(0, elapsedWeeks)
  const min = Math.max(1, basis.minWeeks - gone + shift)
  const max = Math.max(min + WINDOW_LIMITS.minSpan, basis.maxWeeks - gone + shift)
  // The estimate before the plan was fitted is a step in the working, said as one (startingPoint); the weeks gone
  // by and the change of hours are points of their own, with their weeks, like every other adjustment.
  const reasons: TransitionWindow['reasons'] = [
    startingPoint(
      `Counted from your re-plan: before your plan was fitted, the estimate was about ${basis.minWeeks}–${basis.maxWeeks} weeks`,
      gone > 0 || shift !== 0,
    ),
  ]
  if (gone > 0)
    reasons.push({
      effect: 'shorter',
      text: `${gone} week${gone === 1 ? ' has' : 's have'} gone by since that estimate began (−${gone} weeks).`,
    })
  if (shift !== 0)
    reasons.push({
      effect: shift > 0 ? 'longer' : 'shorter',
      text: `At ${plural(hours, 'hour')} a week instead of ${plan.hoursPerWeek} (${shift > 0 ? '+' : '−'}${Math.abs(shift)} weeks).`,
    })
  const base: TransitionWindow = {
    minWeeks: min,
    maxWeeks: max,
    summary: windowSummary(min, max),
    reasons,
    sources: current.sources,
    basis: { minWeeks: min, maxWeeks: max, hoursWeeks },
  }
  const scheduled = replan(content, plan, request, { minWeeks: min, maxWeeks: max })
  const window = fitWindowToPlan(base, moveStep(scheduled, content.phases.at(-1)?.id), scheduled.totalWeeks, hours)
  return { plan: withWindow(scheduled, window), window, headline: headlineFor(result, window, hours) }
}

/** The weeks the hours-a-week answer adds to the window (its band's `windowWeeks`), for these hours. */
export function hoursBandWeeks(content: Content, hours: number): number {
  const q = content.questions.find((x) => x.feeds === 'hours-per-week')
  const band = q?.kind === 'number' ? q.bands.find((b) => hours >= b.min && hours <= b.max) : undefined
  return band?.windowWeeks ?? 0
}

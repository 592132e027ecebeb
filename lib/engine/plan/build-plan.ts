import type { Answers } from '@/lib/engine/content/answers'
import type { Action, Content } from '@/lib/engine/content/schema'
import { type Milestone, PLAN_VERSION, type Plan, type PlanAction, type PlanPhase } from '@/lib/engine/plan/plan-schema'
import { CHECKPOINT_CHECKS, CHECKPOINT_DONE_WHEN, CHECKPOINT_TITLE, titles, whyFor } from '@/lib/engine/plan/plan-text'
import { followUpHoursOf, schedule } from '@/lib/engine/plan/schedule'
import { type Fits, type PlanInput, selectActions } from '@/lib/engine/plan/select-actions'
import { hoursOf, layoutWeeks, phaseSpans, toRuns } from '@/lib/engine/plan/weeks'
import { chosenEffects } from '@/lib/engine/scoring/chosen'
import { citationsFor } from '@/lib/engine/scoring/citations'
import type { TransitionWindow } from '@/lib/engine/scoring/result-schema'
import { article, displayName, list, names, plural, quoted } from '@/lib/engine/scoring/text'

/**
 * Turns a readout into a week-by-week plan. Pure and deterministic; no week asks for more than the person's hours,
 * prerequisites come first, every top gap has at least one action, and the plan runs at least to the window's start.
 */
export function buildPlan(content: Content, result: PlanInput, answers: Answers): Plan {
  const hours = result.inputs.hoursPerWeek
  const lastPhase = content.phases.at(-1)?.id
  const { selected, optional, alreadyDoing, leftOut, topGapIds } = selectActions(
    content,
    result,
    answers,
    sparesHours(content.phases, hours, lastPhase, result.window),
  )
  const actions = selected.map((s) => s.action)
  const sched = schedule(content.phases, actions, hours, optional)
  const gapIds = new Set(result.gaps.map((g) => g.skillId))
  const skillName = (id: string) => content.skills.find((k) => k.id === id)?.name ?? id
  const inPlan = new Set(actions.map((a) => a.id))

  const planActions: PlanAction[] = selected.map(({ action: a, reason }, i) =>
    toPlanAction(content, a, {
      startWeek: sched.start[i] ?? 1,
      endWeek: sched.end[i] ?? 1,
      lastWorkWeek: sched.lastWorkWeek,
      inPlan,
      gapIds,
      optional: optional.has(a.id),
      why: whyFor(
        content,
        reason,
        topGapIds.filter((g) => a.skills.includes(g)),
      ),
    }),
  )
  planActions.sort((x, y) => x.startWeek - y.startWeek || order(content, x.actionId) - order(content, y.actionId))

  const weeks = layoutWeeks(
    content.phases.map((p) => p.id),
    actions,
    sched,
  )
  const phases: PlanPhase[] = phaseSpans(
    content.phases.map((p) => ({ id: p.id, title: p.title, summary: p.summary, sources: p.sources })),
    weeks,
  ).map(({ id, title, summary, startWeek, endWeek, sources }) => ({ id, title, summary, startWeek, endWeek, sources }))

  // A phase's milestone rests on its core steps: optional ones run in spare hours and may end later.
  const milestones: Milestone[] = content.phases.flatMap((p) => {
    const own = planActions.filter((a) => a.phaseId === p.id && !a.optional)
    if (own.length === 0) return []
    return [
      {
        id: `end-${p.id}`,
        week: Math.max(...own.map((a) => a.endWeek)),
        title: p.milestoneTitle,
        doneWhen: p.milestone,
        checks: own.map((a) => a.doneWhen),
        actionIds: own.map((a) => a.actionId),
      },
    ]
  })
  if (result.verdict.kind !== 'go') {
    // After the first product tasks (the first action beyond the opening phase), never before that phase ends:
    // deciding before you have tried the work would decide nothing.
    const opening = content.phases[0]?.id
    const tried = planActions.filter((a) => a.phaseId !== opening).map((a) => a.endWeek)
    milestones.push({
      id: 'decision-checkpoint',
      week: Math.max(milestones[0]?.week ?? 1, tried.length > 0 ? Math.min(...tried) : 1),
      title: CHECKPOINT_TITLE,
      doneWhen: CHECKPOINT_DONE_WHEN,
      checks: [...CHECKPOINT_CHECKS],
      actionIds: [],
    })
  }
  milestones.sort((a, b) => a.week - b.week)
  for (const m of milestones) weeks[m.week - 1]?.milestoneIds.push(m.id)
  const runs = toRuns(weeks)

  const roleName = result.roles.find((r) => r.roleId === result.bestRoleId)?.name ?? result.bestRoleId
  const required = selected.filter((s) => s.reason.kind === 'required')
  const strengths = result.strengths
    .filter((s) => s.confidence !== 'low')
    .slice(0, 2)
    .map((s) => displayName(s.name))
  const notes = [`Sized for ${plural(hours, 'hour')} a week: no week asks for more.`]
  if (required.length > 0)
    notes.push(`On this route, every plan includes ${list(titles(required.map((s) => s.action)))}.`)
  if (strengths.length > 0)
    notes.push(
      `In your résumé, stories and interviews, lead with ${names(strengths, 'plus')}, and aim for a role as ${article(displayName(roleName))} ${displayName(roleName)}.`,
    )
  if (alreadyDoing.length > 0)
    notes.push(
      `Already behind you, so not in the plan: ${list(alreadyDoing.map((d) => quoted(d.action.title)))}.${alreadyDoing.some((d) => d.instead) ? ' The plan moves you on to the next step instead.' : ''}`,
    )
  for (const note of new Set(
    chosenEffects(content, answers).flatMap((c) => (c.effects.planNote ? [c.effects.planNote] : [])),
  ))
    notes.push(note)
  if (leftOut.length > 0)
    notes.push(
      `Left out for lack of hours, because fitting them in would push back your move (add them if you find time): ${list(titles(leftOut))}.`,
    )
  const checkpoint = milestones.find((m) => m.id === 'decision-checkpoint')
  if (checkpoint)
    notes.push(
      `Because your motivation answers raised a warning, week ${checkpoint.week} has a checkpoint: once you have tried your first product tasks, decide whether to go on.`,
    )

  return {
    version: PLAN_VERSION,
    pathId: result.path.pathId,
    pathName: result.path.name,
    roleId: result.bestRoleId,
    roleName,
    hoursPerWeek: hours,
    totalWeeks: weeks.length,
    totalHours: hoursOf(runs),
    actions: planActions,
    weeks: runs,
    phases,
    milestones,
    gapCoverage: topGapIds.map((skillId) => ({
      skillId,
      name: skillName(skillId),
      actionIds: planActions.filter((a) => a.skills.some((s) => s.skillId === skillId)).map((a) => a.actionId),
    })),
    alreadyDoing: alreadyDoing.map((d) => ({
      actionId: d.action.id,
      title: d.action.title,
      insteadId: d.instead?.id ?? null,
    })),
    leftOut: leftOut.map((a: Action) => ({ actionId: a.id, title: a.title })),
    notes,
    sources: citationsFor(content, [...actions.flatMap((a) => a.sources), ...phases.flatMap((p) => p.sources)]),
  }
}

const order = (content: Content, actionId: string) => content.actions.findIndex((a) => a.id === actionId)

/**
 * A content action as the plan lists it: self-contained (names, instructions and citations copied in), with its
 * scheduled weeks, its prerequisites in the plan, its ongoing pace, what it waits for and the gaps it closes.
 */
export function toPlanAction(
  content: Content,
  a: Action,
  at: {
    startWeek: number
    endWeek: number
    lastWorkWeek: number
    inPlan: ReadonlySet<string>
    gapIds: ReadonlySet<string>
    optional?: boolean
    why: string | null
  },
): PlanAction {
  const skills = a.skills.map((id) => ({ skillId: id, name: content.skills.find((k) => k.id === id)?.name ?? id }))
  return {
    actionId: a.id,
    title: a.title,
    phaseId: a.phaseId,
    whatToDo: a.whatToDo,
    doneWhen: a.doneWhen,
    hours: a.effortHours,
    startWeek: at.startWeek,
    endWeek: at.endWeek,
    effortHours: a.effortHours,
    spanWeeks: a.spanWeeks,
    prerequisites: a.prerequisites.filter((p) => at.inPlan.has(p)),
    ongoing: a.ongoing,
    followUp: followUpOf(a, at.endWeek, at.lastWorkWeek),
    ...(a.waitWeeks > 0 ? { waitWeeks: a.waitWeeks, ...(a.waitsFor ? { waitsFor: a.waitsFor } : {}) } : {}),
    closesGaps: skills.filter((s) => at.gapIds.has(s.skillId)),
    skills,
    ...(at.optional ? { optional: true as const } : {}),
    why: at.why,
    sources: a.sources,
  }
}

/**
 * An ongoing step's light pace after its main effort, stated once: from the week after its main effort, until its
 * end condition. `toWeek` is provisional (the last work week) until the window is known (withWindow).
 */
export function followUpOf(
  a: Pick<Action, 'ongoing' | 'followUpHours' | 'until'>,
  endWeek: number,
  lastWorkWeek: number,
): PlanAction['followUp'] {
  if (!a.ongoing) return null
  return {
    hoursPerWeek: followUpHoursOf(a),
    fromWeek: endWeek + 1,
    toWeek: Math.max(endWeek + 1, lastWorkWeek),
    ...(a.until ? { until: a.until } : {}),
  }
}

/**
 * Whether an optional step takes only spare time: scheduled with it (optional steps fill spare hours and hold no
 * phase back), the plan's move (asking for the role, applying) must come no later than it would without it or than
 * the window's start, whichever is later, and its last work week no later than it would without it or than the
 * window's end. So a step is left out only when the hours are used up to the window's end, or when it is the
 * prerequisite of something that would push the move back.
 */
export function sparesHours(
  phases: Content['phases'],
  hours: number,
  lastPhase: string | undefined,
  window: Pick<TransitionWindow, 'minWeeks' | 'maxWeeks'>,
): Fits {
  const facts = (list: readonly Action[], optional: ReadonlySet<string>) => {
    const s = schedule(phases, list, hours, optional)
    const move = Math.max(0, ...list.flatMap((a, i) => (a.phaseId === lastPhase ? [s.end[i] ?? 0] : [])))
    return { last: s.lastWorkWeek, move }
  }
  // Each plan is scheduled once: the plan without the candidate is asked about again and again while nothing is
  // added, and once a candidate is taken, the plan with it is the next one asked about.
  const known = new Map<string, ReturnType<typeof facts>>()
  const factsOf = (list: readonly Action[], optional: ReadonlySet<string>) => {
    const key = list.map((a) => a.id).join(' ')
    let f = known.get(key)
    if (!f) {
      f = facts(list, optional)
      known.set(key, f)
    }
    return f
  }
  return (current, next, optional) => {
    const now = factsOf(current, optional)
    const then = factsOf(next, optional)
    return then.last <= Math.max(now.last, window.maxWeeks) && then.move <= Math.max(now.move, window.minWeeks)
  }
}

/**
 * The plan once the window is known: each ongoing step is expected to end by the window's upper end, and the notes
 * say in words how the plan's end and the window's end relate (the search itself takes time).
 */
export function withWindow(plan: Plan, window: Pick<TransitionWindow, 'minWeeks' | 'maxWeeks'>): Plan {
  const actions = plan.actions.map((a) =>
    a.followUp ? { ...a, followUp: { ...a.followUp, toWeek: Math.max(a.followUp.fromWeek, window.maxWeeks) } } : a,
  )
  const last = actions.filter((a) => a.followUp).sort((x, y) => y.endWeek - x.endWeek)[0]
  const notes = plan.notes.filter((n) => !n.startsWith(ENDS_NOTE))
  if (last?.followUp && window.maxWeeks > plan.totalWeeks)
    notes.push(
      `${ENDS_NOTE} week ${plan.totalWeeks}. From then on, keep ${quoted(last.title)} going at about ${plural(last.followUp.hoursPerWeek, 'hour')} a week ${last.followUp.until ?? 'until it is done'}: the window runs to week ${window.maxWeeks} because the move itself takes time.`,
    )
  return { ...plan, actions, notes }
}

const ENDS_NOTE = 'The plan’s work ends in'

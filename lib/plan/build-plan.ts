import type { Answers } from '@/lib/content/answers'
import type { Action, Content } from '@/lib/content/schema'
import type { Milestone, Plan, PlanAction, PlanPhase, PlanWeek } from '@/lib/plan/plan-schema'
import { CHECKPOINT_CHECKS, CHECKPOINT_DONE_WHEN, CHECKPOINT_TITLE, titles, whyFor } from '@/lib/plan/plan-text'
import { FOLLOW_UP_HOURS, schedule } from '@/lib/plan/schedule'
import { type PlanInput, selectActions } from '@/lib/plan/select-actions'
import { citationsFor } from '@/lib/scoring/citations'
import { article, displayName, list, quoted } from '@/lib/scoring/text'

/**
 * Turns a readout into a week-by-week plan. Pure and deterministic; no week asks for more than the person's hours,
 * prerequisites come first, every top gap has at least one action, and the plan runs at least to the window's start.
 */
export function buildPlan(content: Content, result: PlanInput, answers: Answers): Plan {
  const hours = result.inputs.hoursPerWeek
  const { selected, alreadyDoing, leftOut, topGapIds } = selectActions(content, result, answers)
  const actions = selected.map((s) => s.action)
  const sched = schedule(content.phases, actions, hours, result.window.minWeeks)
  const gapIds = new Set(result.gaps.map((g) => g.skillId))
  const skillName = (id: string) => content.skills.find((k) => k.id === id)?.name ?? id
  const inPlan = new Set(actions.map((a) => a.id))

  const planActions: PlanAction[] = selected.map(({ action: a, reason }, i) => {
    const followWeeks = sched.weeks.flatMap((slots, w) => (slots.some((s) => s.i === i && s.followUp) ? [w + 1] : []))
    const skills = a.skills.map((id) => ({ skillId: id, name: skillName(id) }))
    return {
      actionId: a.id,
      title: a.title,
      phaseId: a.phaseId,
      whatToDo: a.whatToDo,
      doneWhen: a.doneWhen,
      hours: a.effortHours,
      startWeek: sched.start[i] ?? 1,
      endWeek: sched.end[i] ?? 1,
      effortHours: a.effortHours,
      spanWeeks: a.spanWeeks,
      prerequisites: a.prerequisites.filter((p) => inPlan.has(p)),
      ongoing: a.ongoing,
      followUp:
        followWeeks.length > 0
          ? { hoursPerWeek: FOLLOW_UP_HOURS, fromWeek: followWeeks[0] ?? 1, toWeek: followWeeks.at(-1) ?? 1 }
          : null,
      closesGaps: skills.filter((s) => gapIds.has(s.skillId)),
      skills,
      why: whyFor(
        content,
        reason,
        topGapIds.filter((g) => a.skills.includes(g)),
      ),
      sources: a.sources,
    }
  })
  planActions.sort((x, y) => x.startWeek - y.startWeek || order(content, x.actionId) - order(content, y.actionId))

  // A week belongs to the earliest phase it has main work in, never moving back to an earlier phase, so the phases
  // read in the articles' order, each is one run of weeks, and its span is read straight off the week list.
  const phaseIndex = new Map(content.phases.map((p, i) => [p.id, i]))
  let current = 0
  const weeks: PlanWeek[] = sched.weeks.map((slots, w) => {
    const worked = slots.flatMap((s) => {
      const a = actions[s.i]
      return a && !s.followUp ? [phaseIndex.get(a.phaseId) ?? 0] : []
    })
    if (worked.length > 0) current = Math.max(current, Math.min(...worked))
    const id = (s: { i: number; hours: number }) => ({ actionId: actions[s.i]?.id ?? '', hours: s.hours })
    return {
      week: w + 1,
      phaseId: content.phases[current]?.id ?? '',
      hours: sched.used[w] ?? 0,
      work: slots.filter((s) => !s.followUp).map(id),
      followUps: slots.filter((s) => s.followUp).map(id),
      milestoneIds: [],
    }
  })

  const phases: PlanPhase[] = content.phases.flatMap((p) => {
    const labelled = weeks.filter((w) => w.phaseId === p.id)
    const first = labelled[0]
    const last = labelled.at(-1)
    if (!first || !last) return []
    return [
      { id: p.id, title: p.title, summary: p.summary, startWeek: first.week, endWeek: last.week, sources: p.sources },
    ]
  })

  const milestones: Milestone[] = content.phases.flatMap((p) => {
    const own = planActions.filter((a) => a.phaseId === p.id)
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

  const roleName = result.roles.find((r) => r.roleId === result.bestRoleId)?.name ?? result.bestRoleId
  const required = selected.filter((s) => s.reason.kind === 'required')
  const strengths = result.strengths
    .filter((s) => s.confidence !== 'low')
    .slice(0, 2)
    .map((s) => displayName(s.name))
  const notes = [`Sized for ${hours} hour${hours === 1 ? '' : 's'} a week: no week asks for more.`]
  if (required.length > 0)
    notes.push(`On this route, every plan includes ${list(titles(required.map((s) => s.action)))}.`)
  if (strengths.length > 0)
    notes.push(
      `In your résumé, stories and interviews, lead with ${list(strengths)}, and aim for a role as ${article(displayName(roleName))} ${displayName(roleName)}.`,
    )
  if (alreadyDoing.length > 0)
    notes.push(
      `Already behind you, so not in the plan: ${list(alreadyDoing.map((d) => quoted(d.action.title)))}.${alreadyDoing.some((d) => d.instead) ? ' The plan moves you on to the next step instead.' : ''}`,
    )
  if (leftOut.length > 0)
    notes.push(`Left out for lack of hours (add them if you find time): ${list(titles(leftOut))}.`)
  const checkpoint = milestones.find((m) => m.id === 'decision-checkpoint')
  if (checkpoint)
    notes.push(
      `Because your motivation answers raised a warning, week ${checkpoint.week} has a checkpoint: once you have tried your first product tasks, decide whether to go on.`,
    )

  return {
    version: 2,
    pathId: result.path.pathId,
    pathName: result.path.name,
    roleId: result.bestRoleId,
    roleName,
    hoursPerWeek: hours,
    totalWeeks: weeks.length,
    totalHours: weeks.reduce((s, w) => s + w.hours, 0),
    actions: planActions,
    weeks,
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

import type { Answers } from '@/lib/content/answers'
import type { Content } from '@/lib/content/schema'
import type { Milestone, Plan, PlanConstraints, PlanItem, PlanPhase, PlanWeek } from '@/lib/plan/plan-schema'
import { schedule } from '@/lib/plan/schedule'
import { type Reason, type Selected, selectActions } from '@/lib/plan/select-actions'
import { engineIndex } from '@/lib/scoring/engine-index'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { displayName, lowerFirst } from '@/lib/scoring/text'

/** The constraints a plan must respect, read from validated answers (today: the weekly hours). */
export function constraintsFromAnswers(content: Content, answers: Answers): PlanConstraints {
  const q = content.questions.find((x) => x.feeds === 'hours-per-week')
  const hours = q ? answers[q.id] : undefined
  if (typeof hours !== 'number')
    throw new Error('constraintsFromAnswers: answers lack hours per week; validate them first')
  return { hoursPerWeek: hours }
}

function whyText(content: Content, result: AssessmentResult, reason: Reason, phaseId: string) {
  const strengths = result.strengths.slice(0, 2).map((s) => displayName(s.name))
  const role = displayName(result.roles.find((r) => r.roleId === result.bestRoleId)?.name ?? 'your best-fit role')
  switch (reason.kind) {
    case 'gap':
      return 'Chosen to close one of your top gaps.'
    case 'extra':
      return 'Extra practice on a top gap, while your hours allow.'
    case 'prerequisite':
      return `Needed before “${content.actions.find((a) => a.id === reason.forActionId)?.title ?? reason.forActionId}”.`
    case 'required':
      if ((phaseId === 'position' || phaseId === 'make-the-move') && strengths.length > 0)
        return `A step on the ${displayName(result.path.name)} path. Lead with your strengths (${strengths.join(' and ')}) and aim at ${role} roles.`
      return `A step every ${displayName(result.path.name)} plan needs.`
  }
}

/**
 * Turns a readout into a week-by-week plan. Pure and deterministic; no week asks for more than
 * `constraints.hoursPerWeek`, prerequisites come first, and every top gap has at least one action.
 */
export function buildPlan(content: Content, result: AssessmentResult, constraints: PlanConstraints): Plan {
  const index = engineIndex(content)
  const hours = constraints.hoursPerWeek
  const { selected, skipped, topGapIds } = selectActions(content, result, hours)
  const reasonById = new Map<string, Selected>(selected.map((s) => [s.action.id, s]))
  const sched = schedule(
    content,
    selected.map((s) => s.action),
    hours,
    result.window.minWeeks,
  )

  const skillNames = new Map(content.skills.map((s) => [s.id, s.name]))
  const gapIds = new Set(result.gaps.map((g) => g.skillId))
  const phaseById = new Map(content.phases.map((p) => [p.id, p]))
  const partsOf = new Map<string, number>()
  for (const s of sched.slots) partsOf.set(s.actionId, (partsOf.get(s.actionId) ?? 0) + 1)
  const partNo = new Map<string, number>()

  const weeks: PlanWeek[] = []
  for (let w = 1; w <= sched.endWeek; w++)
    weeks.push({ week: w, phaseId: '', phaseTitle: '', hours: sched.used[w] ?? 0, items: [], milestones: [] })
  for (const slot of sched.slots) {
    const a = index.actionById.get(slot.actionId)
    const week = weeks[slot.week - 1]
    if (!a || !week) continue
    const part = (partNo.get(a.id) ?? 0) + 1
    partNo.set(a.id, part)
    const sel = reasonById.get(a.id)
    const item: PlanItem = {
      actionId: a.id,
      title: slot.ongoing ? `Keep going: ${lowerFirst(a.title)}` : a.title,
      phaseId: a.phaseId,
      hours: slot.hours,
      totalHours: a.effortHours,
      part,
      parts: partsOf.get(a.id) ?? 1,
      whatToDo: slot.ongoing
        ? 'Follow up on applications, take interviews and keep your product work going.'
        : a.whatToDo,
      doneWhen: a.doneWhen,
      closesGaps: a.skills
        .filter((s) => gapIds.has(s))
        .map((skillId) => ({ skillId, name: skillNames.get(skillId) ?? skillId })),
      skills: a.skills.map((skillId) => ({ skillId, name: skillNames.get(skillId) ?? skillId })),
      why: sel ? whyText(content, result, sel.reason, a.phaseId) : '',
      sources: index.citations(a.sources),
    }
    week.items.push(item)
  }
  // A week belongs to the phase it spends most hours on; a quiet week keeps the phase before it.
  let lastPhase = content.phases[0]?.id ?? ''
  for (const week of weeks) {
    const byPhase = new Map<string, number>()
    for (const it of week.items)
      if (!it.title.startsWith('Keep going')) byPhase.set(it.phaseId, (byPhase.get(it.phaseId) ?? 0) + it.hours)
    const top = [...byPhase.entries()].sort((a, b) => b[1] - a[1])[0]
    lastPhase = top?.[0] ?? lastPhase
    week.phaseId = lastPhase
    week.phaseTitle = phaseById.get(lastPhase)?.title ?? lastPhase
  }

  const phases: PlanPhase[] = []
  const milestones: Milestone[] = []
  for (const p of content.phases) {
    const own = sched.slots.filter((s) => !s.ongoing && index.actionById.get(s.actionId)?.phaseId === p.id)
    if (own.length === 0) continue
    const start = Math.min(...own.map((s) => s.week))
    const end = Math.max(...own.map((s) => s.week))
    phases.push({
      id: p.id,
      title: p.title,
      summary: p.summary,
      startWeek: start,
      endWeek: end,
      sources: index.citations(p.sources),
    })
    const actionIds = [...new Set(own.map((s) => s.actionId))]
    milestones.push({
      id: `end-${p.id}`,
      week: end,
      title: `${p.title}: done`,
      doneWhen: p.milestone,
      checks: actionIds.map((id) => index.actionById.get(id)?.doneWhen ?? id),
    })
  }
  if (result.verdict.kind !== 'go') {
    const first = milestones[0]
    milestones.push({
      id: 'decision-checkpoint',
      week: first?.week ?? 1,
      title: 'Checkpoint: is product work for you?',
      doneWhen:
        'You have done the first product tasks and decided, honestly, whether to go on: did the customer and people work energise you, or did you miss building?',
      checks: result.verdict.why.slice(0, 3),
    })
  }
  milestones.sort((a, b) => a.week - b.week)
  for (const m of milestones) weeks[m.week - 1]?.milestones.push(m)

  const notes = [`Sized for ${hours} hour${hours === 1 ? '' : 's'} a week: no week asks for more.`]
  if (sched.lastWorkWeek > result.window.maxWeeks)
    notes.push(
      `At ${hours} hours a week these steps take ${sched.lastWorkWeek} weeks, longer than the ${result.window.minWeeks}–${result.window.maxWeeks} week estimate. More hours a week would shorten it.`,
    )
  if (skipped.length > 0)
    notes.push(`Left out for lack of hours (add them if you find time): ${[...new Set(skipped)].join('; ')}.`)
  if (result.verdict.kind !== 'go')
    notes.push(
      'Because your motivation answers raised a warning, the plan includes a checkpoint after the first phase to decide whether to go on.',
    )

  const actionIds = new Set(selected.map((s) => s.action.id))
  return {
    pathId: result.path.pathId,
    pathName: result.path.name,
    roleId: result.bestRoleId,
    roleName: result.roles.find((r) => r.roleId === result.bestRoleId)?.name ?? result.bestRoleId,
    hoursPerWeek: hours,
    totalWeeks: weeks.length,
    totalHours: weeks.reduce((s, w) => s + w.hours, 0),
    phases,
    weeks,
    milestones,
    gapCoverage: topGapIds.map((skillId) => ({
      skillId,
      name: skillNames.get(skillId) ?? skillId,
      actionIds: content.actions.filter((a) => actionIds.has(a.id) && a.skills.includes(skillId)).map((a) => a.id),
    })),
    notes,
    sources: index.citations(selected.flatMap((s) => s.action.sources)),
  }
}

import type { Answers } from '@/lib/content/answers'
import type { Action, Content } from '@/lib/content/schema'
import type { Milestone, Plan, PlanConstraints, PlanItem, PlanPhase, PlanWeek } from '@/lib/plan/plan-schema'
import {
  CHECKPOINT_CHECKS,
  CHECKPOINT_DONE_WHEN,
  CHECKPOINT_TITLE,
  MILESTONE_NAMES,
  ONGOING_WHAT_TO_DO,
  whyWriter,
} from '@/lib/plan/plan-text'
import { schedule } from '@/lib/plan/schedule'
import { selectActions } from '@/lib/plan/select-actions'
import { type EngineIndex, engineIndex } from '@/lib/scoring/engine-index'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { lowerFirst } from '@/lib/scoring/text'

/** The constraints a plan must respect, read from validated answers (today: the weekly hours). */
export function constraintsFromAnswers(content: Content, answers: Answers): PlanConstraints {
  const q = content.questions.find((x) => x.feeds === 'hours-per-week')
  const hours = q ? answers[q.id] : undefined
  if (typeof hours !== 'number')
    throw new Error('constraintsFromAnswers: answers lack hours per week; validate them first')
  return { hoursPerWeek: hours }
}

type Shared = Omit<PlanItem, 'hours' | 'part'>

function actionsBuilding(index: EngineIndex, actions: Action[], masks: number[], skillId: string): string[] {
  // Bitmasks hold 30 skills; beyond that, compare ids.
  if (index.skillIndex.size > 30) return actions.filter((a) => a.skills.includes(skillId)).map((a) => a.id)
  const bit = 2 ** (index.skillIndex.get(skillId) ?? 0)
  const out: string[] = []
  actions.forEach((a, i) => {
    if ((masks[i] ?? 0) & bit) out.push(a.id)
  })
  return out
}
type NamedSkill = PlanItem['skills'][number]

// The gaps an action closes depend only on which of its skills are gaps, so each combination is built once.
const closesCache = new WeakMap<NamedSkill[], Map<number, NamedSkill[]>>()
function closesGaps(index: EngineIndex, skills: NamedSkill[], mask: number): NamedSkill[] {
  if (skills.length > 30 || index.skillIndex.size > 30)
    return skills.filter((s) => mask & (2 ** (index.skillIndex.get(s.skillId) ?? 0)))
  let byMask = closesCache.get(skills)
  if (!byMask) {
    byMask = new Map()
    closesCache.set(skills, byMask)
  }
  let hit = byMask.get(mask)
  if (!hit) {
    hit = Object.freeze(skills.filter((s) => mask & (2 ** (index.skillIndex.get(s.skillId) ?? 0)))) as NamedSkill[]
    byMask.set(mask, hit)
  }
  return hit
}

/**
 * Turns a readout into a week-by-week plan. Pure and deterministic; no week asks for more than
 * `constraints.hoursPerWeek`, prerequisites come first, and every top gap has at least one action.
 */
export function buildPlan(content: Content, result: AssessmentResult, constraints: PlanConstraints): Plan {
  const index = engineIndex(content)
  const hours = constraints.hoursPerWeek
  const { selected, skipped, topGapIds } = selectActions(content, result, hours)
  const actions = selected.map((s) => s.action)
  const sched = schedule(content, actions, hours, result.window.minWeeks)
  const why = whyWriter(content, result)
  const gapMask = result.gaps.reduce((m, g) => m | (2 ** (index.skillIndex.get(g.skillId) ?? 0)), 0)

  // What every week's item of an action shares, built once per action; each week adds its hours and part.
  const masks = actions.map((a) => index.actionSkillMask.get(a.id) ?? 0)
  const ongoingTitle = actions.map((a) => (a.ongoing ? `Keep going: ${lowerFirst(a.title)}` : undefined))
  const shared: Shared[] = selected.map(({ action: a, reason }, i) => {
    const skills = index.actionSkills.get(a.id) ?? []
    return {
      actionId: a.id,
      title: a.title,
      phaseId: a.phaseId,
      totalHours: a.effortHours,
      parts: sched.parts[i] ?? 1,
      whatToDo: a.whatToDo,
      doneWhen: a.doneWhen,
      closesGaps: closesGaps(index, skills, gapMask & (masks[i] ?? 0)),
      skills,
      why: why(reason, a.phaseId),
      sources: index.citations(a.sources),
    }
  })

  const phaseSpan = new Map<string, { start: number; end: number; actionIds: string[] }>()
  const phaseTitle = new Map(content.phases.map((p) => [p.id, p.title]))
  let lastPhase = content.phases[0]?.id ?? ''
  // The week each action's main effort ends (0 for none), for placing the decision checkpoint.
  const actionEnd = new Array<number>(actions.length).fill(0)
  const weeks: PlanWeek[] = sched.weeks.map((slots, i) => {
    const week = i + 1
    const items: PlanItem[] = []
    // A week belongs to the phase it spends most hours on (ongoing follow-ups aside); a quiet week keeps the last.
    let topPhase = ''
    let topHours = 0
    for (const slot of slots) {
      const base = shared[slot.i]
      if (!base) continue
      // Spelled out rather than spread: object spread was the hottest line of plan generation.
      items.push({
        actionId: base.actionId,
        title: slot.ongoing ? (ongoingTitle[slot.i] ?? base.title) : base.title,
        phaseId: base.phaseId,
        hours: slot.hours,
        totalHours: base.totalHours,
        part: slot.part,
        parts: base.parts,
        whatToDo: slot.ongoing ? ONGOING_WHAT_TO_DO : base.whatToDo,
        doneWhen: base.doneWhen,
        closesGaps: base.closesGaps,
        skills: base.skills,
        why: base.why,
        sources: base.sources,
      })
      if (slot.ongoing) continue
      actionEnd[slot.i] = week
      let h = slot.hours
      for (const other of slots)
        if (other !== slot && !other.ongoing && other.action.phaseId === base.phaseId) h += other.hours
      if (h > topHours) {
        topHours = h
        topPhase = base.phaseId
      }
      const span = phaseSpan.get(base.phaseId)
      if (!span) phaseSpan.set(base.phaseId, { start: week, end: week, actionIds: [base.actionId] })
      else {
        span.end = week
        if (!span.actionIds.includes(base.actionId)) span.actionIds.push(base.actionId)
      }
    }
    if (topPhase) lastPhase = topPhase
    return {
      week,
      phaseId: lastPhase,
      phaseTitle: phaseTitle.get(lastPhase) ?? lastPhase,
      hours: sched.used[i] ?? 0,
      items,
      milestones: [],
    }
  })

  const phases: PlanPhase[] = []
  const milestones: Milestone[] = []
  for (const p of content.phases) {
    const span = phaseSpan.get(p.id)
    if (!span) continue
    phases.push({
      id: p.id,
      title: p.title,
      summary: p.summary,
      startWeek: span.start,
      endWeek: span.end,
      sources: index.citations(p.sources),
    })
    milestones.push({
      id: `end-${p.id}`,
      week: span.end,
      title: MILESTONE_NAMES[p.id] ?? p.title,
      doneWhen: p.milestone,
      checks: span.actionIds.map((id) => index.actionById.get(id)?.doneWhen ?? id),
    })
  }
  if (result.verdict.kind !== 'go') {
    // After the first product tasks (the first action beyond the opening phase), never before that phase ends:
    // deciding before you have tried the work would decide nothing.
    const opening = content.phases[0]?.id
    let firstTried = 0
    actions.forEach((a, i) => {
      const end = actionEnd[i] ?? 0
      if (a.phaseId !== opening && end > 0 && (firstTried === 0 || end < firstTried)) firstTried = end
    })
    milestones.push({
      id: 'decision-checkpoint',
      week: Math.max(milestones[0]?.week ?? 1, firstTried),
      title: CHECKPOINT_TITLE,
      doneWhen: CHECKPOINT_DONE_WHEN,
      checks: CHECKPOINT_CHECKS,
    })
  }
  milestones.sort((a, b) => a.week - b.week)
  for (const m of milestones) weeks[m.week - 1]?.milestones.push(m)

  const notes = [`Sized for ${hours} hour${hours === 1 ? '' : 's'} a week: no week asks for more.`]
  if (sched.lastWorkWeek > result.window.maxWeeks)
    notes.push(
      `At ${hours} hours a week these steps take ${sched.lastWorkWeek} weeks, longer than the ${result.window.minWeeks}–${result.window.maxWeeks} week estimate. More hours a week would shorten it.`,
    )
  if (skipped.length > 0) notes.push(`Left out for lack of hours (add them if you find time): ${skipped.join('; ')}.`)
  const checkpoint = milestones.find((m) => m.id === 'decision-checkpoint')
  if (checkpoint)
    notes.push(
      `Because your motivation answers raised a warning, week ${checkpoint.week} has a checkpoint: once you have tried your first product tasks, decide whether to go on.`,
    )

  return {
    pathId: result.path.pathId,
    pathName: result.path.name,
    roleId: result.bestRoleId,
    roleName: result.roles.find((r) => r.roleId === result.bestRoleId)?.name ?? result.bestRoleId,
    hoursPerWeek: hours,
    totalWeeks: weeks.length,
    totalHours: sched.used.reduce((s, h) => s + h, 0),
    phases,
    weeks,
    milestones,
    gapCoverage: topGapIds.map((skillId) => ({
      skillId,
      name: index.skillById.get(skillId)?.name ?? skillId,
      actionIds: actionsBuilding(index, actions, masks, skillId),
    })),
    notes,
    sources: index.citationsUnion(actions.map((a) => index.citations(a.sources))),
  }
}

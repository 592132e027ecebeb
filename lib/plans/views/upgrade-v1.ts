import { z } from 'zod'
import type { Plan, PlanAction } from '@/lib/engine/plan/plan-schema'
import type { AssessmentResult, Flag } from '@/lib/engine/scoring/result-schema'

// Plans stored before result and plan version 2 (each text stored once, citations by id, plan actions listed once).
// Their payload is read through these loose schemas and mapped onto the current shapes, so every stored plan still
// renders. Only what version 1 stored can be shown: it has no caps, no role eligibility and no per-skill start.

const cite = z.object({ id: z.string(), title: z.string(), publisher: z.string(), url: z.string().optional() })
const cites = z.array(cite)
const named = z.object({ skillId: z.string(), name: z.string() })
const V1Result = z.object({
  headline: z.string(),
  verdict: z.object({
    kind: z.enum(['go', 'not-now', 'not-for-you']),
    headline: z.string(),
    why: z.array(z.string()),
    sources: cites,
  }),
  readiness: z.object({ band: z.enum(['ready', 'close', 'building', 'early']), label: z.string(), why: z.string() }),
  window: z.object({
    minWeeks: z.number(),
    maxWeeks: z.number(),
    summary: z.string(),
    reasons: z.array(z.object({ effect: z.enum(['longer', 'shorter', 'neutral']), text: z.string() })),
    sources: cites,
  }),
  skills: z.array(
    z.object({
      skillId: z.string(),
      name: z.string(),
      areaId: z.string(),
      areaName: z.string(),
      description: z.string(),
      strongLooksLike: z.string(),
      score: z.number(),
      level: z.enum(['strong', 'solid', 'developing', 'gap']),
      confidence: z.object({ level: z.enum(['low', 'medium', 'high']), why: z.string() }),
      selfRatingScore: z.number().nullable(),
      evidenceScore: z.number().nullable(),
      contributions: z.array(
        z.object({
          questionId: z.string(),
          prompt: z.string(),
          answer: z.string(),
          category: z.string(),
          delta: z.number(),
          reason: z.string(),
        }),
      ),
      sources: cites,
    }),
  ),
  strengths: z.array(
    z.object({
      skillId: z.string(),
      name: z.string(),
      score: z.number(),
      why: z.string(),
      evidence: z.array(z.string()),
    }),
  ),
  gaps: z.array(
    z.object({
      skillId: z.string(),
      name: z.string(),
      score: z.number(),
      rank: z.number(),
      importance: z.number(),
      why: z.string(),
      forRoles: z.array(z.string()),
    }),
  ),
  roles: z.array(
    z.object({
      roleId: z.string(),
      name: z.string(),
      summary: z.string(),
      score: z.number(),
      timing: z.enum(['first-move', 'later']),
      why: z.array(z.string()),
      sources: cites,
    }),
  ),
  bestRoleId: z.string(),
  path: z.object({
    pathId: z.string(),
    name: z.string(),
    summary: z.string(),
    why: z.array(z.string()),
    alternatives: z.array(z.object({ pathId: z.string(), name: z.string(), why: z.string() })),
    sources: cites,
  }),
  flags: z.array(
    z.object({
      kind: z.string(),
      severity: z.enum(['info', 'warning']),
      title: z.string(),
      message: z.string(),
      skillId: z.string().optional(),
      sources: cites,
    }),
  ),
  reliability: z.object({ note: z.string(), improveBy: z.array(z.string()), sources: cites }),
  inputs: z.object({
    hoursPerWeek: z.number(),
    yearsExperience: z.number().nullable(),
    targetWeeks: z.number().nullable(),
  }),
  sources: cites,
})
const V1Milestone = z.object({
  id: z.string(),
  week: z.number(),
  title: z.string(),
  doneWhen: z.string(),
  checks: z.array(z.string()),
})
const V1Plan = z.object({
  pathId: z.string(),
  pathName: z.string(),
  roleId: z.string(),
  roleName: z.string(),
  hoursPerWeek: z.number(),
  totalWeeks: z.number(),
  totalHours: z.number(),
  phases: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      summary: z.string(),
      startWeek: z.number(),
      endWeek: z.number(),
      sources: cites,
    }),
  ),
  weeks: z.array(
    z.object({
      week: z.number(),
      phaseId: z.string(),
      hours: z.number(),
      items: z.array(
        z.object({
          actionId: z.string(),
          title: z.string(),
          phaseId: z.string(),
          hours: z.number(),
          totalHours: z.number(),
          whatToDo: z.string(),
          doneWhen: z.string(),
          closesGaps: z.array(named),
          skills: z.array(named),
          why: z.string(),
          sources: cites,
        }),
      ),
      milestones: z.array(V1Milestone),
    }),
  ),
  milestones: z.array(V1Milestone),
  gapCoverage: z.array(z.object({ skillId: z.string(), name: z.string(), actionIds: z.array(z.string()) })),
  notes: z.array(z.string()),
  sources: cites,
})

const ids = (list: { id: string }[]) => list.map((c) => c.id)
const KIND: Record<string, AssessmentResult['answers'][number]['kind']> = {
  evidence: 'behaviour',
  anchored: 'self-rating',
  scenario: 'scenario',
  crosswalk: 'crosswalk',
  context: 'context',
  motivation: 'motivation',
}
const FLAG_KINDS = new Set<Flag['kind']>(['over-confidence', 'flat-ratings', 'motivation', 'timeline', 'path-conflict'])
// Version 1 marked follow-up weeks of an ongoing step with this instruction instead of the step's own.
const V1_FOLLOW_UP = 'Follow up on applications, take interviews and keep your product work going.'

/** Whether a stored payload predates version 2 (it has no version field). */
export const isV1 = (result: unknown) => typeof result === 'object' && result !== null && !('version' in result)

export function upgradeV1(rawResult: unknown, rawPlan: unknown): { result: AssessmentResult; plan: Plan } | null {
  const r = V1Result.safeParse(rawResult)
  const p = V1Plan.safeParse(rawPlan)
  if (!r.success || !p.success) return null
  const v1 = r.data
  const confidence = new Map(v1.skills.map((s) => [s.skillId, s.confidence.level]))
  const answers = new Map<string, AssessmentResult['answers'][number]>()
  for (const s of v1.skills)
    for (const c of s.contributions)
      answers.set(c.questionId, {
        questionId: c.questionId,
        label: c.prompt,
        prompt: c.prompt,
        answer: c.answer,
        kind: KIND[c.category] ?? 'context',
      })
  const result: AssessmentResult = {
    version: 2,
    headline: v1.headline,
    verdict: { ...v1.verdict, sources: ids(v1.verdict.sources) },
    readiness: v1.readiness,
    window: { ...v1.window, sources: ids(v1.window.sources) },
    answers: [...answers.values()],
    skills: v1.skills.map(({ selfRatingScore, evidenceScore, contributions, confidence: c, sources, ...s }) => ({
      ...s,
      start: Math.max(0, Math.min(100, Math.round(s.score - contributions.reduce((sum, x) => sum + x.delta, 0)))),
      cap: null,
      confidence: { level: c.level, why: c.why },
      holdsBack: contributions.find((x) => x.delta < 0)?.reason ?? null,
      selfRating: selfRatingScore,
      didScore: evidenceScore,
      contributions: contributions.map((x) => ({ questionId: x.questionId, delta: x.delta, reason: x.reason })),
      sources: ids(sources),
    })),
    strengths: v1.strengths.map((s) => ({ ...s, confidence: confidence.get(s.skillId) ?? 'medium' })),
    gaps: v1.gaps.map((g) => ({ ...g, confidence: confidence.get(g.skillId) ?? 'medium' })),
    roles: v1.roles.map((role) => ({
      ...role,
      skillFit: role.score,
      open: true,
      realistic: role.timing === 'first-move',
      sources: ids(role.sources),
    })),
    bestRoleId: v1.bestRoleId,
    path: { ...v1.path, sources: ids(v1.path.sources) },
    flags: v1.flags
      .filter((f): f is typeof f & { kind: Flag['kind'] } => FLAG_KINDS.has(f.kind as Flag['kind']))
      .map((f) => ({ ...f, sources: ids(f.sources) })),
    reliability: { ...v1.reliability, sources: ids(v1.reliability.sources) },
    inputs: v1.inputs,
    sources: v1.sources,
  }

  const plan = p.data
  const actions = new Map<string, PlanAction>()
  for (const week of plan.weeks)
    for (const item of week.items) {
      const followUp = item.whatToDo === V1_FOLLOW_UP
      const known = actions.get(item.actionId)
      if (!known) {
        actions.set(item.actionId, {
          actionId: item.actionId,
          title: item.title.replace(/^Keep going: /, ''),
          phaseId: item.phaseId,
          whatToDo: item.whatToDo,
          doneWhen: item.doneWhen,
          hours: item.totalHours,
          startWeek: week.week,
          endWeek: week.week,
          effortHours: item.totalHours,
          spanWeeks: 1,
          prerequisites: [],
          ongoing: false,
          followUp: null,
          closesGaps: item.closesGaps,
          skills: item.skills,
          why: item.why,
          sources: ids(item.sources),
        })
      } else if (followUp) {
        known.ongoing = true
        known.followUp = {
          hoursPerWeek: item.hours,
          fromWeek: known.followUp?.fromWeek ?? week.week,
          toWeek: week.week,
        }
      } else {
        known.endWeek = week.week
        known.spanWeeks = week.week - known.startWeek + 1
      }
    }
  const followUpWeeks = (actionId: string, week: number) => {
    const f = actions.get(actionId)?.followUp
    return f !== null && f !== undefined && week >= f.fromWeek
  }
  return {
    result,
    plan: {
      version: 2,
      pathId: plan.pathId,
      pathName: plan.pathName,
      roleId: plan.roleId,
      roleName: plan.roleName,
      hoursPerWeek: plan.hoursPerWeek,
      totalWeeks: plan.totalWeeks,
      totalHours: plan.totalHours,
      actions: [...actions.values()].sort((a, b) => a.startWeek - b.startWeek),
      weeks: plan.weeks.map((w) => ({
        week: w.week,
        phaseId: w.phaseId,
        hours: w.hours,
        work: w.items
          .filter((i) => !followUpWeeks(i.actionId, w.week))
          .map((i) => ({ actionId: i.actionId, hours: i.hours })),
        followUps: w.items
          .filter((i) => followUpWeeks(i.actionId, w.week))
          .map((i) => ({ actionId: i.actionId, hours: i.hours })),
        milestoneIds: w.milestones.map((m) => m.id),
      })),
      phases: plan.phases.map((ph) => ({ ...ph, sources: ids(ph.sources) })),
      milestones: plan.milestones.map((m) => ({ ...m, actionIds: [] })),
      gapCoverage: plan.gapCoverage,
      alreadyDoing: [],
      leftOut: [],
      notes: plan.notes,
      sources: plan.sources,
    },
  }
}

import type { Answers } from '@/lib/content/answers'
import type { Content } from '@/lib/content/schema'
import { buildPlan } from '@/lib/plan/build-plan'
import type { Plan } from '@/lib/plan/plan-schema'
import { citationsFor } from '@/lib/scoring/citations'
import { timelineFlag } from '@/lib/scoring/flags'
import { writeHeadline } from '@/lib/scoring/headline'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { scoreAnswers } from '@/lib/scoring/score'
import { displayName } from '@/lib/scoring/text'
import { fitWindowToPlan } from '@/lib/scoring/window'

export type Assessment = { result: AssessmentResult; plan: Plan }

/**
 * The one way from validated answers to a readout and its plan. Every caller (the form flow, the API, the CLI, the
 * benchmark, the tests) goes through here. The plan is sized to the person's hours, and its length is the window's
 * second source: the window shown is never shorter than the plan, and the plan never shorter than the window's start.
 */
export function assess(content: Content, answers: Answers): Assessment {
  const { flat, ...scored } = scoreAnswers(content, answers)
  const plan = buildPlan(content, scored, answers)
  const window = fitWindowToPlan(scored.window, plan.totalWeeks, scored.inputs.hoursPerWeek)
  const timeline = timelineFlag(scored.inputs.targetWeeks, window)
  const flags = timeline ? [...scored.flags, timeline] : scored.flags
  const best = scored.roles.find((r) => r.roleId === scored.bestRoleId)
  const path = content.paths.find((p) => p.id === scored.path.pathId)
  const headline = writeHeadline({
    verdict: scored.verdict,
    readiness: scored.readiness,
    roleName: best?.name ?? scored.bestRoleId,
    route: path?.route ?? `via ${displayName(scored.path.name)}`,
    window,
    hoursPerWeek: scored.inputs.hoursPerWeek,
    strengths: scored.strengths,
    gaps: scored.gaps,
    flat,
    overConfident: flags.filter((f) => f.kind === 'over-confidence').length,
  })
  const cited = [
    ...scored.skills.flatMap((s) => s.sources),
    ...scored.roles.flatMap((r) => r.sources),
    ...scored.path.sources,
    ...window.sources,
    ...scored.verdict.sources,
    ...flags.flatMap((f) => f.sources),
    ...scored.reliability.sources,
  ]
  const result: AssessmentResult = {
    ...scored,
    headline,
    window,
    flags,
    sources: citationsFor(content, cited),
  }
  return { result, plan }
}

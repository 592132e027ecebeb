import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import { buildPlan, withWindow } from '@/lib/engine/plan/build-plan'
import type { Plan } from '@/lib/engine/plan/plan-schema'
import { moveStep } from '@/lib/engine/plan/weeks'
import { citationsFor } from '@/lib/engine/scoring/citations'
import { timelineFlag } from '@/lib/engine/scoring/flags'
import { writeHeadline } from '@/lib/engine/scoring/headline'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'
import { scoreAnswers } from '@/lib/engine/scoring/score'
import { displayName } from '@/lib/engine/scoring/text'
import { fitWindowToPlan } from '@/lib/engine/scoring/window'

export type Assessment = { result: AssessmentResult; plan: Plan }

/**
 * The one way from validated answers to a readout and its plan. Every caller (the form flow, the API, the CLI, the
 * benchmark, the tests) goes through here. The plan is sized to the person's hours, and it is the window's second
 * source: the window holds the plan's move step (asking for the role, applying) and runs at least to its last work
 * week; the plan ends when its work ends, and says in words how its ongoing steps carry on to the window's end.
 */
export function assess(content: Content, answers: Answers): Assessment {
  const { flat, ...scored } = scoreAnswers(content, answers)
  const built = buildPlan(content, scored, answers)
  const move = moveStep(built, content.phases.at(-1)?.id)
  const window = fitWindowToPlan(scored.window, move, built.totalWeeks, scored.inputs.hoursPerWeek)
  const plan = withWindow(built, window)
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

import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import type { ListingAnalysis } from '@/lib/engine/listings/analysis-schema'
import { buildPlan } from '@/lib/engine/plan/build-plan'
import type { Plan } from '@/lib/engine/plan/plan-schema'
import { GAP_BELOW } from '@/lib/engine/scoring/calibration'
import type { AssessmentResult, Gap } from '@/lib/engine/scoring/result-schema'
import type { PlanProgress } from '@/lib/plans/progress/load-progress'
import { replanFromToday } from '@/lib/plans/progress/replan'
import type { PointedAt, ReplanData } from '@/lib/plans/progress/schema'
import { currentResult } from '@/lib/plans/progress/state'

// "Point my plan at this listing": the readout's gaps, re-ranked for one listing, go to the engine's plan
// builder in place of the readout's ranking, so the plan's steps go first to what this listing asks for; the plan so
// built is then re-planned from today exactly as the progress page's re-plan does (lib/plans/progress/replan.ts), so the
// window and headline follow. Undoing re-plans the plan as made the same way.

/** Must-haves weigh double: a listing that says "required" means it more than one that says "a plus". */
const listingWeight = (m: { mentions: number; mustMentions: number }) =>
  2 * m.mustMentions + (m.mentions - m.mustMentions)

/** At most this many skills join the gaps because the listing asks for them: the listing summary names three. */
const MAX_JOINING = 3

/**
 * The gaps this listing asks for first, most asked-for first (must-haves weigh double), then the readout's other gaps
 * in their order; ranks renumbered. Every readout gap stays (the readout never cuts a gap, lib/engine/scoring/gaps.ts). A
 * skill the listing asks for that scores below GAP_BELOW but was not among the readout's gaps (those past MAX_GAPS
 * that are not severe) joins them, at most MAX_JOINING, most asked-for first. Skills the listing asks for that the
 * person already shows are not gaps and stay out.
 */
export function gapsForListing(result: AssessmentResult, analysis: ListingAnalysis): Gap[] {
  const weight = new Map(analysis.skills.map((m) => [m.skillId, listingWeight(m)]))
  const w = (skillId: string) => weight.get(skillId) ?? 0
  const known = new Set(result.gaps.map((g) => g.skillId))
  const joining: Gap[] = result.skills
    .filter((s) => s.score < GAP_BELOW && w(s.skillId) > 0 && !known.has(s.skillId))
    .map((s) => ({
      skillId: s.skillId,
      name: s.name,
      score: s.score,
      rank: 0,
      importance: Math.min(100, 100 - s.score),
      confidence: s.confidence.level,
      why: `The job listing you chose asks for it ${w(s.skillId) > 1 ? 'more than once' : 'once'}.`,
      forRoles: [],
    }))
    .sort((a, b) => w(b.skillId) - w(a.skillId) || b.importance - a.importance)
    .slice(0, MAX_JOINING)
  const all = [...result.gaps, ...joining]
  const asked = all
    .filter((g) => w(g.skillId) > 0)
    .sort((a, b) => w(b.skillId) - w(a.skillId) || b.importance - a.importance)
  const rest = all.filter((g) => w(g.skillId) === 0)
  return [...asked, ...rest].map((g, i) => ({ ...g, rank: i + 1 }))
}

type Progress = Pick<PlanProgress, 'currentPlan' | 'state' | 'summary'>

/** Some step of the plan is still to do: there is something to re-plan. */
const hasStepsLeft = (plan: Plan, progress: Progress) => plan.actions.some((a) => !progress.state.done.has(a.actionId))

/**
 * The re-plan event's data for "point my plan at this listing": a plan built from the readout with this listing's
 * gaps first (at the hours a week now in force), re-planned from today. Null when every step of that plan is done.
 */
export function pointPlanAt(
  content: Content,
  result: AssessmentResult,
  answers: Answers,
  progress: Progress,
  listing: PointedAt & { analysis: ListingAnalysis },
): ReplanData | null {
  const now = currentResult(result, progress.state)
  const gaps = gapsForListing(result, listing.analysis)
  const pointed = buildPlan(content, { ...now, gaps }, answers)
  if (!hasStepsLeft(pointed, progress)) return null
  // The headline's "work first on …" names the gaps in the order the plan now takes them.
  return replanFromToday(content, { ...result, gaps }, progress, now.inputs.hoursPerWeek, {
    plan: pointed,
    listing: { listingId: listing.listingId, name: listing.name },
  })
}

/**
 * "Stop pointing at it": the plan as made (the readout's own ranking), re-planned from today at the hours now in
 * force, pointing at no listing. Null when every step of it is done.
 */
export function unpointPlan(
  content: Content,
  result: AssessmentResult,
  made: Plan,
  progress: Progress,
): ReplanData | null {
  if (!hasStepsLeft(made, progress)) return null
  const now = currentResult(result, progress.state)
  return replanFromToday(content, result, progress, now.inputs.hoursPerWeek, { plan: made, listing: null })
}

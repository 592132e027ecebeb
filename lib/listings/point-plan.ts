import { GAP_BELOW, MAX_GAPS } from '@/lib/scoring/calibration'
import type { AssessmentResult, Gap } from '@/lib/scoring/result-schema'
import type { ListingAnalysis } from './analysis-schema'

// "Point my plan at this listing" (issue 16, second part), the pure half: the result's gaps, re-ranked for one
// listing, to hand to the engine's plan builder in place of the readout's ranking —
//   buildPlan(content, { ...result, gaps: gapsForListing(result, analysis) }, answers)
// — so the plan's steps go first to what this listing asks for. The second part wires it to the owner page, through
// the re-plan that issue 14 is changing (it will return a new window and headline, so this signature may follow).

/** Must-haves weigh double: a listing that says "required" means it more than one that says "a plus". */
const listingWeight = (m: { mentions: number; mustMentions: number }) =>
  2 * m.mustMentions + (m.mentions - m.mustMentions)

/**
 * The gaps this listing asks for first, most asked-for first (must-haves weigh double), then the readout's other gaps
 * in their order; ranks renumbered. A skill the listing asks for that scores below GAP_BELOW but was not among the
 * readout's gaps (it keeps at most MAX_GAPS) joins them. Skills the listing asks for that the person already shows
 * are not gaps and stay out. As many as the readout lists (at least MAX_GAPS): it lists every severe gap even past
 * MAX_GAPS, and pointing the plan at a listing must not make it shorter.
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
  const all = [...result.gaps, ...joining]
  const asked = all
    .filter((g) => w(g.skillId) > 0)
    .sort((a, b) => w(b.skillId) - w(a.skillId) || b.importance - a.importance)
  const rest = all.filter((g) => w(g.skillId) === 0)
  const most = Math.max(MAX_GAPS, result.gaps.length)
  return [...asked, ...rest].slice(0, most).map((g, i) => ({ ...g, rank: i + 1 }))
}

import type { Content } from '@/lib/engine/content/schema'
import type { ListingAnalysis } from '@/lib/engine/listings/analysis-schema'
import type { ListingComparison } from '@/lib/engine/listings/compare'

// The JSON API's shape for a listing analysis (POST /api/job-listings) and a personal comparison
// (POST /api/plans/{ownerToken}/job-listings): the analysis as it is, with each skill's name beside its id.

export function analysisJson(content: Content, analysis: ListingAnalysis) {
  const names = new Map(content.skills.map((s) => [s.id, s.name]))
  return {
    requirements: analysis.requirements,
    unmeasured: analysis.unmeasured,
    skills: analysis.skills.map((m) => ({ ...m, name: names.get(m.skillId) ?? m.skillId })),
  }
}

export function comparisonJson(content: Content, analysis: ListingAnalysis, comparison: ListingComparison) {
  return {
    ...analysisJson(content, analysis),
    requirements: comparison.lines,
    summary: comparison.summary,
  }
}

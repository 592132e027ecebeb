import type { Plan } from '@/lib/plan/plan-schema'
import type { AssessmentResult, SourceCitation } from '@/lib/scoring/result-schema'
import { Gaps } from './gaps'
import { Headline } from './headline'
import { HonestFlags } from './honest-flags'
import { Route } from './route'
import { Strengths } from './strengths'

/** How many strengths and gaps the summary shows; the rest are in the skill list and on the skills page. */
export const SHOWN = 3

// The readout in the order a coach would talk it through, short enough to read in five minutes: the answer, what to
// weigh, what carries over, what to close first and the route. Detail is one click away (folds and the skills page).
export function Readout({
  result,
  plan,
  sources,
}: {
  result: AssessmentResult
  plan: Plan
  sources: readonly SourceCitation[]
}) {
  return (
    <div className="space-y-8">
      <Headline result={result} sources={sources} />
      <HonestFlags flags={result.flags} sources={sources} />
      <Strengths strengths={result.strengths.slice(0, SHOWN)} />
      <Gaps gaps={result.gaps.slice(0, SHOWN)} plan={plan} />
      <Route result={result} sources={sources} />
    </div>
  )
}

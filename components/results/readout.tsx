import type { ReactNode } from 'react'
import type { Plan } from '@/lib/engine/plan/plan-schema'
import type { AssessmentResult, SourceCitation } from '@/lib/engine/scoring/result-schema'
import { shownSkills } from '@/lib/plans/views/readout-view'
import { Gaps } from './gaps'
import { Headline, type Replanned } from './headline'
import { HonestFlags } from './honest-flags'
import { Route } from './route'
import { Strengths } from './strengths'

// The readout in the order a coach would talk it through, short enough to read in five minutes: the answer (and,
// on the owner's and the shared page, progress with what is next), what to weigh, what carries over, what to close
// first and the route. Detail is one click away (folds and the skills page). The strengths and gaps the short
// answer names are always among those listed.
export function Readout({
  result,
  plan,
  sources,
  replan,
  progress,
}: {
  result: AssessmentResult
  plan: Plan
  sources: readonly SourceCitation[]
  replan?: Replanned | null
  progress?: ReactNode
}) {
  return (
    <div className="space-y-8">
      <Headline result={result} plan={plan} replan={replan} sources={sources} />
      {progress}
      <HonestFlags flags={result.flags} sources={sources} />
      <Strengths strengths={shownSkills(result.strengths, result.headline)} />
      <Gaps gaps={shownSkills(result.gaps, result.headline)} plan={plan} />
      <Route result={result} sources={sources} />
    </div>
  )
}

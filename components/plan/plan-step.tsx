import { CitedFrom } from '@/components/results/cited-from'
import type { PlanAction } from '@/lib/engine/plan/plan-schema'
import type { SourceCitation } from '@/lib/engine/scoring/result-schema'
import { actionAnchor, stepTiming } from '@/lib/plans/views/readout-view'

/** One step of the plan, described once: what to do, when it's done, and why it is in this plan. */
export function PlanStep({
  action,
  sources,
  level,
}: {
  action: PlanAction
  sources: readonly SourceCitation[]
  /** Heading level under the section it is listed in: 3 for the first steps, on show, where the why is left out. */
  level: 3 | 4
}) {
  const Heading = level === 3 ? 'h3' : 'h4'
  return (
    <li id={actionAnchor(action.actionId)} className="card scroll-mt-4">
      <Heading>{action.title}</Heading>
      <p className="sub">{stepTiming(action)}</p>
      <p>{action.whatToDo}</p>
      <p>
        <strong>Done when:</strong> {action.doneWhen}
      </p>
      {action.why && level === 4 ? <p className="text-sm">{action.why}</p> : null}
      <CitedFrom ids={action.sources} all={sources} />
    </li>
  )
}

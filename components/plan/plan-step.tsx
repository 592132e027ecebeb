import { CitedFrom } from '@/components/results/cited-from'
import type { PlanAction } from '@/lib/plan/plan-schema'
import { plural, weekSpan } from '@/lib/plan-views/format'
import { actionAnchor } from '@/lib/plan-views/readout-view'
import type { SourceCitation } from '@/lib/scoring/result-schema'

/** When and how long: its weeks and hours, and the light follow-up after, from the one source (the plan's action). */
export function stepTiming(a: PlanAction): string {
  const main = `${weekSpan(a.startWeek, a.endWeek)}, ${plural(a.hours, 'hour')}`
  return a.followUp
    ? `${main}, then ${plural(a.followUp.hoursPerWeek, 'hour')} a week of follow-up to week ${a.followUp.toWeek}`
    : main
}

/** One step of the plan, described once: what to do, when it's done, and why it is in this plan. */
export function PlanStep({
  action,
  sources,
  anchor = true,
}: {
  action: PlanAction
  sources: readonly SourceCitation[]
  anchor?: boolean
}) {
  return (
    <li id={anchor ? actionAnchor(action.actionId) : undefined} className="card scroll-mt-4">
      <h4>{action.title}</h4>
      <p className="sub">{stepTiming(action)}</p>
      <p>{action.whatToDo}</p>
      <p>
        <strong>Done when:</strong> {action.doneWhen}
      </p>
      {action.why ? <p className="text-sm">{action.why}</p> : null}
      <CitedFrom ids={action.sources} all={sources} />
    </li>
  )
}

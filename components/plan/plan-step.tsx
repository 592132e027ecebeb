import { CitedFrom } from '@/components/results/cited-from'
import type { PlanAction } from '@/lib/plan/plan-schema'
import { followUpText } from '@/lib/plan/plan-text'
import { plural, weekSpan } from '@/lib/plan-views/format'
import { actionAnchor } from '@/lib/plan-views/readout-view'
import type { SourceCitation } from '@/lib/scoring/result-schema'

/** When and how long: its weeks and hours, and the light follow-up after, from the one source (the plan's action). */
export function stepTiming(a: PlanAction): string {
  const main = `${weekSpan(a.startWeek, a.endWeek)}, ${plural(a.hours, 'hour')}`
  const wait = a.waitsFor ? ` (${a.waitsFor})` : ''
  return a.followUp ? `${main}${wait}, ${followUpText(a.followUp)}` : `${main}${wait}`
}

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

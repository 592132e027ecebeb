import { CitedFrom } from '@/components/results/cited-from'
import type { PlanItem as Item } from '@/lib/plan/plan-schema'
import { lowerFirst, plural } from '@/lib/plan-views/format'
import { planItemAnchor } from '@/lib/plan-views/readout-view'

type Props = { item: Item; week: number; startWeek: number; otherPhase?: string }

function effort(item: Item, otherPhase: string | undefined): string {
  const parts = item.parts > 1 ? ` · part ${item.part} of ${item.parts}, ${plural(item.totalHours, 'hour')} in all` : ''
  const phase = otherPhase ? ` · phase: ${lowerFirst(otherPhase)}` : ''
  return `${plural(item.hours, 'hour')} this week${parts}${phase}`
}

// An action that runs over several weeks is described in full in its first week. Later weeks show a short
// "keep going" line pointing back to it, and the last one repeats the check that says it is finished, so the page
// does not repeat the same paragraphs week after week.
export function PlanItem({ item, week, startWeek, otherPhase }: Props) {
  const continuing = item.part > 1 && startWeek < week
  return (
    <li id={planItemAnchor(item.actionId, week)} className="card scroll-mt-4">
      <h5>{item.title}</h5>
      <p className="sub">{effort(item, otherPhase)}</p>
      {continuing ? (
        <p>
          {'Keep going. What to do is in '}
          <a href={`#${planItemAnchor(item.actionId, startWeek)}`}>{`week ${startWeek}`}</a>.
        </p>
      ) : (
        <p>{item.whatToDo}</p>
      )}
      {!continuing || item.part === item.parts ? (
        <p>
          <strong>Done when:</strong> {item.doneWhen}
        </p>
      ) : null}
      {continuing ? null : (
        <>
          {item.closesGaps.length > 0 ? (
            <p className="text-sm">
              <strong>Closes the gap in:</strong> {item.closesGaps.map((g) => g.name).join(', ')}
            </p>
          ) : null}
          <p className="text-sm">
            <strong>Why it is here:</strong> {item.why}
          </p>
          <CitedFrom sources={item.sources} />
        </>
      )}
    </li>
  )
}

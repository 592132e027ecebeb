import { CitedFrom } from '@/components/results/cited-from'
import type { PlanItem as Item } from '@/lib/plan/plan-schema'
import { lowerFirst, plural } from '@/lib/plan-views/format'
import { planItemAnchor } from '@/lib/plan-views/readout-view'

export function PlanItem({ item, week, otherPhase }: { item: Item; week: number; otherPhase?: string }) {
  return (
    <li id={planItemAnchor(item.actionId, week)} className="scroll-mt-4 rounded-md border border-line bg-white p-4">
      <h5 className="font-semibold">{item.title}</h5>
      <p className="text-sm text-muted">
        {plural(item.hours, 'hour')} this week
        {item.parts > 1 ? ` · part ${item.part} of ${item.parts}, ${plural(item.totalHours, 'hour')} in all` : null}
        {otherPhase ? ` · phase: ${lowerFirst(otherPhase)}` : null}
      </p>
      <p className="mt-2">{item.whatToDo}</p>
      <p className="mt-2">
        <span className="font-semibold">Done when:</span> {item.doneWhen}
      </p>
      {item.closesGaps.length > 0 ? (
        <p className="mt-2 text-sm">
          <span className="font-semibold">Closes the gap in:</span> {item.closesGaps.map((g) => g.name).join(', ')}
        </p>
      ) : null}
      <p className="mt-2 text-sm">
        <span className="font-semibold">Why it is here:</span> {item.why}
      </p>
      <CitedFrom sources={item.sources} />
    </li>
  )
}

import type { PlanWeek as Week } from '@/lib/plan/plan-schema'
import { plural } from '@/lib/plan-views/format'
import { PlanItem } from './plan-item'

// Native <details>: opens and closes with Enter or Space, and without JavaScript. The first weeks start open so the
// page shows what to do now; the rest fold away until needed.
export function PlanWeek({ week, open, phaseTitles }: { week: Week; open: boolean; phaseTitles: Map<string, string> }) {
  const hasMilestone = week.milestones.length > 0
  return (
    <details open={open} id={`week-${week.week}`} className="scroll-mt-4 rounded-md border border-line bg-paper">
      <summary className="cursor-pointer px-4 py-3">
        <span className="font-semibold">Week {week.week}</span>{' '}
        <span className="text-muted">
          · {plural(week.hours, 'hour')} · {plural(week.items.length, 'action')}
        </span>
        {hasMilestone ? <span className="ml-2 font-semibold text-good">· milestone</span> : null}
      </summary>
      <div className="space-y-3 px-4 pb-4">
        {week.items.length > 0 ? (
          <ul className="space-y-3">
            {week.items.map((item) => (
              <PlanItem
                key={item.actionId}
                item={item}
                week={week.week}
                otherPhase={item.phaseId === week.phaseId ? undefined : phaseTitles.get(item.phaseId)}
              />
            ))}
          </ul>
        ) : (
          <p>A lighter week: nothing new is scheduled. Catch up on anything that ran over.</p>
        )}
        {week.milestones.map((milestone) => (
          <div
            key={milestone.id}
            id={`milestone-${milestone.id}`}
            className="scroll-mt-4 rounded-md border-2 border-good bg-white p-4"
          >
            <h5 className="font-semibold text-good">Milestone: {milestone.title}</h5>
            <p className="mt-1">
              <span className="font-semibold">Reached when:</span> {milestone.doneWhen}
            </p>
            {milestone.checks.length > 0 ? (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {milestone.checks.map((check) => (
                  <li key={check}>{check}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
      </div>
    </details>
  )
}

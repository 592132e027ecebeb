import type { PlanWeek as Week } from '@/lib/plan/plan-schema'
import { plural } from '@/lib/plan-views/format'
import { PlanItem } from './plan-item'

// Native <details>: opens and closes with Enter or Space, and without JavaScript. The first weeks start open so the
// page shows what to do now; the rest fold away until needed.
type Props = { week: Week; open: boolean; phaseTitles: Map<string, string>; startWeeks: Map<string, number> }

export function PlanWeek({ week, open, phaseTitles, startWeeks }: Props) {
  const hasMilestone = week.milestones.length > 0
  return (
    <details open={open} id={`week-${week.week}`} className="fold scroll-mt-4 bg-paper">
      <summary>
        <strong>{`Week ${week.week}`}</strong>
        <span className="text-muted">{` · ${plural(week.hours, 'hour')} · ${plural(week.items.length, 'action')}`}</span>
        {hasMilestone ? <strong className="text-good"> · milestone</strong> : null}
      </summary>
      <div>
        {week.items.length > 0 ? (
          <ul className="space-y-3">
            {week.items.map((item) => (
              <PlanItem
                key={item.actionId}
                item={item}
                week={week.week}
                startWeek={startWeeks.get(item.actionId) ?? week.week}
                otherPhase={item.phaseId === week.phaseId ? undefined : phaseTitles.get(item.phaseId)}
              />
            ))}
          </ul>
        ) : (
          <p>A lighter week: nothing new is scheduled. Catch up on anything that ran over.</p>
        )}
        {week.milestones.map((milestone) => (
          <div key={milestone.id} id={`milestone-${milestone.id}`} className="card scroll-mt-4 border-2 border-good">
            <h5 className="text-good">{`Milestone: ${milestone.title}`}</h5>
            <p>
              <strong>Reached when:</strong> {milestone.doneWhen}
            </p>
            {milestone.checks.length > 0 ? (
              <ul className="dots text-sm">
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

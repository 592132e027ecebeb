import type { Plan } from '@/lib/plan/plan-schema'
import { lowerFirst, plural, weekSpan, weeksAsMonths } from '@/lib/plan-views/format'
import { actionStartWeeks, weeksByPhase } from '@/lib/plan-views/readout-view'
import { PlanOverview } from './plan-overview'
import { PlanWeek } from './plan-week'

const OPEN_WEEKS = 2

export function PlanView({ plan }: { plan: Plan }) {
  const phases = weeksByPhase(plan)
  const phaseTitles = new Map(plan.phases.map((phase) => [phase.id, phase.title]))
  const startWeeks = actionStartWeeks(plan)
  return (
    <section aria-labelledby="plan-title" className="space-y-6">
      <div className="space-y-2">
        <h2 id="plan-title">The week-by-week plan</h2>
        <p>
          {plural(plan.totalWeeks, 'week')} ({weeksAsMonths(plan.totalWeeks, plan.totalWeeks)}), about{' '}
          {plural(plan.hoursPerWeek, 'hour')} a week at most, {plural(plan.totalHours, 'hour')} in all. Aimed at{' '}
          <strong>{plan.roleName}</strong> by <strong>{lowerFirst(plan.pathName)}</strong>.
        </p>
        {plan.notes.length > 0 ? (
          <ul className="dots text-sm">
            {plan.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <PlanOverview plan={plan} />
      <h3 className="text-lg">Week by week</h3>
      {phases.map((phase) => {
        const first = phase.weeks[0]?.week ?? 1
        const last = phase.weeks.at(-1)?.week ?? first
        return (
          <div key={`${phase.phaseId}-${first}`} className="space-y-2">
            <h4>
              {`${phase.title} `}
              <span className="sub">{`· ${weekSpan(first, last)}`}</span>
            </h4>
            {phase.weeks.map((week) => (
              <PlanWeek
                key={week.week}
                week={week}
                open={week.week <= OPEN_WEEKS}
                phaseTitles={phaseTitles}
                startWeeks={startWeeks}
              />
            ))}
          </div>
        )
      })}
    </section>
  )
}

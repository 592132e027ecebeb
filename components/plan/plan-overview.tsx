import type { Plan } from '@/lib/plan/plan-schema'
import { weekSpan } from '@/lib/plan-views/format'

// Phases overlap (customer work runs alongside learning the craft), so the week list alone hides some of them. This
// overview lists every phase with its weeks, and every milestone with what "done" means.
export function PlanOverview({ plan }: { plan: Plan }) {
  const phases = [...plan.phases].sort((a, b) => a.startWeek - b.startWeek || a.endWeek - b.endWeek)
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="card">
        <h3>The phases</h3>
        <ol className="space-y-2">
          {phases.map((phase) => (
            <li key={phase.id}>
              <strong>{phase.title}</strong>
              <span className="text-muted">{` · ${weekSpan(phase.startWeek, phase.endWeek)}`}</span>
              <p className="text-sm">{phase.summary}</p>
            </li>
          ))}
        </ol>
      </div>
      {plan.milestones.length > 0 ? (
        <div className="card border-2 border-good">
          <h3>Milestones</h3>
          <ol className="space-y-2">
            {plan.milestones.map((milestone) => (
              <li key={milestone.id}>
                <a href={`#milestone-${milestone.id}`} className="font-semibold">
                  Week {milestone.week}
                </a>{' '}
                — {milestone.title}
                <p className="text-sm">{milestone.doneWhen}</p>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  )
}

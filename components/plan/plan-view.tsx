import type { Plan } from '@/lib/engine/plan/plan-schema'
import { FOLLOW_UP_LABEL, weekHours, weekLabel } from '@/lib/engine/plan/plan-text'
import type { SourceCitation } from '@/lib/engine/scoring/result-schema'
import { plural } from '@/lib/engine/scoring/text'
import { weekSpan } from '@/lib/plans/views/format'
import { actionAnchor, firstSteps, weeksByPhase } from '@/lib/plans/views/readout-view'
import { FIRST_STEPS, FIRST_WEEKS } from './first-weeks'
import { PlanStep } from './plan-step'

/**
 * The whole plan in one fold: how it was sized, the milestones, the weeks at a glance (titles and hours only), and
 * every later step described once. Weeks link to the step rather than repeating it.
 */
export function PlanView({ plan, sources }: { plan: Plan; sources: readonly SourceCitation[] }) {
  const title = new Map(plan.actions.map((a) => [a.actionId, a.title]))
  const shownAbove = new Set(
    firstSteps(plan, FIRST_WEEKS)
      .slice(0, FIRST_STEPS)
      .map((a) => a.actionId),
  )
  const later = plan.actions.filter((a) => !shownAbove.has(a.actionId))
  const milestone = new Map(plan.milestones.map((m) => [m.id, m]))
  return (
    <details className="fold" id="whole-plan">
      <summary>
        <strong>The whole plan, week by week</strong>
        <span className="text-muted">{` · ${plural(plan.totalWeeks, 'week')}, ${plural(plan.milestones.length, 'milestone')}`}</span>
      </summary>
      <div className="space-y-6">
        <ul className="dots text-sm">
          {plan.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <section aria-labelledby="milestones-title" className="space-y-2">
          <h3 id="milestones-title">Milestones</h3>
          <ol className="space-y-2">
            {plan.milestones.map((m) => (
              <li key={m.id} id={`milestone-${m.id}`}>
                <strong>{`Week ${m.week}: ${m.title}.`}</strong> <span className="text-sm">{m.doneWhen}</span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="weeks-title" className="space-y-3">
          <h3 id="weeks-title">Week by week</h3>
          {weeksByPhase(plan).map((phase) => {
            const first = phase.runs[0]?.from ?? 1
            const last = phase.runs.at(-1)?.to ?? first
            return (
              <div key={`${phase.phaseId}-${first}`} className="space-y-1">
                <h4>
                  {`${phase.title} `}
                  <span className="sub">{`· ${weekSpan(first, last)}`}</span>
                </h4>
                <ul className="text-sm">
                  {phase.runs.map(({ from, to, week }) => (
                    <li key={from} id={from === to ? `week-${from}` : `weeks-${from}-${to}`}>
                      <strong>{weekLabel({ week: from, toWeek: to })}</strong>
                      {` · ${weekHours({ week: from, toWeek: to, hours: week.hours })}: `}
                      {week.work.length + week.followUps.length === 0 ? 'catch-up week' : null}
                      {week.work.map((w, i) => (
                        <span key={w.actionId}>
                          {i > 0 ? '; ' : null}
                          <a href={`#${actionAnchor(w.actionId)}`}>{title.get(w.actionId)}</a>
                          {` (${w.hours} h)`}
                        </span>
                      ))}
                      {week.followUps.length > 0
                        ? `${week.work.length > 0 ? '; ' : ''}${FOLLOW_UP_LABEL}: ${week.followUps.map((f) => title.get(f.actionId)).join(', ')}`
                        : null}
                      {week.milestoneIds.map((id) => (
                        <span key={id} className="text-good">{` · milestone: ${milestone.get(id)?.title ?? id}`}</span>
                      ))}
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </section>
        {later.length > 0 ? (
          <section aria-labelledby="steps-title" className="space-y-3">
            <h3 id="steps-title">The later steps</h3>
            <ul className="space-y-3">
              {later.map((step) => (
                <PlanStep key={step.actionId} action={step} sources={sources} level={4} />
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </details>
  )
}

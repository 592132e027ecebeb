import type { Plan } from '@/lib/engine/plan/plan-schema'
import type { SourceCitation } from '@/lib/engine/scoring/result-schema'
import { plural } from '@/lib/engine/scoring/text'
import { weeksAsMonths } from '@/lib/plans/views/format'
import { firstSteps } from '@/lib/plans/views/readout-view'
import { PlanStep } from './plan-step'

/** How many weeks the summary shows in full; the whole plan is one fold below. */
export const FIRST_WEEKS = 2
/** …and at most this many of their steps, so the page stays short; the rest are in the whole plan. */
export const FIRST_STEPS = 3

/** What to do now: the steps that start in the first weeks, each described in full. */
export function FirstWeeks({ plan, sources }: { plan: Plan; sources: readonly SourceCitation[] }) {
  const steps = firstSteps(plan, FIRST_WEEKS).slice(0, FIRST_STEPS)
  return (
    <section aria-labelledby="plan-title" className="space-y-3">
      <h2 id="plan-title">Your first weeks</h2>
      <p>
        {`The plan runs ${plural(plan.totalWeeks, 'week')} (${weeksAsMonths(plan.totalWeeks, plan.totalWeeks)}) at up to ${plural(plan.hoursPerWeek, 'hour')} a week, ${plural(plan.totalHours, 'hour')} in all. It starts with:`}
      </p>
      <ul className="space-y-3">
        {steps.map((step) => (
          <PlanStep key={step.actionId} action={step} sources={sources} level={3} />
        ))}
      </ul>
    </section>
  )
}

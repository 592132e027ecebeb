import { Button } from '@/components/ui/button'
import { plural } from '@/lib/engine/scoring/text'
import { type HoursBounds, hoursHint } from '@/lib/plans/progress/progress-input'
import type { ProgressSummary } from '@/lib/plans/progress/summary'

type Props = {
  token: string
  summary: ProgressSummary
  hoursPerWeek: number
  /** The hours question's bounds, from the published content. */
  bounds: HoursBounds
  action: (form: FormData) => Promise<void>
  error?: string
  value?: string | string[]
}

// Falling behind is said plainly, with a way out: re-schedule what is left from today, at the same hours or others.
// When not behind, the same form waits behind a fold for anyone whose weeks changed.
export function ReplanForm({ token, summary, hoursPerWeek, bounds, action, error, value }: Props) {
  const form = (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="replan-hours" className="block font-semibold">
          Hours a week from now on
        </label>
        <p id="replan-hours-hint" className="text-sm text-muted">
          {hoursHint(bounds)} Your plan was made for {hoursPerWeek}.
        </p>
        {error ? (
          <p id="replan-hours-error" className="font-semibold text-bad">
            {error}
          </p>
        ) : null}
        <input
          id="replan-hours"
          name="hoursPerWeek"
          inputMode="numeric"
          defaultValue={typeof value === 'string' ? value : String(hoursPerWeek)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`replan-hours-hint${error ? ' replan-hours-error' : ''}`}
          className="min-h-11 w-24 rounded-md border border-ink bg-white px-2"
        />
      </div>
      <Button variant={summary.behind ? 'primary' : 'secondary'}>Re-plan from today</Button>
    </form>
  )
  const explain = (
    <p>
      Re-planning keeps every step you have done as done, and schedules the{' '}
      {summary.overdue.length > 0 ? 'rest' : 'steps left'} from today at the hours you choose. Nothing is deleted: your
      check-offs and the plan as first made stay in the history below.
    </p>
  )
  if (summary.behind)
    return (
      <section aria-labelledby="replan-title" className="space-y-3 rounded-lg border-l-8 border-warn bg-white p-5">
        <h2 id="replan-title" className="scroll-mt-4 text-xl font-bold">
          You are about {summary.weeksBehind} weeks behind
        </h2>
        <p>
          {plural(summary.overdue.length, 'step')} should have been finished by now:{' '}
          {summary.overdue.map((a) => a.title).join('; ')}. That happens — weeks rarely go to plan. Rather than keep a
          schedule you can’t meet, re-plan what is left.
        </p>
        {explain}
        {form}
      </section>
    )
  return (
    <details className="rounded-lg border border-line bg-white p-5">
      <summary id="replan-title" className="cursor-pointer font-bold">
        Re-plan the steps left from today
      </summary>
      <div className="mt-3 space-y-3">
        {explain}
        {form}
      </div>
    </details>
  )
}

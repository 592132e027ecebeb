import Link from 'next/link'
import type { PlanProgress } from '@/lib/plans/progress/load-progress'
import type { StepToggleActions } from '@/lib/plans/progress/progress-input'
import { weekLine, weeksText } from '@/lib/plans/progress/week-line'
import { actionAnchor } from '@/lib/plans/views/readout-view'
import { ProgressProvider } from './progress-store'
import { ProgressTallies } from './progress-tallies'
import { StepToggle } from './step-toggle'
import { StepToolLink } from './step-tool-link'

type Props = {
  progress: PlanProgress
  /** The owner token: check-offs and links to the owner's pages. Absent on the read-only copy. */
  ownerToken?: string
  /** The check-off actions, with the owner token. */
  toggleActions?: StepToggleActions
}

// The progress block under the short answer: where the week stands, progress overall and the next steps, which the
// owner checks off right here (no fold to open). Per phase is one click away; every step is on the progress page.
export function ProgressBlock({ progress, ownerToken, toggleActions }: Props) {
  const { summary, state, made, today } = progress
  const owner = ownerToken !== undefined
  const steps = made.actions.map(({ actionId, phaseId, hours }) => ({ actionId, phaseId, hours }))
  return (
    <section aria-labelledby="progress-title" className="space-y-4 rounded-lg border border-line bg-white p-5">
      <div className="space-y-1">
        <h2 id="progress-title" className="scroll-mt-4 text-xl font-bold">
          {owner ? 'Your progress' : 'Progress so far'}
        </h2>
        <p>{weekLine(summary, state.startsOn)}</p>
      </div>
      <ProgressProvider initial={[...state.done]} actions={toggleActions}>
        <ProgressTallies steps={steps} phases={made.phases} show="overall" />
        {summary.behind ? (
          <p className="rounded-md border-l-8 border-warn bg-paper p-3">
            <strong>
              {owner ? 'You are' : 'They are'} about {summary.weeksBehind} weeks behind.
            </strong>{' '}
            {summary.overdue.length} step{summary.overdue.length === 1 ? '' : 's'} should have been finished by now.{' '}
            {owner ? (
              <Link prefetch={false} href={`/plan/${ownerToken}/progress#replan-title`}>
                Re-plan the rest from today
              </Link>
            ) : null}
          </p>
        ) : null}
        {summary.allDone ? <p className="font-semibold text-good">Every step is done.</p> : null}
        {!summary.allDone && summary.next.length > 0 ? (
          <div className="space-y-2">
            <h3 id="next-title" className="font-semibold">
              Next
            </h3>
            <ul aria-labelledby="next-title" className="space-y-3">
              {summary.next.map((step) => (
                <li
                  key={step.actionId}
                  id={owner ? `next-${step.actionId}` : undefined}
                  className="space-y-1 border-t border-line pt-3"
                >
                  <p>
                    <a href={`#${actionAnchor(step.actionId)}`} className="font-semibold">
                      {step.title}
                    </a>{' '}
                    <span className="text-sm text-muted">{`· ${weeksText(step.startWeek, step.endWeek)} · ${step.hours} h`}</span>
                  </p>
                  {owner ? <StepToolLink token={ownerToken} actionId={step.actionId} /> : null}
                  {owner ? (
                    <StepToggle
                      token={ownerToken}
                      actionId={step.actionId}
                      title={step.title}
                      today={today}
                      returnTo="plan"
                      withDay={false}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {summary.nextMilestone ? (
          <p className="text-sm">
            <strong>Next milestone:</strong> {summary.nextMilestone.title} (week {summary.nextMilestone.week}).
          </p>
        ) : null}
        <details className="no-print rounded-md border border-line p-3">
          <summary className="cursor-pointer font-semibold">Progress by phase</summary>
          <div className="mt-3">
            <ProgressTallies steps={steps} phases={made.phases} show="phases" />
          </div>
        </details>
      </ProgressProvider>
    </section>
  )
}

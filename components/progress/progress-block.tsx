import Link from 'next/link'
import type { PlanProgress } from '@/lib/progress/load-progress'
import { weekLine, weeksText } from '@/lib/progress/week-line'
import { PrintButton } from './print-button'
import { ProgressProvider } from './progress-store'
import { ProgressTallies } from './progress-tallies'
import { StepToggle } from './step-toggle'

type Props = {
  progress: PlanProgress
  /** The owner token: check-offs and links to the owner's pages. Absent on the read-only copy. */
  ownerToken?: string
  /** Which assessment of the owner's history this plan is (from 2 on, a link to what moved). */
  sequence?: number
}

// The compact progress block at the top of the owner page (with check-offs for what is next) and of the share page
// (read-only). Everything else lives on the progress page.
export function ProgressBlock({ progress, ownerToken, sequence = 1 }: Props) {
  const { summary, state, made, today } = progress
  const owner = ownerToken !== undefined
  const steps = made.actions.map(({ actionId, phaseId, hours }) => ({ actionId, phaseId, hours }))
  const first = summary.next[0]
  return (
    <section aria-labelledby="progress-title" className="space-y-4 rounded-lg border border-line bg-white p-5">
      <div className="space-y-1">
        <h2 id="progress-title" className="scroll-mt-4 text-xl font-bold">
          {owner ? 'Your progress' : 'Progress so far'}
        </h2>
        <p>{weekLine(summary, state.startsOn)}</p>
      </div>
      <ProgressProvider initial={[...state.done]}>
        <ProgressTallies steps={steps} phases={made.phases} show="overall" />
        {summary.behind ? (
          <p className="rounded-md border-l-8 border-warn bg-paper p-3">
            <strong>
              {owner ? 'You are' : 'They are'} about {summary.weeksBehind} weeks behind.
            </strong>{' '}
            {summary.overdue.length} step{summary.overdue.length === 1 ? '' : 's'} should have been finished by now.{' '}
            {owner ? <Link href={`/plan/${ownerToken}/progress#replan-title`}>Re-plan the rest from today</Link> : null}
          </p>
        ) : null}
        {summary.allDone ? <p className="font-semibold text-good">Every step is done.</p> : null}
        {first && !summary.allDone ? (
          <p>
            Next: <strong>{first.title}</strong>
          </p>
        ) : null}
        {/* The page stays short: per phase, the next steps with their check-offs and the rest are one click away. */}
        <details className="rounded-md border border-line p-3">
          <summary className="cursor-pointer font-semibold">
            {owner ? 'By phase, next steps to check off, and more' : 'By phase, and the next steps'}
          </summary>
          <div className="mt-3 space-y-4">
            <ProgressTallies steps={steps} phases={made.phases} show="phases" />
            {summary.allDone ? null : summary.next.length > 0 ? (
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
                        <strong>{step.title}</strong>{' '}
                        <span className="text-sm text-muted">{`· ${weeksText(step.startWeek, step.endWeek)} · ${step.hours} h`}</span>
                      </p>
                      <p className="text-sm">
                        <strong>Done when:</strong> {step.doneWhen}
                      </p>
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
                <strong>Next milestone:</strong> {summary.nextMilestone.title} (week {summary.nextMilestone.week}).{' '}
                {owner ? 'Once you reach it, it is a good moment to retake the assessment and see what moved.' : null}
              </p>
            ) : null}
            {owner ? (
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <Link href={`/plan/${ownerToken}/progress`}>Every step and the start date</Link>
                {sequence > 1 ? (
                  <Link href={`/plan/${ownerToken}/delta/${sequence}`}>What moved since your last assessment</Link>
                ) : null}
                <Link href={`/plan/${ownerToken}/history`}>Retake and history</Link>
                <Link href={`/plan/${ownerToken}/raters`}>A mentor’s view</Link>
                <a href={`/plan/${ownerToken}/calendar`} download>
                  Calendar (.ics)
                </a>
                <a href={`/plan/${ownerToken}/markdown`} download>
                  Markdown (.md)
                </a>
                <PrintButton />
              </p>
            ) : null}
          </div>
        </details>
      </ProgressProvider>
    </section>
  )
}

import type { Metadata } from 'next'
import { OwnerSubpageHeader } from '@/components/plan/owner-subpage-header'
import { ProgressHistory } from '@/components/progress/progress-history'
import { ProgressProvider } from '@/components/progress/progress-store'
import { ProgressTallies } from '@/components/progress/progress-tallies'
import { ReplanForm } from '@/components/progress/replan-form'
import { StartDateForm } from '@/components/progress/start-date-form'
import { StepToggle } from '@/components/progress/step-toggle'
import { StepToolLink } from '@/components/progress/step-tool-link'
import { DoneMessage } from '@/components/ui/done-message'
import { ErrorSummary } from '@/components/ui/error-summary'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { ownerFormKey } from '@/lib/plans/positioning/form-keys'
import { addDays, formatDay, weekStart } from '@/lib/plans/progress/days'
import { loadOwnerProgress } from '@/lib/plans/progress/load-progress'
import { hoursBounds } from '@/lib/plans/progress/progress-input'
import { weekLine, weeksText } from '@/lib/plans/progress/week-line'
import { deadLink } from '@/lib/plans/views/dead-link'
import { readFlash } from '@/lib/platform/flash/flash'
import { moveStartAction, replanAction, toggleStepAction, toggleStepFormAction } from './actions'

export const metadata: Metadata = {
  title: 'Your progress',
}

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const doneMessages: Record<string, string> = {
  start: 'Start day moved. The weeks below count from it.',
  replanned: 'Re-planned: the steps left now run from today at the hours you chose. Steps you finished stay done.',
}

export default async function ProgressPage({ params, searchParams }: Props) {
  const { token } = await params
  const owner = await loadOwnerProgress(token)
  if (!owner) deadLink('plan')
  const { progress } = owner
  const { summary, state, schedule, made, today } = progress
  const query = await searchParams
  const done = typeof query.done === 'string' ? doneMessages[query.done] : undefined
  const flash = await readFlash(ownerFormKey.progress(token))
  const errors = flash?.errors ?? []
  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message
  const scheduled = new Set(schedule.actions.map((a) => a.actionId))
  const doneBefore = made.actions.filter((a) => !scheduled.has(a.actionId))

  return (
    <div className="space-y-8">
      <ErrorSummary errors={errors} />
      <OwnerSubpageHeader token={token} title="Your progress" titleId="progress-title">
        <p>{weekLine(summary, state.startsOn)}</p>
      </OwnerSubpageHeader>
      <DoneMessage text={done} />
      <ProgressProvider
        initial={[...state.done]}
        actions={{ toggle: toggleStepAction, toggleForm: toggleStepFormAction }}
      >
        <ProgressTallies
          steps={made.actions.map(({ actionId, phaseId, hours }) => ({ actionId, phaseId, hours }))}
          phases={made.phases}
          show="both"
        />
        {summary.allDone ? (
          <p className="font-semibold text-good">
            Every step is done. Time to retake the assessment and see what moved.
          </p>
        ) : null}
        {summary.allDone ? null : (
          <ReplanForm
            token={token}
            summary={summary}
            hoursPerWeek={schedule.hoursPerWeek}
            bounds={hoursBounds((await currentContent()).content)}
            action={replanAction}
            error={errorFor('replan-hours')}
            value={flash?.values.hoursPerWeek}
          />
        )}
        <section aria-labelledby="steps-title" className="space-y-4">
          <h2 id="steps-title" className="text-2xl font-bold">
            Every step
          </h2>
          <ol className="space-y-4">
            {schedule.actions.map((step) => {
              const from = weekStart(state.startsOn, step.startWeek)
              const to = addDays(weekStart(state.startsOn, step.endWeek), 6)
              const now = step.startWeek <= summary.currentWeek && summary.currentWeek <= step.endWeek
              return (
                <li
                  key={step.actionId}
                  id={`step-${step.actionId}`}
                  className={`scroll-mt-4 space-y-2 rounded-md border bg-white p-4 ${now ? 'border-2 border-accent' : 'border-line'}`}
                >
                  <h3 className="text-lg font-semibold">{step.title}</h3>
                  <p className="text-sm text-muted">
                    {`${weeksText(step.startWeek, step.endWeek)} (${formatDay(from)} – ${formatDay(to)}) · ${step.hours} hours`}
                    {now ? ' · this week' : ''}
                  </p>
                  <p className="text-sm">
                    <strong>Done when:</strong> {step.doneWhen}
                  </p>
                  <StepToolLink token={token} actionId={step.actionId} />
                  <StepToggle
                    token={token}
                    actionId={step.actionId}
                    title={step.title}
                    today={today}
                    returnTo="progress"
                    error={errorFor(`day-${step.actionId}`)}
                  />
                </li>
              )
            })}
          </ol>
          {doneBefore.length > 0 ? (
            <div className="space-y-2">
              <h3 className="text-lg font-semibold">Done before the re-plan</h3>
              <ul className="space-y-3">
                {doneBefore.map((step) => (
                  <li
                    key={step.actionId}
                    id={`step-${step.actionId}`}
                    className="space-y-1 rounded-md border border-line bg-white p-4"
                  >
                    <p className="font-semibold">{step.title}</p>
                    <StepToggle
                      token={token}
                      actionId={step.actionId}
                      title={step.title}
                      today={today}
                      returnTo="progress"
                    />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      </ProgressProvider>
      <StartDateForm
        token={token}
        startsOn={state.startsOn}
        action={moveStartAction}
        error={errorFor('starts-on')}
        value={flash?.values.startsOn}
      />
      <ProgressHistory events={progress.events} titles={new Map(made.actions.map((a) => [a.actionId, a.title]))} />
    </div>
  )
}

'use client'

import { useProgress } from './progress-store'

type Step = { actionId: string; phaseId: string; hours: number }
type Props = { steps: Step[]; phases: { id: string; title: string }[]; show: 'overall' | 'phases' | 'both' }

function tally(steps: Step[], done: ReadonlyMap<string, string>) {
  let count = 0
  let doneHours = 0
  let totalHours = 0
  for (const s of steps) {
    const h = Math.max(s.hours, 1)
    totalHours += h
    if (done.has(s.actionId)) {
      count++
      doneHours += h
    }
  }
  return { count, total: steps.length, percent: totalHours ? Math.round((100 * doneHours) / totalHours) : 0 }
}

function Bar({ label, percent }: { label: string; percent: number }) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent} %`}
      className="h-2.5 w-full overflow-hidden rounded-full bg-line"
    >
      {/* An SVG width, not an inline style: the Content-Security-Policy allows no inline styles. */}
      <svg aria-hidden="true" className="block h-full w-full" viewBox="0 0 100 1" preserveAspectRatio="none">
        <rect width={percent} height="1" className="fill-good" />
      </svg>
    </div>
  )
}

// Counted by hours, so a 30-hour project weighs more than a 2-hour conversation; the step counts are said in words.
export function ProgressTallies({ steps, phases, show }: Props) {
  const { done } = useProgress()
  const overall = tally(steps, done)
  return (
    <div className="space-y-4">
      {show === 'phases' ? null : (
        <div className="space-y-1">
          <p className="font-semibold" aria-live="polite">
            {`${overall.count} of ${overall.total} steps done · ${overall.percent} % of the planned hours`}
          </p>
          <Bar label="Progress overall" percent={overall.percent} />
        </div>
      )}
      {show !== 'overall' ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {phases.map((phase) => {
            const t = tally(
              steps.filter((s) => s.phaseId === phase.id),
              done,
            )
            if (t.total === 0) return null
            return (
              <li key={phase.id} className="space-y-1 text-sm">
                <span className="flex justify-between gap-2">
                  <span>{phase.title}</span>
                  <span className="text-muted">{`${t.count} of ${t.total}`}</span>
                </span>
                <Bar label={`Progress: ${phase.title}`} percent={t.percent} />
              </li>
            )
          })}
        </ul>
      ) : null}
    </div>
  )
}

import { dayOf, formatDay } from '@/lib/plans/progress/days'
import type { ProgressEvent } from '@/lib/plans/progress/schema'

function describeEvent(event: ProgressEvent, titles: Map<string, string>): string {
  switch (event.kind) {
    case 'done':
      return `Marked “${titles.get(event.actionId) ?? event.actionId}” done (on ${formatDay(event.day)})`
    case 'undone':
      return `Marked “${titles.get(event.actionId) ?? event.actionId}” not done`
    case 'start-moved':
      return `Moved the start to ${formatDay(event.day)}`
    case 'replanned':
      return `Re-planned from ${formatDay(event.day)} at ${event.data.hoursPerWeek} hours a week`
  }
}

/** The append-only log, newest first: nothing the owner did is lost, and this is where they can see it. */
export function ProgressHistory({ events, titles }: { events: ProgressEvent[]; titles: Map<string, string> }) {
  if (events.length === 0) return null
  return (
    <details className="rounded-lg border border-line bg-white p-5">
      <summary className="cursor-pointer font-bold">{`History of your progress (${events.length})`}</summary>
      <ol className="mt-3 space-y-1 text-sm">
        {[...events].reverse().map((event) => (
          <li key={event.id}>
            <span className="text-muted">{formatDay(dayOf(event.at))}: </span>
            {describeEvent(event, titles)}
          </li>
        ))}
      </ol>
    </details>
  )
}

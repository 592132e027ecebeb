import { addDays, formatDay, weekStart } from './days'
import type { ProgressSummary } from './summary'

/** "Week 5 of 20 · 29 Dec 2026 – 4 Jan 2027", or when it starts, or that its weeks are over. */
export function weekLine(summary: ProgressSummary, startsOn: string): string {
  const { currentWeek, totalWeeks } = summary
  if (totalWeeks === 0) return 'Every step is done.'
  if (currentWeek === 0) return `Your plan starts on ${formatDay(startsOn)}.`
  if (currentWeek > totalWeeks)
    return `The plan’s ${totalWeeks} weeks ended on ${formatDay(addDays(weekStart(startsOn, totalWeeks), 6))}.`
  const from = weekStart(startsOn, currentWeek)
  return `Week ${currentWeek} of ${totalWeeks} · ${formatDay(from)} – ${formatDay(addDays(from, 6))}`
}

export function weeksText(startWeek: number, endWeek: number): string {
  return startWeek === endWeek ? `week ${startWeek}` : `weeks ${startWeek}–${endWeek}`
}

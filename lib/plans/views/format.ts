import { plural, WEEKS_PER_MONTH } from '@/lib/engine/scoring/text'

// Small wording helpers shared by the readout and the plan. Pure, so the unit tests pin the exact words.

/** "about 4 months", "about 3–5 months", "under a month". */
export function weeksAsMonths(minWeeks: number, maxWeeks: number): string {
  const high = Math.round(maxWeeks / WEEKS_PER_MONTH)
  if (high < 1) return 'under a month'
  const low = Math.max(Math.round(minWeeks / WEEKS_PER_MONTH), 1)
  if (low === high) return `about ${plural(high, 'month')}`
  return `about ${low}–${high} months`
}

/** "12 weeks", "12–20 weeks". */
export function weeksRange(minWeeks: number, maxWeeks: number): string {
  return minWeeks === maxWeeks ? plural(minWeeks, 'week') : `${minWeeks}–${maxWeeks} weeks`
}

/** A calendar date in words, fixed to UTC so the server's time zone can't change a cached page. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  )
}

/** "+4.5", "−2" (a real minus sign), "0": for the compact figure beside the words. */
export function signedDelta(delta: number): string {
  const rounded = Math.round(delta * 10) / 10
  if (rounded === 0) return '0'
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`
}

/** "week 3", "weeks 3–7". */
export function weekSpan(first: number, last: number): string {
  return first === last ? `week ${first}` : `weeks ${first}–${last}`
}

/** "your assessment", "both of your assessments", "all 3 of your assessments". */
export function yourAssessments(count: number): string {
  if (count === 2) return 'both of your assessments'
  return count > 2 ? `all ${count} of your assessments` : 'your assessment'
}

// Calendar days as YYYY-MM-DD strings, counted in UTC so a day means the same on every server. No clock here:
// callers pass "today" in, which keeps the week arithmetic testable and the same on the server and in the browser.

export const DAY_MS = 24 * 60 * 60 * 1000

/** The UTC calendar day of an instant. */
export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10)

const toMs = (day: string) => Date.parse(`${day}T00:00:00.000Z`)

export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false
  const ms = toMs(day)
  return Number.isFinite(ms) && dayOf(new Date(ms)) === day
}

export const addDays = (day: string, days: number): string => dayOf(new Date(toMs(day) + days * DAY_MS))

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY_MS)

/** The plan week `today` falls in: 1 from the start day on, 0 before it. */
export function weekOn(startsOn: string, today: string): number {
  const days = daysBetween(startsOn, today)
  return days < 0 ? 0 : Math.floor(days / 7) + 1
}

/** The first day of a plan week. */
export const weekStart = (startsOn: string, week: number): string => addDays(startsOn, (week - 1) * 7)

/** "3 Dec 2026" — the same on the server and in the browser (no locale data). */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${d} ${months[(m ?? 1) - 1]} ${y}`
}

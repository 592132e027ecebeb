import { z } from 'zod'
import type { Content } from '@/lib/engine/content/schema'
import { addDays, formatDay, isValidDay } from './days'

// What the progress forms accept, as schemas: the owner's own plan is checked by the actions, everything typed here.
// "Today" is passed in (the actions read the clock), so the rules are testable on any day.

const EARLIEST_DONE = '2000-01-01'
// Two years either way covers every real plan and keeps a typo from placing it in another century.
const START_MOVE_DAYS = 730

const typedDay = z.string().trim()

/** The day a step was done: a real date, from 2000 on, and not after tomorrow (east of UTC it may be tomorrow). */
export const doneDaySchema = (today: string) =>
  typedDay
    .refine(isValidDay, 'Enter the day you did it as a date, for example 2026-12-03.')
    .refine(
      (day) => day <= addDays(today, 1),
      `The day you did it can’t be in the future (today is ${formatDay(today)}).`,
    )
    .refine((day) => day >= EARLIEST_DONE, 'Enter a day after 1 January 2000.')

/** The day week 1 begins: a real date within two years of today. */
export const startDaySchema = (today: string) =>
  typedDay
    .refine(isValidDay, 'Enter the start day as a date, for example 2026-12-07.')
    .refine(
      (day) => day >= addDays(today, -START_MOVE_DAYS) && day <= addDays(today, START_MOVE_DAYS),
      'Choose a start day within two years of today.',
    )

/** What a check-off's server action answers the script that called it. */
export type ToggleResult = { ok: true; actionId: string; done: boolean; day: string } | { ok: false; message: string }

/** A check-off's two server actions (by script, and as a plain form post), handed down by the page that renders it. */
export type StepToggleActions = {
  toggle: (form: FormData) => Promise<ToggleResult>
  toggleForm: (form: FormData) => Promise<void>
}

export const IntentSchema = z.enum(['done', 'undone']).catch('done')

export type HoursBounds = { min: number; max: number }

/**
 * The hours a week a plan may be made for: the published hours question's own bounds, so an admin who raises its
 * maximum can re-plan at the new hours too (never a copy of them here).
 */
export function hoursBounds(content: Content): HoursBounds {
  const q = content.questions.find((x) => x.feeds === 'hours-per-week')
  if (q?.kind !== 'number') throw new Error('The content has no number question that feeds hours-per-week.')
  return { min: q.min, max: q.max }
}

export const hoursHint = ({ min, max }: HoursBounds) => `A whole number from ${min} to ${max}.`

/** The re-plan form's hours: a whole number within the hours question's bounds. */
export function hoursInputSchema(bounds: HoursBounds) {
  const message = `Hours a week: enter a whole number from ${bounds.min} to ${bounds.max}.`
  return z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(bounds.min, message).max(bounds.max, message))
}

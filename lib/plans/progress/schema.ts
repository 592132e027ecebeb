import { z } from 'zod'
import { PlanSchema } from '@/lib/engine/plan/plan-schema'
import { WindowSchema } from '@/lib/engine/scoring/result-schema'
import { isValidDay } from './days'

// Progress events, as stored (append-only) and as read back: parsed once in the repository, so every reader gets a
// typed value.

export const DaySchema = z.string().refine(isValidDay, 'must be a date such as 2026-12-03')

/** The job listing a re-plan points the plan at ("Point my plan at this listing"): its id, and its name as it was then. */
export const PointedAtSchema = z.strictObject({ listingId: z.uuid(), name: z.string().min(1).max(200) })
export type PointedAt = z.infer<typeof PointedAtSchema>

/**
 * What a re-plan stores: the new schedule, and the window and headline recomputed with it, self-contained like the
 * plan it replaces. Re-plans stored before the window was recomputed have only the schedule. `listing` is set while
 * the plan points at a job listing (kept by later re-plans at other hours, dropped by "stop pointing").
 */
export const ReplanDataSchema = z.strictObject({
  // Bounded by the hours question when typed (lib/plans/progress/progress-input.ts); stored re-plans stay readable after an
  // admin narrows it.
  hoursPerWeek: z.number().int().positive(),
  plan: PlanSchema,
  window: WindowSchema.optional(),
  headline: z.string().optional(),
  listing: PointedAtSchema.optional(),
})
export type ReplanData = z.infer<typeof ReplanDataSchema>

const at = z.date()
export const ProgressEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id: z.number(), at, kind: z.literal('done'), actionId: z.string(), day: DaySchema }),
  z.strictObject({ id: z.number(), at, kind: z.literal('undone'), actionId: z.string() }),
  z.strictObject({ id: z.number(), at, kind: z.literal('start-moved'), day: DaySchema }),
  z.strictObject({ id: z.number(), at, kind: z.literal('replanned'), day: DaySchema, data: ReplanDataSchema }),
])
export type ProgressEvent = z.infer<typeof ProgressEventSchema>

/** An event to append: what the owner did, without the id and time the database gives it. */
export type NewProgressEvent =
  | { kind: 'done'; actionId: string; day: string }
  | { kind: 'undone'; actionId: string }
  | { kind: 'start-moved'; day: string }
  | { kind: 'replanned'; day: string; data: ReplanData }

import { z } from 'zod'
import { SourceCitationSchema } from '@/lib/scoring/result-schema'

// Like the result, a plan is self-contained: titles, instructions, checks and citations are copied in.
// Also like the result, it is read-only: items share frozen skill lists and citations.

export const PlanConstraintsSchema = z.strictObject({
  /** The most hours any week of the plan may ask for. */
  hoursPerWeek: z.number().int().min(1).max(40),
})

const named = z.strictObject({ skillId: z.string(), name: z.string() })

export const PlanItemSchema = z.strictObject({
  actionId: z.string(),
  title: z.string(),
  phaseId: z.string(),
  /** Hours to spend on it this week. */
  hours: z.number().int().min(1),
  /** Total hours the action takes, and which of its weeks this is. */
  totalHours: z.number().int().min(1),
  part: z.number().int().min(1),
  parts: z.number().int().min(1),
  whatToDo: z.string(),
  doneWhen: z.string(),
  /** Gaps from the readout this action closes (may be empty for positioning steps). */
  closesGaps: z.array(named),
  /** Every skill it builds. */
  skills: z.array(named),
  /** Why it is in this plan, in a sentence. */
  why: z.string(),
  sources: z.array(SourceCitationSchema),
})

export const MilestoneSchema = z.strictObject({
  id: z.string(),
  week: z.number().int().min(1),
  title: z.string(),
  doneWhen: z.string(),
  /** The action checks that make it true. */
  checks: z.array(z.string()),
})

export const PlanWeekSchema = z.strictObject({
  week: z.number().int().min(1),
  phaseId: z.string(),
  phaseTitle: z.string(),
  hours: z.number().int().min(0),
  items: z.array(PlanItemSchema),
  milestones: z.array(MilestoneSchema),
})

export const PlanPhaseSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  startWeek: z.number().int().min(1),
  endWeek: z.number().int().min(1),
  sources: z.array(SourceCitationSchema),
})

export const PlanSchema = z.strictObject({
  pathId: z.string(),
  pathName: z.string(),
  roleId: z.string(),
  roleName: z.string(),
  hoursPerWeek: z.number().int().min(1),
  totalWeeks: z.number().int().min(1),
  totalHours: z.number().int().min(0),
  phases: z.array(PlanPhaseSchema),
  weeks: z.array(PlanWeekSchema),
  milestones: z.array(MilestoneSchema),
  /** Which actions address each top gap. */
  gapCoverage: z.array(z.strictObject({ skillId: z.string(), name: z.string(), actionIds: z.array(z.string()) })),
  /** Plain-words notes about how the plan was sized (e.g. optional steps left out for lack of hours). */
  notes: z.array(z.string()),
  sources: z.array(SourceCitationSchema),
})

export type PlanConstraints = z.infer<typeof PlanConstraintsSchema>
export type PlanItem = z.infer<typeof PlanItemSchema>
export type Milestone = z.infer<typeof MilestoneSchema>
export type PlanWeek = z.infer<typeof PlanWeekSchema>
export type PlanPhase = z.infer<typeof PlanPhaseSchema>
export type Plan = z.infer<typeof PlanSchema>

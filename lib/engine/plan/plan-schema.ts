import { z } from 'zod'
import { SourceCitationSchema } from '@/lib/engine/scoring/result-schema'

// Like the result, a plan is self-contained: titles, instructions, checks and citations are copied in, each once.
// Every action is listed once in `actions`; weeks refer to actions by id. Each number on the page has one source:
// an action's hours and weeks come from `actions`, a week's from `weeks`, a phase's span from the weeks' phases.

export const PLAN_VERSION = 2

const named = z.strictObject({ skillId: z.string(), name: z.string() })
const cites = z.array(z.string())

export const PlanActionSchema = z.strictObject({
  actionId: z.string(),
  title: z.string(),
  phaseId: z.string(),
  whatToDo: z.string(),
  doneWhen: z.string(),
  /** Hours of main effort scheduled (its content effort), from startWeek to endWeek. Follow-ups are extra. */
  hours: z.number().int().min(1),
  startWeek: z.number().int().min(1),
  endWeek: z.number().int().min(1),
  /** From the content, so the remaining steps can be re-scheduled without it. */
  effortHours: z.number().int().min(1),
  spanWeeks: z.number().int().min(1),
  /** Actions in this plan that must be finished first. */
  prerequisites: z.array(z.string()),
  /** Keeps going lightly after its main effort (applying and interviewing take calendar time). */
  ongoing: z.boolean(),
  /**
   * An ongoing step's light pace after its main effort, stated once: from `fromWeek`, about `hoursPerWeek` a week,
   * `until` its end condition ("until you accept a PM offer"), expected by `toWeek` (the window's upper end, which
   * can lie past the plan's last work week: the search itself takes time). Plans made before `until` existed
   * padded their weeks to `toWeek` instead.
   */
  followUp: z
    .strictObject({
      hoursPerWeek: z.number().int().min(1),
      fromWeek: z.number().int().min(1),
      toWeek: z.number().int(),
      until: z.string().optional(),
    })
    .nullable(),
  /** Calendar weeks the step waits after its prerequisites (an offer, settling in), and why, mid-sentence. */
  waitWeeks: z.number().int().min(1).optional(),
  waitsFor: z.string().optional(),
  /** More practice in spare hours: it holds no later phase back (and no phase's milestone waits for it). */
  optional: z.literal(true).optional(),
  /** Gaps from the readout this action closes (may be empty for positioning steps). */
  closesGaps: z.array(named),
  skills: z.array(named),
  /** Why it is in this plan, when the plan's notes don't already say (steps every plan on the path includes). */
  why: z.string().nullable(),
  sources: cites,
})

export const MilestoneSchema = z.strictObject({
  id: z.string(),
  week: z.number().int().min(1),
  title: z.string(),
  doneWhen: z.string(),
  /** The "done when" checks of the actions that make it true. */
  checks: z.array(z.string()),
  actionIds: z.array(z.string()),
})

const hoursOf = z.strictObject({ actionId: z.string(), hours: z.number().int().min(1) })
/**
 * One week, or a run of identical weeks (`week` to `toWeek`: the same steps at the same hours), so a plan never lists
 * the same week twice in a row. Plans made before runs existed list every week on its own.
 */
export const PlanWeekSchema = z.strictObject({
  week: z.number().int().min(1),
  /** The last week of a run of identical weeks; absent for a single week. */
  toWeek: z.number().int().min(2).optional(),
  /** The phase this week belongs to: where its main hours go, never moving back to an earlier phase. */
  phaseId: z.string(),
  hours: z.number().int().min(0),
  work: z.array(hoursOf),
  followUps: z.array(hoursOf),
  milestoneIds: z.array(z.string()),
})

export const PlanPhaseSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  /** The first and last week labelled with this phase. */
  startWeek: z.number().int().min(1),
  endWeek: z.number().int().min(1),
  sources: cites,
})

export const PlanSchema = z.strictObject({
  version: z.literal(PLAN_VERSION),
  pathId: z.string(),
  pathName: z.string(),
  roleId: z.string(),
  roleName: z.string(),
  hoursPerWeek: z.number().int().min(1),
  /** The last week with work in it: the plan ends when its work ends (ongoing steps then go on as they say). */
  totalWeeks: z.number().int().min(1),
  /** Hours of every week in the plan, runs counted week by week. */
  totalHours: z.number().int().min(0),
  /** In the order they start. */
  actions: z.array(PlanActionSchema),
  weeks: z.array(PlanWeekSchema),
  phases: z.array(PlanPhaseSchema),
  milestones: z.array(MilestoneSchema),
  /** Which actions address each top gap. */
  gapCoverage: z.array(z.strictObject({ skillId: z.string(), name: z.string(), actionIds: z.array(z.string()) })),
  /** Steps the answers say the person already does, and what the plan offers instead (if anything). */
  alreadyDoing: z.array(z.strictObject({ actionId: z.string(), title: z.string(), insteadId: z.string().nullable() })),
  /** Useful steps that did not fit the hours. */
  leftOut: z.array(z.strictObject({ actionId: z.string(), title: z.string() })),
  /** Plain-words notes about how the plan was sized. */
  notes: z.array(z.string()),
  sources: z.array(SourceCitationSchema),
})

export type PlanAction = z.infer<typeof PlanActionSchema>
export type Milestone = z.infer<typeof MilestoneSchema>
export type PlanWeek = z.infer<typeof PlanWeekSchema>
export type PlanPhase = z.infer<typeof PlanPhaseSchema>
export type Plan = z.infer<typeof PlanSchema>

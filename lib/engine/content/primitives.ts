import { z } from 'zod'
import { storableText } from '@/lib/engine/input/storable-text'

// The building blocks every content schema shares (lib/engine/content/schema.ts, lib/engine/content/positioning-schema.ts): ids,
// bounded texts, citations and conditions on answers. In a file of their own so both schema files can use them
// without importing each other.

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, e.g. "customer-discovery"')
// Every text field: never a character the database cannot store (lib/engine/input/storable-text.ts).
export const text = (max: number) => storableText().trim().min(1).max(max)
/** Every skill, role, path, action and phase cites at least one source by id. */
export const SourcesSchema = z.array(IdSchema).min(1)

/**
 * A fact about the person read from one answer: a choice question's answer is one of `anyOf` (for a multi question,
 * any ticked option counts); a number question's answer lies within `min`..`max`. Roles, paths and actions use lists
 * of conditions to say whom they are open to.
 */
export const ConditionSchema = z
  .strictObject({
    questionId: IdSchema,
    anyOf: z.array(IdSchema).min(1).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((c) => c.anyOf !== undefined || c.min !== undefined || c.max !== undefined, {
    message: 'a condition needs anyOf (for a choice question) or min/max (for a number question)',
  })
/** All must hold. An empty list always holds. */
export const ConditionsSchema = z.array(ConditionSchema).default([])

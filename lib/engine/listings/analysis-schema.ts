import { z } from 'zod'

// The shape of a listing analysis (lib/engine/listings/analyse.ts makes it): what the JSON API returns and what a saved
// listing stores, so a stored one is read back through the same schema and a row we cannot read is re-analysed
// rather than shown half-broken.

export const SkillTagSchema = z.strictObject({ skillId: z.string(), words: z.array(z.string()) })
export const NotMeasuredSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  explanation: z.string(),
  words: z.array(z.string()),
})
export const StrengthSchema = z.enum(['must', 'nice'])

export const RequirementLineSchema = z.strictObject({
  text: z.string(),
  strength: StrengthSchema,
  /** The heading it stood under, as the listing wrote it; null before the first heading. */
  heading: z.string().nullable(),
})

export const AnalysedLineSchema = z.strictObject({
  ...RequirementLineSchema.shape,
  /** In content order. */
  skillIds: z.array(z.string()),
  /** Every word that triggered a skill tag, in order of appearance. */
  matched: z.array(z.string()),
  tags: z.array(SkillTagSchema),
  notMeasured: z.array(NotMeasuredSchema),
})

export const SkillMentionSchema = z.strictObject({
  skillId: z.string(),
  mentions: z.number().int().min(0),
  mustMentions: z.number().int().min(0),
})

export const ListingAnalysisSchema = z.strictObject({
  requirements: z.array(AnalysedLineSchema),
  /** The requirement lines that ask for something this assessment does not measure. */
  unmeasured: z.array(z.string()),
  /** Most mentioned first (must-haves break ties, then content order). */
  skills: z.array(SkillMentionSchema),
})

export type SkillTag = z.infer<typeof SkillTagSchema>
export type NotMeasured = z.infer<typeof NotMeasuredSchema>
export type RequirementLine = z.infer<typeof RequirementLineSchema>
export type AnalysedLine = z.infer<typeof AnalysedLineSchema>
export type SkillMention = z.infer<typeof SkillMentionSchema>
export type ListingAnalysis = z.infer<typeof ListingAnalysisSchema>

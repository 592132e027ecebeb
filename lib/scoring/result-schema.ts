import { z } from 'zod'

// The assessment result is SELF-CONTAINED: it carries every name, description, explanation and citation it shows,
// so a stored result renders the same after the content changes. Nothing here should need the content to display.
// Treat results as read-only: for speed, results share frozen pieces (citations, contributions, confidence notes)
// with each other. Copy before sorting or editing, e.g. [...result.gaps].sort(…).

export const SourceCitationSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string().optional(),
})

const score = z.number().int().min(0).max(100)

export const ContributionSchema = z.strictObject({
  questionId: z.string(),
  /** The question as asked, and the answer as the user saw it. */
  prompt: z.string(),
  answer: z.string(),
  category: z.enum(['context', 'evidence', 'anchored', 'scenario', 'crosswalk', 'motivation']),
  /** Points this answer moved the skill score (signed, one decimal). */
  delta: z.number(),
  reason: z.string(),
})

export const ConfidenceSchema = z.strictObject({
  level: z.enum(['low', 'medium', 'high']),
  value: z.number().min(0).max(1),
  why: z.string(),
})

export const SkillLevelSchema = z.enum(['strong', 'solid', 'developing', 'gap'])

export const SkillResultSchema = z.strictObject({
  skillId: z.string(),
  name: z.string(),
  areaId: z.string(),
  areaName: z.string(),
  description: z.string(),
  strongLooksLike: z.string(),
  score,
  level: SkillLevelSchema,
  confidence: ConfidenceSchema,
  /** The score from self-ratings alone and from evidence (behaviour, crosswalk, scenarios) alone, when measured. */
  selfRatingScore: score.nullable(),
  evidenceScore: score.nullable(),
  /** Sorted by absolute delta, largest first. */
  contributions: z.array(ContributionSchema),
  sources: z.array(SourceCitationSchema),
})

export const StrengthSchema = z.strictObject({
  skillId: z.string(),
  name: z.string(),
  score,
  why: z.string(),
  /** The answers that earned it, in words ("Your postmortems are problem-diagnosis evidence"). */
  evidence: z.array(z.string()),
  sources: z.array(SourceCitationSchema),
})

export const GapSchema = z.strictObject({
  skillId: z.string(),
  name: z.string(),
  score,
  rank: z.number().int().min(1),
  /** 0–100: how much closing it matters for the best-fitting roles. */
  importance: score,
  why: z.string(),
  /** Role names that lean on this skill. */
  forRoles: z.array(z.string()),
  sources: z.array(SourceCitationSchema),
})

export const RoleFitSchema = z.strictObject({
  roleId: z.string(),
  name: z.string(),
  summary: z.string(),
  score,
  timing: z.enum(['first-move', 'later']),
  why: z.array(z.string()),
  sources: z.array(SourceCitationSchema),
})

export const PathRecommendationSchema = z.strictObject({
  pathId: z.string(),
  name: z.string(),
  summary: z.string(),
  why: z.array(z.string()),
  alternatives: z.array(z.strictObject({ pathId: z.string(), name: z.string(), why: z.string() })),
  sources: z.array(SourceCitationSchema),
})

export const ReadinessSchema = z.strictObject({
  band: z.enum(['ready', 'close', 'building', 'early']),
  label: z.string(),
  why: z.string(),
})

export const WindowSchema = z.strictObject({
  minWeeks: z.number().int().min(1),
  maxWeeks: z.number().int().min(1),
  /** How this compares with the articles' typical 3–9 months. */
  summary: z.string(),
  reasons: z.array(z.strictObject({ effect: z.enum(['longer', 'shorter', 'neutral']), text: z.string() })),
  sources: z.array(SourceCitationSchema),
})

export const FlagSchema = z.strictObject({
  kind: z.enum(['over-confidence', 'flat-ratings', 'motivation', 'timeline', 'low-evidence']),
  severity: z.enum(['info', 'warning']),
  title: z.string(),
  message: z.string(),
  skillId: z.string().optional(),
  sources: z.array(SourceCitationSchema),
})

export const VerdictSchema = z.strictObject({
  kind: z.enum(['go', 'not-now', 'not-for-you']),
  headline: z.string(),
  why: z.array(z.string()),
  sources: z.array(SourceCitationSchema),
})

export const AssessmentResultSchema = z.strictObject({
  /** One-paragraph summary for the top of the readout. */
  headline: z.string(),
  verdict: VerdictSchema,
  readiness: ReadinessSchema,
  window: WindowSchema,
  /** Skills in content order (areas grouped). */
  skills: z.array(SkillResultSchema),
  strengths: z.array(StrengthSchema),
  /** Ranked, most important first. */
  gaps: z.array(GapSchema),
  /** Best fit first; `bestRoleId` is the best first-move role. */
  roles: z.array(RoleFitSchema),
  bestRoleId: z.string(),
  path: PathRecommendationSchema,
  flags: z.array(FlagSchema),
  reliability: z.strictObject({
    note: z.string(),
    improveBy: z.array(z.string()),
    sources: z.array(SourceCitationSchema),
  }),
  /** Facts read straight from the answers that the plan and UI need. */
  inputs: z.strictObject({
    hoursPerWeek: z.number().int().min(1),
    yearsExperience: z.number().int().min(0).nullable(),
    targetWeeks: z.number().int().min(1).nullable(),
  }),
  /** Every source cited anywhere in the result, for a reference list. */
  sources: z.array(SourceCitationSchema),
})

export type SourceCitation = z.infer<typeof SourceCitationSchema>
export type Contribution = z.infer<typeof ContributionSchema>
export type SkillResult = z.infer<typeof SkillResultSchema>
export type SkillLevel = z.infer<typeof SkillLevelSchema>
export type Strength = z.infer<typeof StrengthSchema>
export type Gap = z.infer<typeof GapSchema>
export type RoleFit = z.infer<typeof RoleFitSchema>
export type PathRecommendation = z.infer<typeof PathRecommendationSchema>
export type Readiness = z.infer<typeof ReadinessSchema>
export type TransitionWindow = z.infer<typeof WindowSchema>
export type Flag = z.infer<typeof FlagSchema>
export type Verdict = z.infer<typeof VerdictSchema>
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>

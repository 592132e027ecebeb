import { z } from 'zod'

// The assessment result is SELF-CONTAINED: it carries every name, description, explanation and citation it shows,
// so a stored result renders the same after the content changes. Nothing here needs the content to display.
// Each text is stored once: answers are listed once and referred to by question id; items cite sources by id and
// `sources` holds the citations.

export const RESULT_VERSION = 2

export const SourceCitationSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string().optional(),
})
/** Source ids, each present in the result's (or plan's) `sources`. */
const cites = z.array(z.string())

const score = z.number().int().min(0).max(100)
export const KindSchema = z.enum(['context', 'behaviour', 'crosswalk', 'scenario', 'self-rating', 'motivation'])

export const AnswerShownSchema = z.strictObject({
  questionId: z.string(),
  /** The question's short name ("Talking with customers"), the question as asked, and the answer as the user saw it. */
  label: z.string(),
  prompt: z.string(),
  answer: z.string(),
  kind: KindSchema,
})

export const ContributionSchema = z.strictObject({
  /** The answer, in `answers`. */
  questionId: z.string(),
  /** Points this answer moved the score from the starting point (signed, one decimal). They add up to the score. */
  delta: z.number(),
  reason: z.string(),
})

export const ConfidenceSchema = z.strictObject({
  level: z.enum(['low', 'medium', 'high']),
  /** Why, in one sentence that names the skill and counts the answers listed for it. */
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
  /** Where engineers usually start on this skill; the contributions move the score from here. */
  start: score,
  /** Set when a real-behaviour answer holds the score down (e.g. never talking with customers). */
  cap: z.strictObject({ atMost: score, questionId: z.string(), reason: z.string() }).nullable(),
  confidence: ConfidenceSchema,
  /** What holds the score down most, in the words of the answer: the cap, else the lowering answer to the question
   * that measures the skill most directly. Null when nothing lowers it. */
  holdsBack: z.string().nullable(),
  /** The self-rating alone (0, 25, 50, 75 or 100) and what you did alone (behaviour and crosswalk), when measured. */
  selfRating: score.nullable(),
  didScore: score.nullable(),
  /** Largest effect first. */
  contributions: z.array(ContributionSchema),
  sources: cites,
})

export const StrengthSchema = z.strictObject({
  skillId: z.string(),
  name: z.string(),
  score,
  confidence: ConfidenceSchema.shape.level,
  why: z.string(),
  /** The answers that earned it, in words. */
  evidence: z.array(z.string()),
})

export const GapSchema = z.strictObject({
  skillId: z.string(),
  name: z.string(),
  score,
  rank: z.number().int().min(1),
  /** 0–100: how much closing it matters for the best-fitting roles. */
  importance: score,
  confidence: ConfidenceSchema.shape.level,
  why: z.string(),
  /** Role names that lean on this skill. */
  forRoles: z.array(z.string()),
  /** The evidence puts it well below the bar (SEVERE_GAP_BELOW): always listed, whatever the role leans on. */
  severe: z.boolean().optional(),
})

export const RoleFitSchema = z.strictObject({
  roleId: z.string(),
  name: z.string(),
  summary: z.string(),
  score,
  /** Weighted average of the skills the role leans on. */
  skillFit: score,
  timing: z.enum(['first-move', 'later']),
  /** False when the person's situation rules it out for now (e.g. too few years as an engineer). */
  open: z.boolean(),
  /** Open, and close enough on skills to the best open first move that interest may decide between them. */
  realistic: z.boolean(),
  why: z.array(z.string()),
  sources: cites,
})

export const PathRecommendationSchema = z.strictObject({
  pathId: z.string(),
  name: z.string(),
  /** How the path reads mid-sentence ("through an internal transfer"). Absent in older results. */
  route: z.string().optional(),
  summary: z.string(),
  why: z.array(z.string()),
  alternatives: z.array(z.strictObject({ pathId: z.string(), name: z.string(), why: z.string() })),
  sources: cites,
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
  sources: cites,
  /**
   * The estimate before the plan was fitted to it (readiness, path and answers), and the weeks the hours-a-week
   * answer added to it: a re-plan at other hours starts again from here. Absent in results made before re-plans
   * recomputed the window.
   */
  basis: z
    .strictObject({ minWeeks: z.number().int(), maxWeeks: z.number().int(), hoursWeeks: z.number().int() })
    .optional(),
})

export const FlagSchema = z.strictObject({
  kind: z.enum(['over-confidence', 'flat-ratings', 'motivation', 'timeline', 'path-conflict']),
  severity: z.enum(['info', 'warning']),
  title: z.string(),
  message: z.string(),
  skillId: z.string().optional(),
  sources: cites,
})

export const VerdictSchema = z.strictObject({
  kind: z.enum(['go', 'not-now', 'not-for-you']),
  /**
   * A calm label for the motivation verdict, for a badge beside readiness ("Your reasons fit", "Worth testing
   * first", "Worth a second thought"): the verdict is about motivation only, never readiness. Absent in older results.
   */
  label: z.string().optional(),
  /**
   * For "not now" and "not for you": the caution in one plain, kind sentence, which the headline paragraph ends with
   * (after readiness and route). Null for "go". Absent in older results.
   */
  caution: z.string().nullable().optional(),
  headline: z.string(),
  why: z.array(z.string()),
  sources: cites,
})

export const AssessmentResultSchema = z.strictObject({
  version: z.literal(RESULT_VERSION),
  /** One-paragraph summary for the top of the readout. */
  headline: z.string(),
  verdict: VerdictSchema,
  readiness: ReadinessSchema,
  window: WindowSchema,
  /** Every answer that fed a skill, once, in question order. */
  answers: z.array(AnswerShownSchema),
  /** Skills in content order (areas grouped). */
  skills: z.array(SkillResultSchema),
  strengths: z.array(StrengthSchema),
  /** Ranked, most important first. */
  gaps: z.array(GapSchema),
  /** Best fit first: realistic first moves, then other first moves, then later roles, then roles not open yet. */
  roles: z.array(RoleFitSchema),
  bestRoleId: z.string(),
  path: PathRecommendationSchema,
  flags: z.array(FlagSchema),
  reliability: z.strictObject({ note: z.string(), improveBy: z.array(z.string()), sources: cites }),
  /** Facts read straight from the answers that the plan and UI need. */
  inputs: z.strictObject({
    hoursPerWeek: z.number().int().min(1),
    /** Whole or half years (six months is 0.5). */
    yearsExperience: z.number().multipleOf(0.5).min(0).nullable(),
    targetWeeks: z.number().int().min(1).nullable(),
  }),
  /** Every source cited anywhere in the result. */
  sources: z.array(SourceCitationSchema),
})

export type SourceCitation = z.infer<typeof SourceCitationSchema>
export type AnswerShown = z.infer<typeof AnswerShownSchema>
export type Contribution = z.infer<typeof ContributionSchema>
export type Confidence = z.infer<typeof ConfidenceSchema>
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

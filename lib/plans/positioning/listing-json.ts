import { z } from 'zod'
import type { Content } from '@/lib/engine/content/schema'
import { AnalysedLineSchema, type ListingAnalysis, SkillMentionSchema } from '@/lib/engine/listings/analysis-schema'
import type { ListingComparison } from '@/lib/engine/listings/compare'
import { SkillLevelSchema } from '@/lib/engine/scoring/result-schema'

// The JSON API's shape for a listing analysis (POST /api/job-listings) and a personal comparison
// (POST /api/plans/{ownerToken}/job-listings): the analysis as it is, with each skill's name beside its id. The
// schemas are what docs/openapi.json documents; the functions' return types are checked against them.

const NamedMentionSchema = z.strictObject({ ...SkillMentionSchema.shape, name: z.string() })

export const AnalysisJsonSchema = z.strictObject({
  requirements: z.array(AnalysedLineSchema),
  unmeasured: z.array(z.string()),
  skills: z.array(NamedMentionSchema),
})

const PlanStepRefSchema = z.strictObject({
  actionId: z.string(),
  title: z.string(),
  startWeek: z.number().int(),
  endWeek: z.number().int(),
  done: z.boolean(),
})

const StandingSchema = z.strictObject({
  skillId: z.string(),
  name: z.string(),
  score: z.number(),
  level: SkillLevelSchema,
  status: z.enum(['evidence', 'gap']),
  evidence: z.array(
    z.strictObject({ questionId: z.string(), label: z.string(), answer: z.string(), reason: z.string() }),
  ),
  steps: z.array(PlanStepRefSchema),
})

export const ComparisonJsonSchema = z.strictObject({
  requirements: z.array(
    z.strictObject({
      ...AnalysedLineSchema.shape,
      status: z.enum(['evidence', 'gap', 'not-measured']),
      standings: z.array(StandingSchema),
    }),
  ),
  unmeasured: z.array(z.string()),
  skills: z.array(NamedMentionSchema),
  summary: z.strictObject({
    measured: z.number().int(),
    covered: z.number().int(),
    mustMeasured: z.number().int(),
    mustCovered: z.number().int(),
    must: z.number().int(),
    nice: z.number().int(),
    notMeasured: z.number().int(),
    topGaps: z.array(
      z.strictObject({
        skillId: z.string(),
        name: z.string(),
        score: z.number(),
        mentions: z.number().int(),
        mustMentions: z.number().int(),
        steps: z.array(PlanStepRefSchema),
      }),
    ),
    leadWith: z.array(z.strictObject({ skillId: z.string(), name: z.string(), mentions: z.number().int() })),
  }),
})

export function analysisJson(content: Content, analysis: ListingAnalysis): z.infer<typeof AnalysisJsonSchema> {
  const names = new Map(content.skills.map((s) => [s.id, s.name]))
  return {
    requirements: analysis.requirements,
    unmeasured: analysis.unmeasured,
    skills: analysis.skills.map((m) => ({ ...m, name: names.get(m.skillId) ?? m.skillId })),
  }
}

export function comparisonJson(
  content: Content,
  analysis: ListingAnalysis,
  comparison: ListingComparison,
): z.infer<typeof ComparisonJsonSchema> {
  return {
    ...analysisJson(content, analysis),
    requirements: comparison.lines,
    summary: comparison.summary,
  }
}

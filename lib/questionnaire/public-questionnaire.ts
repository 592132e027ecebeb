import { z } from 'zod'
import { type Content, NumberStepSchema, type Question } from '@/lib/engine/content/schema'

// The questions as a client needs them to collect answers (GET /api/questionnaire). Scoring weights stay on the
// server: they are not needed to answer, and publishing them invites answering to the score. The schemas are what
// docs/openapi.json documents; the functions' return types are checked against them.

const PublicOptionSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  detail: z.string().optional(),
  /** "None of these": ticking it clears the other ticks. */
  exclusive: z.literal(true).optional(),
})

const base = {
  id: z.string(),
  sectionId: z.string(),
  prompt: z.string(),
  label: z.string(),
  help: z.string().optional(),
  optional: z.boolean(),
}

export const PublicQuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('single'), options: z.array(PublicOptionSchema) }),
  z.strictObject({
    ...base,
    kind: z.literal('multi'),
    maxSelected: z.number().int().optional(),
    options: z.array(PublicOptionSchema),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('number'),
    min: z.number().int(),
    max: z.number().int(),
    step: NumberStepSchema,
    unit: z.string(),
  }),
])

export const PublicQuestionnaireSchema = z.strictObject({
  contentVersion: z.string(),
  sections: z.array(
    z.strictObject({ id: z.string(), title: z.string(), intro: z.string(), estimatedMinutes: z.number().int() }),
  ),
  questions: z.array(PublicQuestionSchema),
})
export type PublicQuestionnaire = z.infer<typeof PublicQuestionnaireSchema>

function publicQuestion(q: Question): z.infer<typeof PublicQuestionSchema> {
  const head = <K extends Question['kind']>(kind: K) => ({
    id: q.id,
    sectionId: q.sectionId,
    kind,
    prompt: q.prompt,
    label: q.shortLabel,
    help: q.help,
    optional: q.optional,
  })
  if (q.kind === 'number') return { ...head(q.kind), min: q.min, max: q.max, step: q.step, unit: q.unit }
  const options = q.options.map((o) => ({
    id: o.id,
    label: o.label,
    detail: o.detail,
    exclusive: o.exclusive ? (true as const) : undefined,
  }))
  return q.kind === 'multi' ? { ...head(q.kind), maxSelected: q.maxSelected, options } : { ...head(q.kind), options }
}

export function publicQuestionnaire(content: Content, contentVersion: string): PublicQuestionnaire {
  return {
    contentVersion,
    sections: content.sections.map(({ id, title, intro, estimatedMinutes }) => ({
      id,
      title,
      intro,
      estimatedMinutes,
    })),
    questions: content.questions.map(publicQuestion),
  }
}

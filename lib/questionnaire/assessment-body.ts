import { z } from 'zod'

// The body of POST /api/assessments: every answer at once, keyed by question id. Only its shape is checked here;
// the answers themselves are validated against the published content (validateAnswers), field by field.
export const AssessmentBodySchema = z.strictObject({ answers: z.record(z.string(), z.unknown()) })

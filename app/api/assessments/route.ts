import { z } from 'zod'
import { apiError, json, readJsonBody } from '@/lib/api/http'
import { tooManyRequests, withServiceErrors } from '@/lib/api/service-errors'
import { storeNewPlan } from '@/lib/assessment/generate'
import { publicOrigin } from '@/lib/assessment/request'
import { validateAnswers } from '@/lib/content/answers'
import { currentContent } from '@/lib/content-store/current-content'
import { limitRequest } from '@/lib/rate-limit/request-limits'

// A full answer set is ~2 KB; 64 KB leaves room for clients that pretty-print, and stops abuse early.
const MAX_BODY_BYTES = 64 * 1024

const BodySchema = z.strictObject({ answers: z.record(z.string(), z.unknown()) })

async function createAssessment(request: Request) {
  const body = await readJsonBody(request, MAX_BODY_BYTES)
  if (!body.ok) return body.response

  const shape = BodySchema.safeParse(body.value)
  if (!shape.success) {
    const fields = shape.error.issues.map((i) => ({
      field: i.path.length > 0 ? i.path.join('.') : 'body',
      message: i.code === 'unrecognized_keys' ? `unexpected field(s): ${i.keys.join(', ')}` : i.message,
    }))
    return apiError(400, 'invalid_body', 'The body must be { "answers": { "<questionId>": answer, … } }.', fields)
  }

  const { content } = await currentContent()
  const validated = validateAnswers(content, shape.data.answers)
  if (!validated.ok) {
    const fields = validated.errors.map((e) => ({ field: `answers.${e.questionId}`, message: e.message }))
    return apiError(400, 'invalid_answers', 'Some answers are missing or not valid.', fields)
  }

  // Counted after validation, so a client fixing its request is not punished; before the engine runs and stores.
  const limit = await limitRequest('plans')
  if (!limit.allowed) {
    return tooManyRequests(
      limit.retryAfterSeconds,
      `Too many plans were built from this address recently. Try again in ${limit.retryAfterSeconds} seconds.`,
    )
  }

  const stored = await storeNewPlan(content, validated.answers)
  const origin = await publicOrigin()
  return json(
    {
      ownerUrl: `${origin}/plan/${stored.ownerToken}`,
      shareUrl: `${origin}/share/${stored.shareToken}`,
      result: stored.result,
      plan: stored.plan,
    },
    201,
  )
}

// A database outage answers 503 with Retry-After, never an empty 500.
export const POST = withServiceErrors(createAssessment)

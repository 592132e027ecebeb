import { validateAnswers } from '@/lib/engine/content/answers'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { roomForPlan } from '@/lib/plans/store/capacity'
import { getEnv } from '@/lib/platform/env'
import { apiError, jsonWithParts, readJsonBody } from '@/lib/platform/http/http'
import { invalidBody } from '@/lib/platform/http/problems'
import { storageFull, tooManyRequests, withServiceErrors } from '@/lib/platform/http/service-errors'
import { limitRequest } from '@/lib/platform/rate-limit/request-limits'
import { AssessmentBodySchema } from '@/lib/questionnaire/assessment-body'
import { storeNewPlan } from '@/lib/questionnaire/generate'
import { publicOrigin } from '@/lib/questionnaire/request'

// A full answer set is ~2 KB; 64 KB leaves room for clients that pretty-print, and stops abuse early.
const MAX_BODY_BYTES = 64 * 1024

async function createAssessment(request: Request) {
  const body = await readJsonBody(request, MAX_BODY_BYTES)
  if (!body.ok) return body.response

  const shape = AssessmentBodySchema.safeParse(body.value)
  if (!shape.success) return invalidBody(shape.error, 'The body must be { "answers": { "<questionId>": answer, … } }.')

  const { content } = await currentContent()
  const validated = validateAnswers(content, shape.data.answers)
  if (!validated.ok) {
    const fields = validated.errors.map((e) => ({ ...e, fieldId: `answers.${e.fieldId}` }))
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

  // The global ceiling on stored plans (MAX_STORED_PLANS): an honest 503 rather than a full disk.
  const room = await roomForPlan(getEnv().maxStoredPlans)
  if (!room.ok) return storageFull(room.retryAfterSeconds)

  const stored = await storeNewPlan(content, validated.answers)
  const origin = await publicOrigin()
  // result and plan go out as the JSON text just stored: serialised once for both.
  return jsonWithParts(
    {
      ownerUrl: `${origin}/plan/${stored.ownerToken}`,
      shareUrl: `${origin}/share/${stored.shareToken}`,
      // Deleted then unless claimed: open ownerUrl, or POST it to /api/plans/claim.
      expiresAt: stored.expiresAt.toISOString(),
    },
    { result: stored.json.result, plan: stored.json.plan },
    201,
  )
}

// A database outage answers 503 with Retry-After, never an empty 500.
export const POST = withServiceErrors(createAssessment)

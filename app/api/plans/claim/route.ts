import { ClaimBodySchema, ownerTokenOf } from '@/lib/plans/store/claim-body'
import { claimPlan, ownerTokenExists } from '@/lib/plans/store/plan-repo'
import { apiError, json, readJsonBody } from '@/lib/platform/http/http'
import { invalidBody } from '@/lib/platform/http/problems'
import { withServiceErrors } from '@/lib/platform/http/service-errors'

// An API client keeps a plan by claiming it: plans nobody claims are deleted after UNOPENED_PLAN_RETENTION_HOURS
// (as a browser's plan is when its owner page was never opened). Opening the ownerUrl claims it too. The owner
// link travels in the body, never in this URL, so it stays out of access logs.

async function claim(request: Request) {
  const body = await readJsonBody(request, 4 * 1024)
  if (!body.ok) return body.response
  const parsed = ClaimBodySchema.safeParse(body.value)
  if (!parsed.success) return invalidBody(parsed.error, 'The body must be { "ownerUrl": "<the plan’s ownerUrl>" }.')
  const ownerToken = ownerTokenOf(parsed.data.ownerUrl)
  if (await claimPlan(ownerToken)) return json({ kept: true, alreadyKept: false }, 200)
  // Claimed before (by this endpoint or by opening the owner page), or no such plan.
  if (await ownerTokenExists(ownerToken)) return json({ kept: true, alreadyKept: true }, 200)
  return apiError(404, 'not_found', 'No plan at this owner link.')
}

// A database outage answers 503 with Retry-After, never an empty 500.
export const POST = withServiceErrors(claim)

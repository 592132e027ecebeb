import { findPlanByShareToken } from '@/lib/plans/store/plan-repo'
import { parseStoredPlan, withoutAnswers } from '@/lib/plans/views/stored-plan'
import { apiError, json } from '@/lib/platform/http/http'
import { withServiceErrors } from '@/lib/platform/http/service-errors'

// Read-only JSON of a shared plan, in the current result and plan shapes. Unknown, malformed and revoked tokens all
// get the same 404. Like the share page it is a capability URL: proxy.ts sends it with no-referrer, noindex and
// private, no-store.
// The segment is named `token`: /api/plans/{ownerToken}/job-listings shares it (one name per level, as Next requires).
async function getSharedPlan(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const plan = await findPlanByShareToken((await params).token)
  if (!plan) return apiError(404, 'not_found', 'No shared plan at this address.')
  // Upgraded to the current shapes, and without the owner's answers.
  const view = withoutAnswers(parseStoredPlan(plan))
  return json(
    {
      createdAt: plan.createdAt.toISOString(),
      contentVersion: plan.contentVersion,
      result: view.result,
      plan: view.plan,
    },
    200,
  )
}

// A database outage answers 503 with Retry-After, never an empty 500.
export const GET = withServiceErrors(getSharedPlan)

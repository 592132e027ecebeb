import { apiError, json } from '@/lib/api/http'
import { findPlanByShareToken } from '@/lib/stored-plans/plan-repo'

// Read-only JSON of a shared plan. Unknown, malformed and revoked tokens all get the same 404. Like the share page it
// is a capability URL: proxy.ts sends it with no-referrer, noindex and private, no-store.
export async function GET(_request: Request, { params }: { params: Promise<{ shareToken: string }> }) {
  const plan = await findPlanByShareToken((await params).shareToken)
  if (!plan) return apiError(404, 'not_found', 'No shared plan at this address.')
  return json(
    {
      createdAt: plan.createdAt.toISOString(),
      contentVersion: plan.contentVersion,
      result: plan.result,
      plan: plan.plan,
    },
    200,
  )
}

import { analyseListing } from '@/lib/engine/listings/analyse'
import { defaultListingName } from '@/lib/engine/listings/listing-input'
import { OwnerListingBodySchema, readListingText } from '@/lib/plans/positioning/listing-body'
import { comparisonJson } from '@/lib/plans/positioning/listing-json'
import { MAX_SAVED_LISTINGS, saveJobListing } from '@/lib/plans/positioning/listing-repo'
import { compareForOwner, loadOwnerListingContext } from '@/lib/plans/positioning/owner-listings'
import { apiError, json } from '@/lib/platform/http/http'
import { invalidBody } from '@/lib/platform/http/problems'
import { tooManyRequests, withServiceErrors } from '@/lib/platform/http/service-errors'
import { limitRequest } from '@/lib/platform/rate-limit/request-limits'

// POST /api/plans/{ownerToken}/job-listings { "text": "…", "name"?: "…" } → the listing analysed as POST
// /api/job-listings does, plus the owner's evidence/gap split for each requirement and the summary. With a "name"
// the listing is also kept with the plan (201, private to the owner link). Unknown and malformed owner tokens get the
// same 404. Like every /api/plans/ URL it is a capability URL: private, no-store, no Referer (proxy.ts).

async function compare(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const ctx = await loadOwnerListingContext(token)
  if (!ctx) return apiError(404, 'not_found', 'No plan at this address.')
  const input = await readListingText(request)
  if (!input.ok) return input.response
  const body = OwnerListingBodySchema.safeParse(input.body)
  if (!body.success) {
    return invalidBody(body.error, 'The body must be { "text": "<the listing>", "name"?: "<a name>" }.')
  }
  const limit = await limitRequest('saves')
  if (!limit.allowed) {
    return tooManyRequests(
      limit.retryAfterSeconds,
      `Too many requests from this address recently. Try again in ${limit.retryAfterSeconds} seconds.`,
    )
  }
  const analysis = analyseListing(ctx.content, input.text)
  const result = comparisonJson(ctx.content, analysis, compareForOwner(ctx, analysis))
  if (body.data.name === undefined) return json({ contentVersion: ctx.version, ...result })

  const name = body.data.name || defaultListingName(input.text)
  const saved = await saveJobListing(token, { name, text: input.text, analysis, contentVersion: ctx.version })
  if (saved === null) return apiError(404, 'not_found', 'No plan at this address.')
  if (saved === 'full') {
    return apiError(
      409,
      'too_many_listings',
      `This plan already keeps ${MAX_SAVED_LISTINGS} listings: delete one first.`,
      [{ fieldId: 'name', message: `at most ${MAX_SAVED_LISTINGS} saved listings` }],
    )
  }
  return json({ contentVersion: ctx.version, saved: { id: saved.id, name }, ...result }, 201)
}

// A database outage answers 503 with Retry-After, never an empty 500.
export const POST = withServiceErrors(compare)

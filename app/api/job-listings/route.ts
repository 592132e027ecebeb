import { analyseListing } from '@/lib/engine/listings/analyse'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { ListingBodySchema, readListingText } from '@/lib/plans/positioning/listing-body'
import { analysisJson } from '@/lib/plans/positioning/listing-json'
import { json } from '@/lib/platform/http/http'
import { invalidBody } from '@/lib/platform/http/problems'
import { tooManyRequests, withServiceErrors } from '@/lib/platform/http/service-errors'
import { limitRequest } from '@/lib/platform/rate-limit/request-limits'

// POST /api/job-listings { "text": "…" } → the listing's requirement lines, each tagged with our skills and the
// words that did it, what the assessment does not measure, and the skills by mentions. Stateless: nothing is stored.
// Analysed with the lexicon of the current published content.

async function analyse(request: Request) {
  const input = await readListingText(request)
  if (!input.ok) return input.response
  const extra = ListingBodySchema.safeParse(input.body)
  if (!extra.success) {
    return invalidBody(extra.error, 'The body must be { "text": "<the listing>" } and nothing else.')
  }
  // Counted after validation, so a client fixing its request is not punished; before the work.
  const limit = await limitRequest('saves')
  if (!limit.allowed) {
    return tooManyRequests(
      limit.retryAfterSeconds,
      `Too many requests from this address recently. Try again in ${limit.retryAfterSeconds} seconds.`,
    )
  }
  const { content, version } = await currentContent()
  return json({ contentVersion: version, ...analysisJson(content, analyseListing(content, input.text)) })
}

// A database outage answers 503 with Retry-After, never an empty 500.
export const POST = withServiceErrors(analyse)

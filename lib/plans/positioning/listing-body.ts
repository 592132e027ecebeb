import { z } from 'zod'
import { checkListingText, MAX_LISTING_CHARS, MAX_LISTING_NAME } from '@/lib/engine/listings/listing-input'
import { apiError, readJsonBody } from '@/lib/platform/http/http'

// Reading { "text": "<a job listing>" } for the listing routes (POST /api/job-listings and
// POST /api/plans/{ownerToken}/job-listings): every way the body can be wrong answers a 4xx naming the field.

// 20,000 characters can take 80 KB as UTF-8 (and more with JSON escapes); anything larger is not one listing.
export const LISTING_BODY_BYTES = 128 * 1024

// `text` is checked by readListingText (checkListingText), which names each way it can be wrong; the schemas below
// refuse any other field, and say what `text` must be for the API's document.
const text = z.unknown().meta({
  type: 'string',
  maxLength: MAX_LISTING_CHARS,
  description: 'The job listing as plain text: not empty, not only a web address.',
})

/** The body of POST /api/job-listings. */
export const ListingBodySchema = z.strictObject({ text })

/** The body of POST /api/plans/{ownerToken}/job-listings: with a name, the listing is also kept with the plan. */
export const OwnerListingBodySchema = z.strictObject({
  text,
  name: z
    .string({ error: 'must be text' })
    .trim()
    .max(MAX_LISTING_NAME, `at most ${MAX_LISTING_NAME} characters`)
    .optional(),
})

type Parsed = { ok: true; text: string } | { ok: false; response: Response }

/** The body's text, or the 4xx that names what is wrong with it. Shared with the owner's route. */
export async function readListingText(request: Request): Promise<Parsed & { body?: Record<string, unknown> }> {
  const body = await readJsonBody(request, LISTING_BODY_BYTES)
  if (!body.ok) {
    if (body.response.status !== 413) return body
    return {
      ok: false,
      response: apiError(413, 'payload_too_large', `The body is larger than ${LISTING_BODY_BYTES / 1024} KB.`, [
        { fieldId: 'text', message: `at most ${MAX_LISTING_CHARS.toLocaleString('en')} characters` },
      ]),
    }
  }
  const value = body.value
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('text' in value)) {
    return {
      ok: false,
      response: apiError(400, 'invalid_body', 'The body must be { "text": "<the listing>" }.', [
        { fieldId: 'text', message: 'required' },
      ]),
    }
  }
  const checked = checkListingText((value as { text: unknown }).text)
  if (!checked.ok) {
    const status = checked.problem.code === 'too_long' ? 413 : 400
    const code = checked.problem.code === 'too_long' ? 'payload_too_large' : 'invalid_text'
    return {
      ok: false,
      response: apiError(status, code, `The listing ${checked.problem.message}.`, [
        { fieldId: 'text', message: checked.problem.message },
      ]),
    }
  }
  return { ok: true, text: checked.text, body: value as Record<string, unknown> }
}

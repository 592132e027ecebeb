import { z } from 'zod'
import { apiFields, type FieldError } from '@/lib/engine/input/field-errors'

// Helpers for the JSON API: one error shape everywhere — { error: { code, message, fields? } } — with fields naming
// exactly what to fix, and no server detail ever echoed back.

// Every header of policy (caching, CSP, nosniff, referrer…) is set for every response by proxy.ts, from
// lib/platform/security/headers.ts; a route adds only what describes its own body (an ETag).
export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers })
}

/**
 * json() for a body whose large parts are already JSON text: `parts` are written in as they are, after the fields
 * of `body`, so the response reads exactly as json({ ...body, ...parsed parts }) would.
 */
export function jsonWithParts(
  body: Record<string, unknown>,
  parts: Record<string, string>,
  status = 200,
  headers: Record<string, string> = {},
) {
  const fields = Object.entries(parts).map(([key, text]) => `,${JSON.stringify(key)}:${text}`)
  const head = JSON.stringify(body)
  const text = head === '{}' ? `{${fields.join('').slice(1)}}` : `${head.slice(0, -1)}${fields.join('')}}`
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

/** The API's one error body (docs/openapi.json documents it from this schema). */
export const ApiErrorSchema = z.strictObject({
  error: z.strictObject({
    /** Stable and machine-readable: invalid_body, invalid_answers, rate_limited, storage_full, not_found… */
    code: z.string(),
    /** For a person: what went wrong and what to do. */
    message: z.string(),
    /** Each field to fix, by its name in the request body (dotted for nested fields). */
    fields: z.array(z.strictObject({ field: z.string(), message: z.string() })).optional(),
  }),
})
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>

export function apiError(status: number, code: string, message: string, fields?: readonly FieldError[]) {
  const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields: apiFields(fields) } : {}) } }
  return json(body, status)
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response }

/** Reads a JSON body of at most maxBytes; anything else becomes the right 4xx. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return {
      ok: false,
      response: apiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.'),
    }
  }
  const tooLarge = () =>
    apiError(
      413,
      'payload_too_large',
      `The body is larger than ${Math.round(maxBytes / 1024)} KB; send only the answers.`,
    )
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > maxBytes) return { ok: false, response: tooLarge() }

  // Content-Length can be absent or wrong (chunked uploads): count the bytes as they arrive and stop early.
  const reader = request.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel()
        return { ok: false, response: tooLarge() }
      }
      chunks.push(value)
    }
  }
  const text = Buffer.concat(chunks).toString('utf8')
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return {
      ok: false,
      response: apiError(400, 'invalid_json', 'The body is not valid JSON.', [
        { fieldId: 'body', message: 'not valid JSON' },
      ]),
    }
  }
}

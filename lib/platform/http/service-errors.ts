import { unstable_rethrow } from 'next/navigation'
import { isUnstorableTextError, UNSTORABLE_TEXT_MESSAGE } from '@/lib/engine/input/storable-text'
import { isDatabaseUnavailable, outageRetryAfterSeconds } from '@/lib/platform/db/unavailable'
import { log } from '@/lib/platform/log'
import { apiError, json } from './http'

// The API's answers when it cannot do the work right now — too many requests from one client, or the database
// unreachable — in the one error shape, with Retry-After so a client knows when to come back.

export function tooManyRequests(retryAfterSeconds: number, message: string): Response {
  return json({ error: { code: 'rate_limited', message } }, 429, { 'Retry-After': String(retryAfterSeconds) })
}

/** The global ceiling on stored plans is reached (lib/plans/store/capacity.ts). */
export function storageFull(retryAfterSeconds: number): Response {
  return json(
    {
      error: {
        code: 'storage_full',
        message:
          'This site is not storing new plans right now: it holds as many as it is set up to keep. Try again later.',
      },
    },
    503,
    { 'Retry-After': String(retryAfterSeconds) },
  )
}

export function serviceUnavailable(): Response {
  return json(
    {
      error: {
        code: 'service_unavailable',
        message: `The database is not answering right now. Try again in ${outageRetryAfterSeconds} seconds.`,
      },
    },
    503,
    { 'Retry-After': String(outageRetryAfterSeconds) },
  )
}

/**
 * Wraps a route handler: text the database refuses becomes a 400, a database outage a 503 with Retry-After, any other
 * failure a 500 in the error shape (logged here, never echoed). Next's own control-flow errors pass through.
 */
export function withServiceErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args)
    } catch (error) {
      unstable_rethrow(error)
      // Text the database cannot store (a NUL that got past every schema) is the client's, not ours.
      if (isUnstorableTextError(error)) {
        log.warn({ event: 'unstorable_text', err: String(error).split('\n')[0]?.slice(0, 200) }, 'text refused: 400')
        return apiError(400, 'invalid_body', `The request ${UNSTORABLE_TEXT_MESSAGE}.`)
      }
      if (isDatabaseUnavailable(error)) {
        log.warn({ event: 'db_unavailable', err: String(error).split('\n')[0] }, 'database unavailable: 503')
        return serviceUnavailable()
      }
      log.error({ event: 'api_error', err: error instanceof Error ? error.stack : String(error) }, 'api failure: 500')
      return apiError(500, 'internal_error', 'Something went wrong on our side. Please try again in a moment.')
    }
  }
}

// No `server-only` marker here, unlike the other modules that read next/headers: the backup and restore commands
// (scripts/backup.ts) log through this module outside Next, where the marker throws on import. next/headers and pino
// already keep it out of any client bundle.
import { headers } from 'next/headers'
import pino from 'pino'
import { ConfigError, getEnv } from '@/lib/platform/env'

function configuredLevel(): string {
  try {
    return getEnv().logLevel
  } catch (error) {
    // A bad configuration stops the app at start (scripts/start.ts); importing the logger must not be what fails.
    if (error instanceof ConfigError) return 'info'
    throw error
  }
}

/** The logger's options; tests build one with these on a stream of their own. */
export const logOptions = {
  base: { app: 'howtowhy' },
  level: configuredLevel(),
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: {
    paths: [
      'token',
      'ownerToken',
      'shareToken',
      'answers',
      'cookie',
      'authorization',
      '*.token',
      '*.ownerToken',
      '*.shareToken',
      '*.answers',
      '*.cookie',
      '*.authorization',
    ],
    censor: '[redacted]',
  },
} satisfies pino.LoggerOptions

/**
 * The app's one logger: JSON lines on stdout, one object per event, so a log shipper can parse them without rules.
 * The format is documented in docs/operations.md (Logging). Never log tokens, answers or anything a user typed: log ids,
 * kinds, counts and paths passed through redactPath. As a second line of defence, fields with these names are
 * replaced by "[redacted]" at the top level and one level down.
 */
export const log = pino(logOptions)

/** The header proxy.ts puts each request's id in (and sends back to the client as X-Request-Id). */
export const REQUEST_ID_HEADER = 'x-request-id'

// Every path segment after these prefixes is (or stands where there would be) a capability token.
const tokenPaths = /^(\/(?:plan|share|rate|api\/plans))\/(?!deleted(?:$|[/?#]))[^/?#]+/

/** A URL path safe to log: the token of a capability link becomes `:token`; the query string is dropped. */
export function redactPath(path: string): string {
  const pathname = path.split(/[?#]/)[0] ?? ''
  return pathname.replace(tokenPaths, '$1/:token').slice(0, 200)
}

/** This request's id (set by proxy.ts), inside a page, action or route handler; undefined anywhere else. */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined
  } catch {
    return undefined
  }
}

/**
 * Events that matter to whoever runs the site: what was changed or refused, and why. `kind` is a stable snake_case
 * name (plan_deleted, share_revoked, share_rotated, action_rejected, action_origin_rejected, rate_limited…);
 * `fields` are ids, counts and redacted paths, never tokens or answers. The request id is added when called while
 * handling a request; pass `requestId` yourself where next/headers is not available (proxy.ts). Refusals
 * (a rejected request, a rate limit hit) are logged at `warn`, changes made by their owner at `info`.
 */
export async function logSecurityEvent(
  kind: string,
  fields: Record<string, unknown> = {},
  level: 'info' | 'warn' = 'info',
): Promise<void> {
  const requestId = typeof fields.requestId === 'string' ? fields.requestId : await currentRequestId()
  log[level]({ event: kind, ...fields, requestId })
}

// Opaque 43-character tokens (base64url of 32 bytes) wherever they appear in free text, e.g. an error message.
const tokenLike = /[A-Za-z0-9_-]{43}/g

/** An unexpected failure (a 5xx): its kind and a one-line message, with anything token-shaped taken out. */
export function logServerError(error: unknown, fields: Record<string, unknown> = {}): void {
  const err = error instanceof Error ? error : new Error(String(error))
  const { digest, code } = err as { digest?: unknown; code?: unknown }
  // The first line that says something (Prisma's messages start with a blank one); never a stack.
  const line = err.message.split('\n').find((text) => text.trim() !== '') ?? ''
  log.error({
    event: 'server_error',
    ...fields,
    error: {
      name: err.name,
      message: line.trim().replace(tokenLike, '[token]').slice(0, 300),
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof digest === 'string' ? { digest } : {}),
    },
  })
}

import { resolve } from 'node:path'
import { z } from 'zod'

// Every setting has one documented name, type and default here (docs/operations.md lists them). This is the only
// TypeScript module in app/, components/ and lib/ that reads process.env: Biome's noProcessEnv refuses any other, and
// the few exceptions (two CommonJS files that load before TypeScript, Next's NEXT_RUNTIME marker) say why where they
// read it. Every variable is parsed here once; a wrong value stops the app with one line that names the variable and
// what is expected — never a stack trace.

/** An empty string counts as unset: `DATABASE_URL=` in a shell or a CI matrix means "use the default". */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

const isPostgresUrl = (value: string) => {
  try {
    const url = new URL(value)
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
  } catch {
    return false
  }
}

const isHttpOrigin = (value: string) => {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && (url.pathname === '/' || url.pathname === '')
  } catch {
    return false
  }
}

/** A whole number within [min, max], given as a string; the message echoes the value (none of these are secrets). */
const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    blankAsUnset,
    z
      .string()
      .default(String(fallback))
      .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, {
        error: (issue) => `must be a whole number from ${min} to ${max} (got ${JSON.stringify(issue.input)})`,
      })
      .transform(Number),
  )

/** A rate limit as `<requests>/<window>`, the window in s, m or h (e.g. 30/10m); `off` turns it off. */
export type RateLimitSetting = { points: number; windowSeconds: number } | null
const windowUnits = { s: 1, m: 60, h: 3600 } as const
const rateLimit = (fallback: string) =>
  z.preprocess(
    blankAsUnset,
    z
      .string()
      .default(fallback)
      .transform((value, ctx): RateLimitSetting => {
        if (value.trim().toLowerCase() === 'off') return null
        const match = /^\s*(\d{1,7})\s*\/\s*(\d{1,5})\s*([smh])\s*$/.exec(value)
        const points = Number(match?.[1])
        const windowSeconds = Number(match?.[2]) * windowUnits[(match?.[3] ?? 's') as keyof typeof windowUnits]
        if (!match || points < 1 || windowSeconds < 1 || windowSeconds > 7 * 24 * 3600) {
          ctx.addIssue({
            code: 'custom',
            message: `must be <requests>/<window> such as 30/10m (window in s, m or h, at most 7 days), or off (got ${JSON.stringify(value)})`,
          })
          return z.NEVER
        }
        return { points, windowSeconds }
      }),
  )

const onOff = (fallback: 'on' | 'off') =>
  z.preprocess(
    (value) => (typeof value === 'string' ? (blankAsUnset(value.toLowerCase()) ?? fallback) : (value ?? fallback)),
    z.enum(['on', 'off'], { error: (issue) => `must be on or off (got ${JSON.stringify(issue.input)})` }),
  )
/** ALLOWED_HOSTS as a list: comma-separated, trimmed, lower-cased. */
const hostEntries = (value: string) =>
  value
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
/** A Host header value: a DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
const hostEntry = /^(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/

const EnvSchema = z
  .object({
    DATABASE_URL: z.preprocess(
      blankAsUnset,
      z
        .string()
        .refine(isPostgresUrl, {
          // The value is not echoed: it may contain a password.
          message:
            'must be a PostgreSQL URL such as postgres://user:password@localhost:5432/howtowhy, or unset to use the embedded database',
        })
        .optional(),
    ),
    DATA_DIR: z.preprocess(blankAsUnset, z.string().default('./data/pglite')),
    PORT: z.preprocess(
      blankAsUnset,
      z
        .string()
        .default('3000')
        .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65535, {
          error: (issue) => `must be a whole number from 1 to 65535 (got ${JSON.stringify(issue.input)})`,
        })
        .transform(Number),
    ),
    PUBLIC_URL: z.preprocess(
      blankAsUnset,
      z
        .string()
        .refine(isHttpOrigin, {
          error: (issue) =>
            `must be the site's public origin, such as https://howtowhy.example.com (got ${JSON.stringify(issue.input)})`,
        })
        .transform((value) => new URL(value).origin)
        .optional(),
    ),
    AUTH_SECRET: z.preprocess(
      blankAsUnset,
      z
        .string()
        // The value is not echoed: it is a secret.
        .min(32, { message: 'must be at least 32 characters (e.g. the output of `openssl rand -base64 32`), or unset' })
        .optional(),
    ),
    HOST: z.preprocess(
      blankAsUnset,
      z
        .string()
        .regex(/^[A-Za-z0-9.:[\]-]+$/, {
          error: (issue) => `must be a host name or IP address (got ${JSON.stringify(issue.input)})`,
        })
        .optional(),
    ),
    // How many reverse proxies in front of the app append to X-Forwarded-For. 0: the header is ignored, since any
    // client can send one; the peer address of the connection is the client.
    TRUST_PROXY: z.preprocess(
      blankAsUnset,
      z
        .string()
        .default('0')
        .transform((value, ctx) => {
          const hops = value === 'false' ? 0 : value === 'true' ? 1 : /^\d{1,2}$/.test(value) ? Number(value) : -1
          if (hops < 0 || hops > 10) {
            ctx.addIssue({
              code: 'custom',
              message: `must be false, true or how many proxies are in front of the app, 0 to 10 (got ${JSON.stringify(value)})`,
            })
            return z.NEVER
          }
          return hops
        }),
    ),
    // Per client address. Generous: a person builds a plan or two and saves a section a few times a minute.
    RATE_LIMIT_PLANS: rateLimit('30/10m'),
    RATE_LIMIT_DRAFTS: rateLimit('60/10m'),
    RATE_LIMIT_SAVES: rateLimit('600/10m'),
    // Failed form posts from a browser without a flash cookie (each stores a row for up to 30 minutes).
    RATE_LIMIT_FLASHES: rateLimit('120/10m'),
    // IPv6 clients are counted by this prefix (lib/platform/rate-limit/address-key.cjs).
    IPV6_PREFIX: wholeNumber(32, 64, 56),
    DRAFT_RETENTION_DAYS: wholeNumber(1, 3650, 30),
    UNOPENED_PLAN_RETENTION_HOURS: wholeNumber(1, 24 * 3650, 24),
    // At most this many stored plans (all families, retakes included): past it new plans get a 503, not a full disk.
    MAX_STORED_PLANS: wholeNumber(1, 100_000_000, 200_000),
    // Slow or idle clients (lib/platform/security/server-guard.cjs), in seconds; 0 connections per address = no cap.
    HTTP_HEADERS_TIMEOUT_S: wholeNumber(1, 600, 10),
    HTTP_REQUEST_TIMEOUT_S: wholeNumber(1, 3600, 30),
    HTTP_IDLE_TIMEOUT_S: wholeNumber(1, 3600, 30),
    HTTP_KEEP_ALIVE_TIMEOUT_S: wholeNumber(1, 3600, 65),
    MAX_CONNECTIONS_PER_ADDRESS: wholeNumber(0, 1_000_000, 50),
    DB_CONNECT_TIMEOUT_MS: wholeNumber(100, 600_000, 5000),
    DB_STATEMENT_TIMEOUT_MS: wholeNumber(100, 600_000, 10_000),
    DB_POOL_SIZE: wholeNumber(1, 1000, 10),
    PGLITE_FSYNC: onOff('on'),
    ALLOWED_HOSTS: z.preprocess(
      blankAsUnset,
      z
        .string()
        .default('')
        .refine((value) => hostEntries(value).every((entry) => hostEntry.test(entry)), {
          error: (issue) =>
            `must be a comma-separated list of host names, optionally with a port, such as howtowhy.lan,10.0.0.5:3000 (got ${JSON.stringify(issue.input)})`,
        })
        .transform(hostEntries),
    ),
    RESPONSE_CACHE_MB: z.preprocess(
      blankAsUnset,
      z
        .string()
        .default('32')
        .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 4096, {
          error: (issue) => `must be a whole number of megabytes from 1 to 4096 (got ${JSON.stringify(issue.input)})`,
        })
        .transform(Number),
    ),
    LOG_LEVEL: z.preprocess(
      blankAsUnset,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    ),
  })
  .refine((data) => data.HTTP_HEADERS_TIMEOUT_S <= data.HTTP_REQUEST_TIMEOUT_S, {
    path: ['HTTP_HEADERS_TIMEOUT_S'],
    message: 'must not be longer than HTTP_REQUEST_TIMEOUT_S (the headers are part of the request)',
  })

export type DatabaseSettings = {
  /** PostgreSQL: connecting, and waiting for a free pooled connection, give up after this long. */
  connectTimeoutMs: number
  /** PostgreSQL: a statement is cancelled by the server after this long (and abandoned by the client soon after). */
  statementTimeoutMs: number
  poolSize: number
  /** PGlite: flush each commit to disk (fsync) before it is acknowledged. */
  pgliteFsync: boolean
}

/** How the HTTP server treats slow, idle and greedy clients (applied by lib/platform/security/server-guard.cjs). */
export type HttpLimits = {
  /** A request's headers must all arrive within this. */
  headersTimeoutMs: number
  /** A whole request, headers and body, must arrive within this. */
  requestTimeoutMs: number
  /** A connection with a request in progress and no bytes moving either way is closed after this. */
  idleTimeoutMs: number
  /** An idle keep-alive connection is closed after this: longer than any client keeps one (docs/decisions/063-keep-alive-longer-than-clients.md). */
  keepAliveTimeoutMs: number
  /** Open connections per client address (IPv6: per prefix); 0 = no cap. Not applied behind TRUST_PROXY. */
  maxConnectionsPerAddress: number
}

export type Env = {
  /** Set → PostgreSQL through @prisma/adapter-pg; unset → embedded PGlite in dataDir. */
  databaseUrl: string | undefined
  /** Absolute path of the PGlite data directory (unused when databaseUrl is set). */
  dataDir: string
  port: number
  /** Interface `next start` listens on; undefined → Next's default (all interfaces). */
  host: string | undefined
  /**
   * The site's origin as users reach it (behind a proxy); undefined → taken from each request's Host header, when
   * that names this server (see lib/platform/security/origin.ts). An https origin also turns on Secure cookies and HSTS.
   */
  publicUrl: string | undefined
  /** Proxies trusted to append the client's address to X-Forwarded-For (0: use the connection's peer address). */
  trustProxy: number
  /** How many leading bits of an IPv6 address name one client, for rate limits and the connection cap. */
  ipv6PrefixBits: number
  /** Per client address; null: that limit is off. */
  rateLimits: { plans: RateLimitSetting; drafts: RateLimitSetting; saves: RateLimitSetting; flashes: RateLimitSetting }
  retention: { draftDays: number; unopenedPlanHours: number }
  /** The most plans stored at once; past it new plans are refused with a 503 (lib/plans/store/capacity.ts). */
  maxStoredPlans: number
  http: HttpLimits
  database: DatabaseSettings
  /** Signs admin session cookies; undefined → a random secret generated once and kept in the database. */
  authSecret: string | undefined
  /** More Host header values (host or host:port) that links may be built from when publicUrl is unset. */
  allowedHosts: readonly string[]
  /** Upper bound, in megabytes, of the in-memory response cache (lib/platform/cache/memory-cache-handler.cjs). */
  responseCacheMb: number
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent'
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Source = Record<string, string | undefined>

export function parseEnv(source: Source, cwd = process.cwd()): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const variable = String(issue?.path[0] ?? 'environment')
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}.`)
  }
  const { DATABASE_URL, DATA_DIR, PORT, HOST, PUBLIC_URL, AUTH_SECRET, ALLOWED_HOSTS, RESPONSE_CACHE_MB, LOG_LEVEL } =
    parsed.data
  const data = parsed.data
  return {
    databaseUrl: DATABASE_URL,
    dataDir: resolve(cwd, DATA_DIR),
    port: PORT,
    host: HOST,
    publicUrl: PUBLIC_URL,
    trustProxy: data.TRUST_PROXY,
    ipv6PrefixBits: data.IPV6_PREFIX,
    rateLimits: {
      plans: data.RATE_LIMIT_PLANS,
      drafts: data.RATE_LIMIT_DRAFTS,
      saves: data.RATE_LIMIT_SAVES,
      flashes: data.RATE_LIMIT_FLASHES,
    },
    retention: { draftDays: data.DRAFT_RETENTION_DAYS, unopenedPlanHours: data.UNOPENED_PLAN_RETENTION_HOURS },
    maxStoredPlans: data.MAX_STORED_PLANS,
    http: {
      headersTimeoutMs: data.HTTP_HEADERS_TIMEOUT_S * 1000,
      requestTimeoutMs: data.HTTP_REQUEST_TIMEOUT_S * 1000,
      idleTimeoutMs: data.HTTP_IDLE_TIMEOUT_S * 1000,
      keepAliveTimeoutMs: data.HTTP_KEEP_ALIVE_TIMEOUT_S * 1000,
      maxConnectionsPerAddress: data.MAX_CONNECTIONS_PER_ADDRESS,
    },
    database: {
      connectTimeoutMs: data.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: data.DB_STATEMENT_TIMEOUT_MS,
      poolSize: data.DB_POOL_SIZE,
      pgliteFsync: data.PGLITE_FSYNC === 'on',
    },
    authSecret: AUTH_SECRET,
    allowedHosts: ALLOWED_HOSTS,
    responseCacheMb: RESPONSE_CACHE_MB,
    logLevel: LOG_LEVEL,
  }
}

let cached: Env | undefined

/** The validated configuration of this process, parsed on first use. Throws ConfigError. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env)
  return cached
}

/** For entry points (scripts, next.config.ts, instrumentation): print the one line and exit instead of throwing. */
export function getEnvOrExit(): Env {
  try {
    return getEnv()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
}

/** True while `next build` runs: nothing may open the database then (lib/platform/db.ts refuses). */
export function isNextBuild(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build'
}

/** True under `next dev`: React needs eval there for its error overlay, so the CSP allows it (never in production). */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === 'development'
}

/** Variables for a child process we spawn (next build/start), with our own overrides applied. */
export function childProcessEnv(overrides: Source): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides }
}

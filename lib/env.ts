import { resolve } from 'node:path'
import { z } from 'zod'

// The only reader of process.env (STYLE.md rule 5). Every variable is parsed here once; a wrong value stops the
// app with one line that names the variable and what is expected — never a stack trace.

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

const EnvSchema = z.object({
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
})

export type Env = {
  /** Set → PostgreSQL through @prisma/adapter-pg; unset → embedded PGlite in dataDir. */
  databaseUrl: string | undefined
  /** Absolute path of the PGlite data directory (unused when databaseUrl is set). */
  dataDir: string
  port: number
  /** Interface `next start` listens on; undefined → Next's default (all interfaces). */
  host: string | undefined
  /** The site's origin as users reach it (behind a proxy); undefined → taken from each request's Host header. */
  publicUrl: string | undefined
  /** Signs admin session cookies; undefined → a random secret generated once and kept in the database. */
  authSecret: string | undefined
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
  const { DATABASE_URL, DATA_DIR, PORT, HOST, PUBLIC_URL, AUTH_SECRET } = parsed.data
  return {
    databaseUrl: DATABASE_URL,
    dataDir: resolve(cwd, DATA_DIR),
    port: PORT,
    host: HOST,
    publicUrl: PUBLIC_URL,
    authSecret: AUTH_SECRET,
  }
}

let cached: Env | undefined

/** The validated configuration of this process, parsed on first use. Throws ConfigError. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env)
  return cached
}

/** The configuration, read on first property access (so importing this module never parses or exits). */
export const env: Env = new Proxy({} as Env, {
  get: (_target, key) => getEnv()[key as keyof Env],
})

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

/** True while `next build` runs: nothing may open the database then (lib/db.ts refuses). */
export function isNextBuild(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build'
}

/** Variables for a child process we spawn (next build/start), with our own overrides applied. */
export function childProcessEnv(overrides: Source): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides }
}

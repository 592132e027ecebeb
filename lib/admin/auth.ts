import { betterAuth } from 'better-auth'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { nextCookies } from 'better-auth/next-js'
import { getDb } from '@/lib/platform/db'
import { getEnv } from '@/lib/platform/env'
import { log } from '@/lib/platform/log'
import { withHashedSessionTokens } from './hashed-session-tokens'
import { instanceSecret } from './instance-secret-repo'
import { hashPassword, verifyPassword } from './password-hash'
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules'

// better-auth, used only through its server API (auth.api.*) from our own server actions and scripts: its HTTP
// endpoints are not mounted at all, so sign-up, password reset and the rest have no URL. Our actions add what the
// library's own rate limiter and origin check would not do for server-side calls (lib/admin/sign-in.ts).

export const ABSOLUTE_SESSION_SECONDS = 8 * 60 * 60
export const IDLE_SESSION_MS = 30 * 60 * 1000

/**
 * The session cookie. Over HTTPS it is a `__Host-` cookie, which browsers accept only when Secure, for Path=/ and
 * with no Domain, so no other host or path can set or shadow it. Over plain HTTP (local use) a `__Host-` cookie
 * cannot exist, so the name drops the prefix. Both are HttpOnly and SameSite=Strict.
 */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-htw-admin' : 'htw-admin')

function createAuth(secret: string, secure: boolean) {
  return betterAuth({
    appName: 'HowToWhy admin',
    baseURL: getEnv().publicUrl ?? 'http://localhost',
    secret,
    telemetry: { enabled: false },
    // Its warnings ("Invalid password") restate what our audit log records; errors go to our logger.
    logger: {
      level: 'error',
      log: (level, message) => log[level]({ lib: 'better-auth' }, message),
    },
    database: withHashedSessionTokens(prismaAdapter(getDb(), { provider: 'postgresql' })),
    user: { modelName: 'adminUser' },
    account: { modelName: 'adminAccount' },
    verification: { modelName: 'adminVerification' },
    session: {
      modelName: 'adminSession',
      // The absolute limit: expiresAt is set once at sign-in and never moved. The idle limit is ours (lastSeenAt).
      expiresIn: ABSOLUTE_SESSION_SECONDS,
      disableSessionRefresh: true,
      additionalFields: { lastSeenAt: { type: 'date', input: false, required: false } },
    },
    emailAndPassword: {
      enabled: true,
      autoSignIn: false,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    // Defence in depth should the handler ever be mounted: accounts come from the CLI and from invitations only.
    disabledPaths: ['/sign-up/email'],
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: false,
      cookies: {
        session_token: {
          name: sessionCookieName(secure),
          attributes: { secure, httpOnly: true, sameSite: 'strict', path: '/' },
        },
      },
      ipAddress: { ipAddressHeaders: ['x-forwarded-for'] },
    },
    // Must stay the last plugin: it copies the library's Set-Cookie headers into Next's cookies().
    plugins: [nextCookies()],
  })
}

export type Auth = ReturnType<typeof createAuth>

type Instances = { secret: string; secure: Auth; plain: Auth }
const key = Symbol.for('howtowhy.auth')
const store = globalThis as typeof globalThis & { [key]?: Promise<Instances> }

async function createInstances(): Promise<Instances> {
  const secret = getEnv().authSecret ?? (await instanceSecret('auth'))
  return { secret, secure: createAuth(secret, true), plain: createAuth(secret, false) }
}

/** The better-auth instance for a request over HTTPS (secure cookie) or plain HTTP. */
export async function getAuth(secure: boolean): Promise<Auth> {
  let instances = store[key]
  if (!instances) {
    instances = createInstances()
    store[key] = instances
    // A database that was down when first asked must not leave the app without auth until a restart.
    instances.catch(() => {
      if (store[key] === instances) store[key] = undefined
    })
  }
  const ready = await instances
  return secure ? ready.secure : ready.plain
}

/** Forgets the instances (tests that close and reopen the database). */
export function resetAuth() {
  store[key] = undefined
}

import 'server-only'
import { cookies } from 'next/headers'
import { redirect, unauthorized } from 'next/navigation'
import { cache } from 'react'
import { deleteSession, touchSession } from './admin-session-repo'
import { appendAudit } from './audit-repo'
import { getAuth, IDLE_SESSION_MS, sessionCookieName } from './auth'
import { type RequestMeta, requestMeta } from './request-meta'

// The data-access layer's gate. Every admin page, server action and route handler calls one of these itself; the
// functions that read or change admin data take the Admin they return as an argument, so none can be reached
// without it. (Nothing is left to middleware or a layout: both have been bypassed before.)

declare const adminBrand: unique symbol
/** A signed-in admin for this request. Only this module makes one. */
export type Admin = {
  readonly userId: string
  readonly email: string
  readonly name: string
  readonly sessionId: string
  /** The client's address as the app saw it (TRUST_PROXY rules in force), for the audit log. */
  readonly ip: string
  readonly [adminBrand]: true
}

// lastSeenAt is written at most once a minute per session: the idle limit is 30 minutes, so a minute is noise.
const TOUCH_EVERY_MS = 60 * 1000

/** The admin whose session cookie these request headers carry, enforcing the idle limit; null when none. */
export async function adminFromRequest(meta: RequestMeta): Promise<Admin | null> {
  const auth = await getAuth(meta.secure)
  const found = await auth.api.getSession({ headers: meta.headers })
  if (!found) return null
  const { session, user } = found
  const now = Date.now()
  const lastSeen = (session as { lastSeenAt?: Date | string | null }).lastSeenAt
  const lastSeenMs = lastSeen ? new Date(lastSeen).getTime() : new Date(session.createdAt).getTime()
  if (now - lastSeenMs > IDLE_SESSION_MS) {
    if (await deleteSession(user.id, session.id)) {
      await appendAudit({
        action: 'session-expired',
        actor: { id: user.id, email: user.email },
        subject: `session ${session.id.slice(0, 8)}`,
        ip: meta.address,
      })
    }
    return null
  }
  if (now - lastSeenMs > TOUCH_EVERY_MS) await touchSession(session.id, new Date(now))
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    sessionId: session.id,
    ip: meta.address,
  } as Admin
}

/** The signed-in admin, or null. Asked once per request. */
export const currentAdmin = cache(async () => adminFromRequest(await requestMeta()))

async function hadSessionCookie(): Promise<boolean> {
  const jar = await cookies()
  return jar.has(sessionCookieName(true)) || jar.has(sessionCookieName(false))
}

/** Only same-site admin paths: a `next` parameter must never send anyone elsewhere. */
export function safeAdminPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 300) return undefined
  return /^\/admin(\/[A-Za-z0-9\-._~/?=&%]*)?$/.test(value) && !value.startsWith('//') ? value : undefined
}

/** For pages: the admin, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireAdmin(returnTo: string): Promise<Admin> {
  const admin = await currentAdmin()
  if (admin) return admin
  const params = new URLSearchParams()
  const next = safeAdminPath(returnTo)
  if (next && next !== '/admin') params.set('next', next)
  if (await hadSessionCookie()) params.set('ended', '1')
  const query = params.toString()
  redirect(`/admin/sign-in${query ? `?${query}` : ''}`)
}

/** For server actions: the admin, or a 401 (the page's unauthorized boundary explains and links to sign-in). */
export async function requireAdminAction(): Promise<Admin> {
  const admin = await currentAdmin()
  if (!admin) unauthorized()
  return admin
}

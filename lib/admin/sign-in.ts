import { APIError } from 'better-auth'
import { log } from '@/lib/platform/log'
import { sha256Hex } from '@/lib/platform/security/hash'
import { appendAudit } from './audit-repo'
import { getAuth } from './auth'
import type { RequestMeta } from './request-meta'
import { attemptSucceeded, beginAttempt } from './sign-in-failure-repo'
import { waitInWords } from './throttle'

// Sign-in as a server action runs it: throttle first, then better-auth checks the password (it hashes a dummy
// password for an unknown email, so the time taken does not tell either), then the audit row. Every refusal says
// the same thing whether or not the email belongs to an admin, and the throttle counts unknown emails alike.

/** On success, `setCookie` is the session cookie (already handed to Next's cookies() inside a server action). */
export type SignInOutcome = { ok: true; setCookie: string } | { ok: false; message: string }

export const WRONG_CREDENTIALS = 'That email and password do not match an admin account. Check both and try again.'

export const accountKey = (email: string) => sha256Hex(email.trim().toLowerCase())

export async function signIn(email: string, password: string, meta: RequestMeta): Promise<SignInOutcome> {
  const normalised = email.trim().toLowerCase()
  const key = accountKey(normalised)
  const keys = { account: key, address: meta.ip }
  const gate = await beginAttempt(keys)
  if (!gate.allowed) {
    // Logged, not audited: a refusal checks no password, and an audit row per refusal would let anyone who sends
    // requests fill the append-only audit table. Password checks (below) are audited; the throttle bounds them.
    log.warn({ event: 'sign_in_throttled', client: meta.ip, waitSeconds: Math.ceil(gate.waitMs / 1000) })
    return {
      ok: false,
      message: `Too many sign-in attempts. Wait ${waitInWords(gate.waitMs)}, then try again.`,
    }
  }
  const auth = await getAuth(meta.secure)
  try {
    const { headers, response } = await auth.api.signInEmail({
      body: { email: normalised, password, rememberMe: true },
      headers: meta.headers,
      returnHeaders: true,
    })
    const { user } = response
    await attemptSucceeded(gate.attemptId, keys)
    await appendAudit({
      action: 'sign-in',
      actor: { id: user.id, email: user.email },
      subject: user.email,
      ip: meta.address,
    })
    return { ok: true, setCookie: headers.get('set-cookie') ?? '' }
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    await appendAudit({
      action: 'sign-in-failed',
      actor: null,
      subject: normalised,
      detail: { reason: 'wrong-credentials' },
      ip: meta.address,
    })
    return { ok: false, message: WRONG_CREDENTIALS }
  }
}

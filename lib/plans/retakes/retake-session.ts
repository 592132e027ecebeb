import 'server-only'
import { cookies } from 'next/headers'
import { cookieName, cookieOptions } from '@/lib/platform/security/cookies'
import { isWellFormedToken } from '@/lib/platform/security/tokens'

// While an owner retakes the assessment, this browser remembers which plan family the new answers belong to, so the
// new plan joins that family's history behind the same owner link. The cookie holds the owner token itself (it is
// the capability the owner already has in this browser's address bar), is httpOnly, and is sent only to the
// questionnaire's pages. Starting over or erasing the plan forgets it.
const PATH = '/assessment'
// `__Secure-htw_retake` over HTTPS (not `__Host-`, which requires Path=/): lib/platform/security/cookies.ts.
const cookie = () => cookieName('htw_retake', { path: PATH })
const MAX_AGE_SECONDS = 60 * 60 * 24 * 30

export async function startRetakeSession(ownerToken: string) {
  ;(await cookies()).set(cookie(), ownerToken, cookieOptions(MAX_AGE_SECONDS, { path: PATH }))
}

/** The owner token of the plan being retaken in this browser, if any (unchecked beyond its shape). */
export async function retakeOwnerToken(): Promise<string | null> {
  const value = (await cookies()).get(cookie())?.value
  return value && isWellFormedToken(value) ? value : null
}

export async function forgetRetakeSession() {
  ;(await cookies()).delete({ name: cookie(), ...cookieOptions(0, { path: PATH }) })
}

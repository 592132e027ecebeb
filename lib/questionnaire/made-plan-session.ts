import 'server-only'
import { cookies } from 'next/headers'
import { cookieName, cookieOptions } from '@/lib/platform/security/cookies'
import { isWellFormedToken } from '@/lib/platform/security/tokens'

// Right after a plan is built, the browser's Back button leads to the questionnaire, whose draft is gone (the answers
// now live in the plan). So that Back never strands anyone, this browser remembers for a short while which plan it
// just made, and the questionnaire's start page links to it. The cookie holds the owner token: the capability this
// browser already has in its address bar and history, nothing more. It is httpOnly, SameSite=Strict, sent only to
// the questionnaire's pages (Path=/assessment), Secure with a `__Secure-` name over HTTPS, and lives one hour;
// starting over or deleting the plan forgets it, and the start page shows it only while that plan still exists.
const PATH = '/assessment'
const cookie = () => cookieName('htw_made', { path: PATH })
const MAX_AGE_SECONDS = 60 * 60

export async function rememberMadePlan(ownerToken: string) {
  ;(await cookies()).set(cookie(), ownerToken, {
    ...cookieOptions(MAX_AGE_SECONDS, { path: PATH }),
    sameSite: 'strict',
  })
}

/** The owner token of the plan this browser made in the last hour, if any (unchecked beyond its shape). */
export async function madePlanToken(): Promise<string | null> {
  const value = (await cookies()).get(cookie())?.value
  return value && isWellFormedToken(value) ? value : null
}

export async function forgetMadePlan() {
  ;(await cookies()).delete({ name: cookie(), ...cookieOptions(0, { path: PATH }), sameSite: 'strict' })
}

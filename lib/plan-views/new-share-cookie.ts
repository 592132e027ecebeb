import { cookies } from 'next/headers'
import { isHttps } from '@/lib/assessment/request'
import { findPlanByShareToken } from '@/lib/plans/plan-repo'
import { isWellFormedToken } from '@/lib/plans/tokens'

// Until the plan repository can hand back the live share token, the owner page can show a share link only right
// after it is made: the rotate action leaves the new token in a short-lived, httpOnly cookie scoped to that plan's
// page, and the page shows it if it is still the plan's live link. Nothing secret goes into a URL.
const COOKIE = 'htw_new_share'
const TEN_MINUTES = 600

export async function rememberNewShareToken(ownerToken: string, shareToken: string) {
  ;(await cookies()).set(COOKIE, shareToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: await isHttps(),
    path: `/plan/${ownerToken}`,
    maxAge: TEN_MINUTES,
  })
}

/** The share token just made for this plan, if the cookie holds one that is still its live link. */
export async function recentShareToken(createdAt: Date): Promise<string | null> {
  const token = (await cookies()).get(COOKIE)?.value
  if (!token || !isWellFormedToken(token)) return null
  const shared = await findPlanByShareToken(token)
  return shared && shared.createdAt.getTime() === createdAt.getTime() ? token : null
}

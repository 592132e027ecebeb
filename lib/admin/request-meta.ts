import { headers } from 'next/headers'
import { getEnv } from '@/lib/env'
import { clientKey } from '@/lib/rate-limit/client-address'
import { siteIsHttps } from '@/lib/security/site'

export type RequestMeta = { headers: Headers; ip: string; secure: boolean }

/**
 * What the admin code needs from a request: its headers (for better-auth), the client's address as the rate limits
 * see it (the connection's peer, or the address TRUST_PROXY proxies recorded: never a header the client wrote), and
 * whether the site is HTTPS, which only PUBLIC_URL says (lib/security/site.ts), so the session cookie is `__Host-`
 * and Secure exactly when the app's own cookies are.
 */
export async function requestMeta(): Promise<RequestMeta> {
  const h = await headers()
  return { headers: new Headers(h), ip: clientKey(h, getEnv()), secure: siteIsHttps() }
}

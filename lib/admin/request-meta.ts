import 'server-only'
import { headers } from 'next/headers'
import { getEnv } from '@/lib/platform/env'
import { clientAddress, clientKey } from '@/lib/platform/rate-limit/client-address'
import { siteIsHttps } from '@/lib/platform/security/site'

export type RequestMeta = {
  headers: Headers
  /** What sign-in throttling counts: an IPv4 address or an IPv6 prefix (clientKey). */
  ip: string
  /** The client's whole address, for the audit log (clientAddress). */
  address: string
  secure: boolean
}

/**
 * What the admin code needs from a request: its headers (for better-auth), the client's address as the rate limits
 * see it (the connection's peer, or the address TRUST_PROXY proxies recorded: never a header the client wrote) both
 * as the throttle's key and whole for the audit log, and
 * whether the site is HTTPS, which only PUBLIC_URL says (lib/platform/security/site.ts), so the session cookie is `__Host-`
 * and Secure exactly when the app's own cookies are.
 */
export async function requestMeta(): Promise<RequestMeta> {
  const h = await headers()
  const env = getEnv()
  return {
    headers: new Headers(h),
    ip: clientKey(h, env),
    address: clientAddress(h, env.trustProxy),
    secure: siteIsHttps(),
  }
}

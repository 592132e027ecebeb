import type { Env } from '@/lib/platform/env'
import { IMPORT_BODY_LIMIT_BYTES } from './action-gate'
import { securityHeaders } from './headers'
import type { GuardSettings } from './server-guard.cjs'
import { siteIsHttps } from './site'

// Names shared with server-guard.cjs, which cannot import TypeScript (a unit test keeps the two in step).
/** The variable scripts/start.ts passes the settings in (the guard is preloaded before any TypeScript can run). */
export const SETTINGS_VARIABLE = 'HOWTOWHY_SERVER_GUARD'
/** The request header the guard marks a request it refuses with (a client's own is always removed). */
export const REFUSAL_HEADER = 'x-howtowhy-refusal'

/**
 * What lib/platform/security/server-guard.cjs enforces, from the validated configuration. Behind TRUST_PROXY every
 * connection comes from a proxy, so there is no per-address connection cap (the proxy's own limits apply).
 */
export function serverGuardSettings(env: Env, { watchParent }: { watchParent: boolean }): GuardSettings {
  return {
    ...env.http,
    maxConnectionsPerAddress: env.trustProxy > 0 ? 0 : env.http.maxConnectionsPerAddress,
    ipv6PrefixBits: env.ipv6PrefixBits,
    maxBodyBytes: IMPORT_BODY_LIMIT_BYTES,
    // Responses Node writes itself (a timeout, a malformed request) are not pages: the JSON routes' header set.
    headers: securityHeaders({ pathname: '/api', https: siteIsHttps(env), dev: false }),
    watchParent,
  }
}

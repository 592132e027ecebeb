import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/platform/env'
import { peerHeader } from '@/lib/platform/rate-limit/client-address'
import { REFUSAL_HEADER, SETTINGS_VARIABLE, serverGuardSettings } from './server-guard-settings'

// The server guard is plain CommonJS (it is preloaded before anything can compile TypeScript), so the names it
// shares with the app are written twice; this keeps them the same.
const guard = readFileSync(new URL('./server-guard.cjs', import.meta.url), 'utf8')

describe('server guard settings', () => {
  it('names the same variable and headers as the guard', () => {
    expect(guard).toContain(`const SETTINGS_VARIABLE = '${SETTINGS_VARIABLE}'`)
    expect(guard).toContain(`const REFUSAL_HEADER = '${REFUSAL_HEADER}'`)
    expect(guard).toContain(`const PEER_HEADER = '${peerHeader}'`)
  })

  it('carries the configured limits, and no connection cap behind a trusted proxy', () => {
    const env = parseEnv({
      HTTP_HEADERS_TIMEOUT_S: '5',
      HTTP_REQUEST_TIMEOUT_S: '20',
      MAX_CONNECTIONS_PER_ADDRESS: '8',
    })
    expect(serverGuardSettings(env, { watchParent: true })).toMatchObject({
      headersTimeoutMs: 5000,
      requestTimeoutMs: 20_000,
      idleTimeoutMs: 30_000,
      keepAliveTimeoutMs: 65_000,
      maxConnectionsPerAddress: 8,
      ipv6PrefixBits: 56,
      watchParent: true,
    })
    const proxied = parseEnv({ TRUST_PROXY: '1', MAX_CONNECTIONS_PER_ADDRESS: '8' })
    expect(serverGuardSettings(proxied, { watchParent: false }).maxConnectionsPerAddress).toBe(0)
  })

  it('gives what the server writes itself the JSON routes’ security headers, with HSTS on an https site', () => {
    const names = (env: Record<string, string>) =>
      serverGuardSettings(parseEnv(env), { watchParent: false }).headers.map(([name]) => name)
    expect(names({})).toEqual(
      expect.arrayContaining([
        'X-Content-Type-Options',
        'Content-Security-Policy',
        'X-Frame-Options',
        'Referrer-Policy',
      ]),
    )
    expect(names({})).not.toContain('Strict-Transport-Security')
    expect(names({ PUBLIC_URL: 'https://howtowhy.example' })).toContain('Strict-Transport-Security')
  })
})

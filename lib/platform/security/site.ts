import { hostname, networkInterfaces } from 'node:os'
// Relative imports: next.config.ts imports this file, and its loader does not resolve the `@/` alias.
import { type Env, getEnv } from '../env'
import type { OriginConfig } from './origin'

// The facts about this deployment that the header, cookie and link rules depend on, read from the configuration
// and the machine.

/**
 * Whether visitors reach the site over HTTPS. Only PUBLIC_URL says so: the app itself never serves TLS, and
 * X-Forwarded-Proto is a request header anyone can send, so behind a TLS-terminating proxy set PUBLIC_URL=https://….
 * It turns on Secure `__Host-` cookies, HSTS and upgrade-insecure-requests.
 */
export function siteIsHttps(env: Env = getEnv()): boolean {
  return env.publicUrl?.startsWith('https:') ?? false
}

const loopbackNames = ['localhost', '127.0.0.1', '[::1]']
const wildcardHosts = new Set(['0.0.0.0', '::', '[::]'])

/** This machine's host name and the addresses of its interfaces, as they appear in a Host header. */
export function machineNames(): string[] {
  const names = [hostname().toLowerCase()]
  for (const addresses of Object.values(networkInterfaces())) {
    for (const { address, family } of addresses ?? []) names.push(family === 'IPv6' ? `[${address}]` : address)
  }
  return names
}

/** Where a server with this configuration can be reached, for lib/platform/security/origin.ts. */
export function buildOriginConfig(env: Env, machine: readonly string[]): OriginConfig {
  const listen = env.host?.toLowerCase()
  const bracketed = listen?.includes(':') && !listen.startsWith('[') ? `[${listen}]` : listen
  const everywhere = bracketed === undefined || wildcardHosts.has(bracketed)
  const loopback = bracketed !== undefined && loopbackNames.includes(bracketed)
  // Listening on every interface: any of the machine's names. On a loopback address: any loopback name (localhost
  // resolves to it). On one address: that address.
  const serverNames = everywhere ? [...loopbackNames, ...machine] : loopback ? loopbackNames : [bracketed]
  return {
    publicUrl: env.publicUrl,
    port: env.port,
    serverNames: [...new Set(serverNames)],
    allowedHosts: env.allowedHosts,
    fallbackHost: everywhere || loopback ? 'localhost' : bracketed,
  }
}

let cached: OriginConfig | undefined

/** This server's origin configuration, worked out once. */
export function originConfig(): OriginConfig {
  cached ??= buildOriginConfig(getEnv(), machineNames())
  return cached
}

/** The Host values a server action's Origin may name besides the request's own: PUBLIC_URL's and ALLOWED_HOSTS. */
export function extraActionOrigins(env: Env = getEnv()): string[] {
  return [...(env.publicUrl ? [new URL(env.publicUrl).host] : []), ...env.allowedHosts]
}

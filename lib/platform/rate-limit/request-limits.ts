import 'server-only'
import { headers } from 'next/headers'
import { getBackend } from '@/lib/platform/db'
import type { Backend } from '@/lib/platform/db/backend'
import { getEnv } from '@/lib/platform/env'
import { log } from '@/lib/platform/log'
import { clientKey } from './client-address'
import { createRateLimiter, type RateDecision, type RateLimiter } from './limiter'
import { limiterStore } from './store'

// The app's limits per client address (configured in lib/platform/env.ts, docs/operations.md):
// - plans: building a plan, by the form or the API (each stores ~15 KB and runs the engine);
// - drafts: starting a questionnaire (a request without a draft cookie creates a draft row);
// - saves: saving a section, by the button or by autosave;
// - flashes: a failed form post from a browser that holds no flash cookie yet (each keeps a row, lib/platform/flash).

export type RequestLimit = 'plans' | 'drafts' | 'saves' | 'flashes'

// One set of limiters per open database (tests reopen it); on globalThis because Next bundles this module more
// than once.
const storeKey = Symbol.for('howtowhy.rateLimiters')
const registry = globalThis as typeof globalThis & { [storeKey]?: WeakMap<Backend, Map<RequestLimit, RateLimiter>> }

function limiterFor(kind: RequestLimit): RateLimiter {
  const backend = getBackend()
  registry[storeKey] ??= new WeakMap()
  let limiters = registry[storeKey].get(backend)
  if (!limiters) {
    limiters = new Map()
    registry[storeKey].set(backend, limiters)
  }
  let limiter = limiters.get(kind)
  if (!limiter) {
    const setting = getEnv().rateLimits[kind]
    limiter = createRateLimiter(setting && { name: kind, ...setting }, limiterStore(backend))
    limiters.set(kind, limiter)
  }
  return limiter
}

/** Counts this request against the limit for its client; logs when the limit is reached. */
export async function limitRequest(kind: RequestLimit): Promise<RateDecision> {
  const client = clientKey(await headers(), getEnv())
  const decision = await limiterFor(kind).consume(client)
  if (!decision.allowed) {
    log.warn(
      { event: 'rate_limited', limit: kind, client, retryAfterSeconds: decision.retryAfterSeconds },
      'rate limit reached',
    )
  }
  return decision
}

/** "a minute", "4 minutes": how long to wait, as a person would say it. */
export function waitPhrase(seconds: number): string {
  const minutes = Math.ceil(seconds / 60)
  return minutes <= 1 ? 'a minute' : `${minutes} minutes`
}

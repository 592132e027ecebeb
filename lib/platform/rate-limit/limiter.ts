import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import type { LimiterStore } from './store'

// A small interface over rate-limiter-flexible (fixed windows of `points` per `windowSeconds` and key), so callers
// never see the library: consume() says whether this attempt may go ahead and, if not, when to come back.

export type RateLimitRule = {
  /** Keeps limits apart in the shared table: "plans", "sign-in"… (letters, digits and dashes). */
  name: string
  points: number
  windowSeconds: number
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = {
  /** Counts one attempt for key. Rejects only when the store fails (e.g. the database is down). */
  consume(key: string): Promise<RateDecision>
  /** Forgets key's attempts (e.g. after a successful sign-in). */
  reset(key: string): Promise<void>
}

const unlimited: RateLimiter = {
  consume: async () => ({ allowed: true, remaining: Number.POSITIVE_INFINITY }),
  reset: async () => {},
}

export const rateLimitTable = 'rate_limits'

/** A limiter for rule on store; a null rule (the limit is configured off) allows everything. */
export function createRateLimiter(rule: RateLimitRule | null, store: LimiterStore): RateLimiter {
  if (!rule) return unlimited
  if (!/^[a-z0-9-]{1,40}$/.test(rule.name)) throw new Error(`Rate limit names are short kebab-case (got ${rule.name})`)
  const limiter = new RateLimiterPostgres({
    ...store,
    tableName: rateLimitTable,
    tableCreated: true, // by a migration
    clearExpiredByTimeout: false, // the retention sweep deletes expired rows (lib/server/retention)
    keyPrefix: rule.name,
    points: rule.points,
    duration: rule.windowSeconds,
  })
  return {
    async consume(key) {
      try {
        const res = await limiter.consume(key)
        return { allowed: true, remaining: res.remainingPoints }
      } catch (rejection) {
        // The library rejects with a RateLimiterRes when the limit is reached, and with an Error when the store fails.
        if (!(rejection instanceof RateLimiterRes)) throw rejection
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
      }
    },
    async reset(key) {
      await limiter.delete(key)
    },
  }
}

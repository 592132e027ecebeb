import type { Backend } from '@/lib/db/backend'

// The rate limiter's store is the app's own database (the rate_limits table, made by a migration), so limits hold
// across restarts and are shared by every instance on one PostgreSQL. rate-limiter-flexible's RateLimiterPostgres
// speaks node-postgres; PGlite gets a small client with the same query() shape.

export type LimiterStore = { storeClient: unknown; storeType: 'pool' | 'client' }

type PgliteLike = Extract<Backend, { kind: 'pglite' }>['pglite']

/**
 * PGlite as a node-postgres client. Counters are written with synchronous_commit off: losing the last few hits of
 * a limit in a power cut is harmless, and it keeps a rate-limit check from costing its own wait for the disk (the
 * next durable commit flushes it anyway). int8 (the expiry) is read as a number, as the library expects.
 */
function pgliteClient(pglite: PgliteLike) {
  return {
    async query({ text, values }: { text: string; values?: unknown[] }) {
      const result = await pglite.transaction(async (tx) => {
        await tx.exec('SET LOCAL synchronous_commit TO off')
        return tx.query<Record<string, unknown>>(text, values, { parsers: { 20: Number } })
      })
      return { rows: result.rows, rowCount: result.rows.length || (result.affectedRows ?? 0) }
    },
  }
}

export function limiterStore(backend: Backend): LimiterStore {
  return backend.kind === 'postgres'
    ? { storeClient: backend.pool, storeType: 'pool' }
    : { storeClient: pgliteClient(backend.pglite), storeType: 'client' }
}

import pg from 'pg'
import type { DatabaseSettings } from '@/lib/platform/env'
import { log } from '@/lib/platform/log'

// Every way a PostgreSQL outage can make a request wait has a limit here, so a request fails (and the app answers
// 503) instead of hanging:
// - connecting, and waiting for a free connection when all are busy: connectTimeoutMs;
// - a statement the server is slow to finish: statement_timeout, enforced by the server, which cancels it cleanly;
// - a server that stopped answering altogether (frozen, or a network that drops packets): the server cannot enforce
//   anything then, so the client gives up a little later (query_timeout) and the pool discards that connection;
// - a transaction left open by a client that died: idle_in_transaction_session_timeout frees its locks.
// Connections dropped by a restart are replaced on the next checkout, so the app recovers on its own.

/** How much longer the client waits than the server-side statement_timeout before abandoning a connection. */
const clientGraceMs = 2000

/** statementTimeoutMs 0: no statement limits at all (backups and restores, which run as long as they must). */
export function createPostgresPool(url: string, settings: DatabaseSettings): pg.Pool {
  const limit = settings.statementTimeoutMs
  const pool = new pg.Pool({
    connectionString: url,
    max: settings.poolSize,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    ...(limit > 0
      ? {
          statement_timeout: limit,
          query_timeout: limit + clientGraceMs,
          idle_in_transaction_session_timeout: limit + clientGraceMs,
        }
      : {}),
    application_name: 'howtowhy',
  })
  // An idle connection the server closed (restart, failover): the pool drops it and connects afresh when needed.
  // Without a listener this event would crash the process.
  pool.on('error', (error) => {
    log.warn({ event: 'db_connection_lost', err: error.message }, 'an idle PostgreSQL connection was closed')
  })
  return pool
}

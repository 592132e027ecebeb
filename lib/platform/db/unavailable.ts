// Whether an error means "the database cannot be reached or is not answering right now" — an outage the client
// should retry after (503) — rather than a bug (500). Errors reach us in three forms: Prisma errors wrapping a driver
// adapter error (`meta.driverAdapterError.cause`), PostgreSQL errors with a SQLSTATE, and node-postgres's own
// connection and timeout errors, which carry only a message.

/** Seconds a client is told to wait before retrying during an outage. */
export const outageRetryAfterSeconds = 5

const unavailableKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
])

// 08: connection exception; 57014: statement cancelled (our statement_timeout); 57P01–57P05: the server is shutting
// down, crashed, starting up or idle-session-timed-out; 53300: too many connections; 53100/53200: out of disk/memory.
const unavailableSqlState = /^(08|57014$|57P0[1-5]$|53[123]00$)/

// node-postgres: pool checkout/connect timeout, client-side query timeout, and a connection that died mid-query.
const unavailableMessage =
  /timeout exceeded when trying to connect|Query read timeout|Connection terminated|connection timeout|Connection refused|ECONNREFUSED|ECONNRESET|Client has encountered a connection error/i

// Prisma's own codes: can't reach the server, timed out, closed connection, pool timeout.
const unavailablePrismaCode = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024'])

type Inspectable = {
  code?: unknown
  message?: unknown
  cause?: unknown
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } }
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false
  const e = error as Inspectable
  const adapterCause = e.meta?.driverAdapterError?.cause
  if (adapterCause) {
    if (typeof adapterCause.kind === 'string' && unavailableKinds.has(adapterCause.kind)) return true
    const state = adapterCause.originalCode ?? adapterCause.code
    if (typeof state === 'string' && unavailableSqlState.test(state)) return true
  }
  if (typeof e.code === 'string') {
    if (unavailablePrismaCode.has(e.code)) return true
    if (/^[0-9A-Z]{5}$/.test(e.code) && unavailableSqlState.test(e.code)) return true
  }
  if (typeof e.message === 'string' && unavailableMessage.test(e.message)) return true
  return isDatabaseUnavailable(e.cause, depth + 1)
}

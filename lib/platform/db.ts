import { PrismaClient } from '@/lib/generated/prisma/client'
import { adapterFactory, type Backend, type BackendConfig, closeBackend, openBackend } from '@/lib/platform/db/backend'
import { getEnv, isNextBuild } from './env'

// The one Prisma client. Opened on first use, not on import: `next build` imports route modules and must never
// open (and lock) the database; the server opens it eagerly from instrumentation.ts instead.

type DbState = { prisma: PrismaClient; backend: Backend }

// Kept on globalThis: Next bundles this module into several chunks, and dev reloads re-evaluate it. A second
// PGlite on the same directory in one process would corrupt it just like a second process would.
const stateKey = Symbol.for('howtowhy.db')
const store = globalThis as typeof globalThis & { [stateKey]?: DbState }

/** Opens the database with an explicit configuration (scripts, tests). Throws if one is already open. */
export function openDb(config: BackendConfig): PrismaClient {
  if (store[stateKey]) throw new Error('The database is already open in this process; call closeDb() first.')
  if (isNextBuild()) {
    throw new Error(
      'The database is not available during `next build`: make the route dynamic (e.g. call connection()).',
    )
  }
  const backend = openBackend(config)
  const prisma = new PrismaClient({ adapter: adapterFactory(backend) })
  store[stateKey] = { prisma, backend }
  return prisma
}

/** The app's Prisma client, configured from the environment on first use. */
export function getDb(): PrismaClient {
  return store[stateKey]?.prisma ?? openDb(getEnv())
}

/** The open backend (scripts use it to migrate through the same PGlite instance). */
export function getBackend(): Backend {
  getDb()
  const state = store[stateKey]
  if (!state) throw new Error('The database did not open.')
  return state.backend
}

/**
 * One statement straight on the backend's driver, bypassing Prisma: only for the few statements on a submission's
 * path. Prisma's own work per query (~1.5–3 ms of CPU measured here for a one-row lookup or the plan's insert, more
 * than PostgreSQL's) was a tenth of a submission's cost. `$1…` parameters; errors are the driver's (PostgreSQL's
 * SQLSTATE or node-postgres's connection errors), which lib/platform/db/unavailable.ts already recognises as outages.
 */
export async function rawQuery<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
  const backend = getBackend()
  if (backend.kind === 'pglite') return (await backend.pglite.query<Row>(text, values)).rows
  return (await backend.pool.query(text, values)).rows as Row[]
}

/** One round trip; throws when the database is unreachable. */
export async function pingDb(): Promise<void> {
  await getDb().$queryRaw`SELECT 1`
}

/** Disconnects, closes PGlite and releases its directory. Safe to call when nothing is open. */
export async function closeDb(): Promise<void> {
  const state = store[stateKey]
  if (!state) return
  store[stateKey] = undefined
  try {
    await state.prisma.$disconnect()
  } finally {
    await closeBackend(state.backend)
  }
}

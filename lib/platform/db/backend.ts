import type { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import type pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { type DatabaseSettings, parseEnv } from '@/lib/platform/env'
import { acquireDataDirLock, type DataDirLock } from './lock'
import { createPostgresPool } from './pg-pool'
import { openPGlite } from './pglite-durable'

// DATABASE_URL alone chooses the backend: set → a PostgreSQL server; unset → PGlite, PostgreSQL compiled
// to WebAssembly, running inside this process on a directory that this process locks for as long as it is open.

export type BackendConfig = { databaseUrl: string | undefined; dataDir: string; database?: DatabaseSettings }

export type Backend =
  | { kind: 'pglite'; dataDir: string; pglite: PGlite; lock: DataDirLock }
  | { kind: 'postgres'; url: string; pool: pg.Pool }

/** What applies when a caller (a script, a test) passes no settings: lib/platform/env.ts's defaults. */
export const defaultDatabaseSettings: DatabaseSettings = parseEnv({}).database

/** Opens the backend; for PGlite, takes the directory lock first (throws DataDirLockedError if a live process has it). */
export function openBackend(config: BackendConfig): Backend {
  const settings = config.database ?? defaultDatabaseSettings
  if (config.databaseUrl) {
    return { kind: 'postgres', url: config.databaseUrl, pool: createPostgresPool(config.databaseUrl, settings) }
  }
  const lock = acquireDataDirLock(config.dataDir)
  try {
    const pglite = openPGlite(config.dataDir, { fsync: settings.pgliteFsync })
    return { kind: 'pglite', dataDir: config.dataDir, pglite, lock }
  } catch (error) {
    lock.release()
    throw error
  }
}

export function adapterFactory(backend: Backend): SqlDriverAdapterFactory {
  return backend.kind === 'pglite' ? new PrismaPGlite(backend.pglite) : new PrismaPg(backend.pool)
}

/** Closes PGlite cleanly (a checkpoint, so the next open needs no recovery), then releases the directory. */
export async function closeBackend(backend: Backend): Promise<void> {
  if (backend.kind === 'postgres') {
    await backend.pool.end()
    return
  }
  try {
    if (!backend.pglite.closed) await backend.pglite.close()
  } finally {
    backend.lock.release()
  }
}

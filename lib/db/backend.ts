import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { acquireDataDirLock, type DataDirLock } from './lock'

// DATABASE_URL alone chooses the backend (STACK.md): set → a PostgreSQL server; unset → PGlite, PostgreSQL compiled
// to WebAssembly, running inside this process on a directory that this process locks for as long as it is open.

export type BackendConfig = { databaseUrl: string | undefined; dataDir: string }

export type Backend =
  | { kind: 'pglite'; dataDir: string; pglite: PGlite; lock: DataDirLock }
  | { kind: 'postgres'; url: string }

/** Opens the backend; for PGlite, takes the directory lock first (throws DataDirLockedError if a live process has it). */
export function openBackend(config: BackendConfig): Backend {
  if (config.databaseUrl) return { kind: 'postgres', url: config.databaseUrl }
  const lock = acquireDataDirLock(config.dataDir)
  try {
    return { kind: 'pglite', dataDir: config.dataDir, pglite: new PGlite(config.dataDir), lock }
  } catch (error) {
    lock.release()
    throw error
  }
}

export function adapterFactory(backend: Backend): SqlDriverAdapterFactory {
  return backend.kind === 'pglite' ? new PrismaPGlite(backend.pglite) : new PrismaPg({ connectionString: backend.url })
}

/** Closes PGlite cleanly (a checkpoint, so the next open needs no recovery), then releases the directory. */
export async function closeBackend(backend: Backend): Promise<void> {
  if (backend.kind !== 'pglite') return
  try {
    if (!backend.pglite.closed) await backend.pglite.close()
  } finally {
    backend.lock.release()
  }
}

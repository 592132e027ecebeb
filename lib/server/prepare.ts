import { seedDefaultContent } from '@/lib/knowledge/seed'
import { closeDb, getBackend, openDb } from '@/lib/platform/db'
import type { BackendConfig } from '@/lib/platform/db/backend'
import { deployMigrations, type MigrationTarget } from '@/lib/platform/db/migrate'

// What runs before the server opens the database: migrations, then the default content. For PGlite this holds the
// directory lock throughout and closes the database afterwards, so the server is the only process that has it open.

export type Prepared = { applied: string[]; content: { version: string; created: boolean } }

export async function prepareDatabase(config: BackendConfig): Promise<Prepared> {
  openDb(config)
  try {
    const backend = getBackend()
    const target: MigrationTarget = backend.kind === 'pglite' ? { pglite: backend.pglite } : { url: backend.url }
    const applied = await deployMigrations(target)
    const content = await seedDefaultContent()
    return { applied, content }
  } finally {
    await closeDb()
  }
}

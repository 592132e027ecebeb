import { afterAll, beforeAll } from 'vitest'
import { closeDb, openDb } from '@/lib/platform/db'
import { migratedDataDir, removeDataDir } from './helpers/pglite-template'
import { describePositioningStores } from './helpers/positioning-contract'

// Saved job listings and story drafts on the embedded database (tests/integration/postgres.test.ts runs the same
// contract on PostgreSQL).

let dataDir = ''
beforeAll(async () => {
  dataDir = await migratedDataDir()
  openDb({ databaseUrl: undefined, dataDir })
})
afterAll(async () => {
  await closeDb()
  removeDataDir(dataDir)
})

describePositioningStores()

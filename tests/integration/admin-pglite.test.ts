import { afterAll, beforeAll } from 'vitest'
import { resetAuth } from '@/lib/admin/auth'
import { closeDb, openDb } from '@/lib/platform/db'
import { describeAdminAuth } from './helpers/admin-auth-contract'
import { describeContentAdmin } from './helpers/content-admin-contract'
import { migratedDataDir, removeDataDir } from './helpers/pglite-template'

let dataDir = ''
beforeAll(async () => {
  dataDir = await migratedDataDir()
  openDb({ databaseUrl: undefined, dataDir })
})
afterAll(async () => {
  await closeDb()
  removeDataDir(dataDir)
})

async function reopen() {
  await closeDb()
  resetAuth()
  openDb({ databaseUrl: undefined, dataDir })
}

describeAdminAuth(reopen)
describeContentAdmin()

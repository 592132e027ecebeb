import { afterAll, beforeAll } from 'vitest'
import { closeDb, openDb } from '@/lib/platform/db'
import { describeDataLifecycle } from './helpers/data-contract'
import { describeFormFlashes } from './helpers/flash-contract'
import { describeLivingPlans } from './helpers/living-contract'
import { migratedDataDir, removeDataDir } from './helpers/pglite-template'
import { describeRepositories } from './helpers/repo-contract'

let dataDir = ''
beforeAll(async () => {
  dataDir = await migratedDataDir()
  openDb({ databaseUrl: undefined, dataDir })
})
afterAll(async () => {
  await closeDb()
  removeDataDir(dataDir)
})

describeRepositories()
describeDataLifecycle()
describeLivingPlans()
describeFormFlashes()

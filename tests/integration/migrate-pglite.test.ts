import { PGlite } from '@electric-sql/pglite'
import { afterAll, describe } from 'vitest'
import type { MigrationTarget } from '@/lib/platform/db/migrate'
import { describeMigrationAuthoring, describeMigrations, type MigrationBackend } from './helpers/migration-contract'
import { emptyDataDir, removeDataDir } from './helpers/pglite-template'

const opened: PGlite[] = []
const dirs: string[] = []
const backend: MigrationBackend = {
  async fresh() {
    const dir = await emptyDataDir()
    const pglite = new PGlite(dir)
    dirs.push(dir)
    opened.push(pglite)
    return { pglite }
  },
  async query(target: MigrationTarget, sql: string) {
    if (!('pglite' in target)) throw new Error('expected a PGlite target')
    return (await target.pglite.query<Record<string, unknown>>(sql)).rows
  },
}
afterAll(async () => {
  await Promise.all(opened.map((pglite) => pglite.close()))
  for (const dir of dirs) removeDataDir(dir)
})

describe('migrations on PGlite', () => describeMigrations(backend))
describe('authoring migrations', () => describeMigrationAuthoring(backend))

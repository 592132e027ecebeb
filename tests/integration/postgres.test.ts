import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetAuth } from '@/lib/admin/auth'
import { closeDb, openDb } from '@/lib/platform/db'
import { deployMigrations, type MigrationTarget } from '@/lib/platform/db/migrate'
import { type PostgresCluster, startPostgres } from '../setup/postgres'
import { describeAdminAuth } from './helpers/admin-auth-contract'
import { runToEnd, runTs } from './helpers/child'
import { describeContentAdmin } from './helpers/content-admin-contract'
import { describeDataLifecycle } from './helpers/data-contract'
import { describeFormFlashes } from './helpers/flash-contract'
import { describeLivingPlans } from './helpers/living-contract'
import { describeMigrations } from './helpers/migration-contract'
import { describePositioningStores } from './helpers/positioning-contract'
import { describeRepositories } from './helpers/repo-contract'

// The second backend, proven on a real PostgreSQL server with the same schema, migrations and code.

let cluster: PostgresCluster
let mainUrl = ''
let databases = 0
const freshDatabase = () => cluster.createDatabase(`test_${++databases}`)

async function query(target: MigrationTarget, sql: string) {
  if (!('url' in target)) throw new Error('expected a PostgreSQL target')
  const client = new pg.Client({ connectionString: target.url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[]
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  cluster = await startPostgres()
  mainUrl = await freshDatabase()
  await deployMigrations({ url: mainUrl })
  openDb({ databaseUrl: mainUrl, dataDir: '' })
})
afterAll(async () => {
  await closeDb()
  cluster?.stop()
})

describe('PostgreSQL 15', () => {
  it('is a real PostgreSQL server', async () => {
    const [row] = await query({ url: await freshDatabase() }, 'SHOW server_version_num')
    expect(Number(row?.server_version_num)).toBeGreaterThanOrEqual(150000)
  })

  describe('migrations', () => {
    describeMigrations({ fresh: async () => ({ url: await freshDatabase() }), query })

    it('three deploys started at once apply each migration exactly once', async () => {
      const target = { url: await freshDatabase() }
      const results = await Promise.all([1, 2, 3].map(() => deployMigrations(target)))
      expect(results.flat().sort()).toEqual(
        (await query(target, 'SELECT migration_name FROM _prisma_migrations')).map((row) => row.migration_name).sort(),
      )
      expect(
        await query(target, 'SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NULL'),
      ).toEqual([{ n: 0 }])
    })

    it('`npm run db:deploy` with DATABASE_URL migrates and publishes the default content, idempotently', async () => {
      const url = await freshDatabase()
      const first = await runToEnd(runTs('scripts/migrate.ts', ['deploy'], { DATABASE_URL: url }))
      expect(first.stderr).toBe('')
      expect(first.stdout).toMatch(/^Applied \d{14}_init(, \d{14}_[a-z_]+)*\.\nContent [0-9a-f]{12} published\.\n$/)
      const second = await runToEnd(runTs('scripts/migrate.ts', ['deploy'], { DATABASE_URL: url }))
      expect(second.stdout).toMatch(/^No pending migrations\.\nContent [0-9a-f]{12} already published\.\n$/)
      expect(await query({ url }, 'SELECT count(*)::int AS n FROM content_releases')).toEqual([{ n: 1 }])
    })
  })

  describe('repositories', () => describeRepositories())
  describe('saved job listings and story drafts', () => describePositioningStores())
  describe('rate limits and retention', () => describeDataLifecycle())
  describe('form flashes', () => describeFormFlashes())

  describe('admin', () =>
    describeAdminAuth(async () => {
      await closeDb()
      resetAuth()
      openDb({ databaseUrl: mainUrl, dataDir: '' })
    }))

  describe('content editing', () => describeContentAdmin())
  describe('living plans', () => describeLivingPlans())
})

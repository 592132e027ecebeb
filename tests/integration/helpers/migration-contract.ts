import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  createMigration,
  defaultPaths,
  deployMigrations,
  type MigrationPaths,
  type MigrationTarget,
} from '@/lib/platform/db/migrate'

// The runner's behaviour on both backends. `fresh` gives an empty database; `query` reads it. Each test starts a
// schema engine and one or two PGlite instances: 5–10 s here, several times that on a loaded machine.
export type MigrationBackend = {
  fresh(): Promise<MigrationTarget>
  query(target: MigrationTarget, sql: string): Promise<Record<string, unknown>[]>
}

const historyNames = () =>
  readdirSync(defaultPaths.migrations, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

const scratch: string[] = []
/** A copy of prisma/ (schema + migrations) that a test may change. */
function copyOfPrisma(): MigrationPaths {
  const dir = mkdtempSync(join(tmpdir(), 'howtowhy-migrations-'))
  scratch.push(dir)
  cpSync(defaultPaths.schema, join(dir, 'schema.prisma'))
  cpSync(defaultPaths.migrations, join(dir, 'migrations'), { recursive: true })
  return { schema: join(dir, 'schema.prisma'), migrations: join(dir, 'migrations') }
}

// The wasm schema engine diffs and applies the whole schema (14 tables): ~3 s on a quiet machine, and over 30 s was
// seen on the shared 2-core one under load. Each test gets room for that.
const ENGINE_TIMEOUT = 150_000

export function describeMigrations(backend: MigrationBackend) {
  afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
  })

  it('migrates a fresh database and records each migration as Prisma does', { timeout: ENGINE_TIMEOUT }, async () => {
    const target = await backend.fresh()
    expect(await deployMigrations(target)).toEqual(historyNames())
    const tables = await backend.query(
      target,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    )
    expect(tables.map((t) => t.table_name)).toEqual([
      '_prisma_migrations',
      'admin_accounts',
      'admin_audit_events',
      'admin_invites',
      'admin_sessions',
      'admin_sign_in_failures',
      'admin_users',
      'admin_verifications',
      'content_draft_items',
      'content_drafts',
      'content_releases',
      'drafts',
      'form_flashes',
      'instance_secrets',
      'job_listings',
      'plan_events',
      'plan_families',
      'plans',
      'rate_limits',
      'rater_links',
      'rater_responses',
      'story_drafts',
    ])
    const rows = await backend.query(
      target,
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
    )
    expect(rows).toEqual(
      historyNames().map((name) => ({
        migration_name: name,
        checksum: createHash('sha256')
          .update(readFileSync(join(defaultPaths.migrations, name, 'migration.sql')))
          .digest('hex'),
        finished_at: expect.any(Date),
        rolled_back_at: null,
      })),
    )
    // Running again is a no-op.
    expect(await deployMigrations(target)).toEqual([])
    expect(await backend.query(target, 'SELECT count(*)::int AS n FROM _prisma_migrations')).toEqual([
      { n: historyNames().length },
    ])
  })

  it('applies a failing migration all or nothing, quotes the database error, and stops later deploys', {
    timeout: ENGINE_TIMEOUT,
  }, async () => {
    const paths = copyOfPrisma()
    const broken = join(paths.migrations, '29990101000000_broken')
    mkdirSync(broken)
    // A ";" inside a string must not split the script (adapter-pg's own executeScript would).
    writeFileSync(
      join(broken, 'migration.sql'),
      "CREATE TABLE half_done (note text);\nINSERT INTO half_done VALUES ('a;b');\nSELECT 1/0;\n",
    )
    const target = await backend.fresh()
    await expect(deployMigrations(target, paths)).rejects.toThrow(/division by zero/)
    const leftovers = await backend.query(
      target,
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'",
    )
    expect(leftovers).toEqual([{ n: 0 }])
    await expect(deployMigrations(target, paths)).rejects.toThrow(/29990101000000_broken/)
  })

  it('runs statements with semicolons inside strings whole', { timeout: ENGINE_TIMEOUT }, async () => {
    const paths = copyOfPrisma()
    const dir = join(paths.migrations, '29990101000000_notes')
    mkdirSync(dir)
    writeFileSync(
      join(dir, 'migration.sql'),
      "CREATE TABLE notes (body text);\nINSERT INTO notes VALUES ('first; second');\n",
    )
    const target = await backend.fresh()
    await deployMigrations(target, paths)
    expect(await backend.query(target, 'SELECT body FROM notes')).toEqual([{ body: 'first; second' }])
  })
}

/** Authoring runs on an in-memory PGlite whatever the app's backend, so it is tested once. */
export function describeMigrationAuthoring(backend: MigrationBackend) {
  it('prisma/schema.prisma and prisma/migrations agree (a schema change without a migration fails here)', {
    timeout: ENGINE_TIMEOUT,
  }, async () => {
    const paths = copyOfPrisma()
    expect(await createMigration('drift check', paths)).toBeNull()
    expect(readdirSync(paths.migrations).sort()).toEqual([...historyNames(), 'migration_lock.toml'].sort())
  })

  it('writes a schema change as a new migration that then deploys', { timeout: ENGINE_TIMEOUT }, async () => {
    const paths = copyOfPrisma()
    const schema = readFileSync(paths.schema, 'utf8').replace(
      /(model Plan \{\n)/,
      '$1  title          String?  @map("title")\n',
    )
    expect(schema).toContain('title          String?')
    writeFileSync(paths.schema, schema)
    const name = await createMigration('Add plan title!', paths, new Date('2030-02-03T04:05:06Z'))
    expect(name).toBe('20300203040506_add_plan_title')
    const sql = readFileSync(join(paths.migrations, `${name}`, 'migration.sql'), 'utf8')
    expect(sql).toMatch(/ALTER TABLE "plans" ADD COLUMN\s+"title" TEXT/)
    expect(existsSync(join(paths.migrations, 'migration_lock.toml'))).toBe(true)

    const target = await backend.fresh()
    expect(await deployMigrations(target, paths)).toEqual([...historyNames(), name])
    const columns = await backend.query(
      target,
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'plans' AND column_name = 'title'",
    )
    expect(columns).toEqual([{ column_name: 'title' }])
    expect(await createMigration('again', paths)).toBeNull()
    // Diffs the history twice and deploys it once on a new database: 30 s on a busy two-core machine, so room.
  })

  it('rejects a migration name without letters or digits', async () => {
    await expect(createMigration(' -- ', copyOfPrisma())).rejects.toThrow(/needs a name/)
  })
}

export { describe }

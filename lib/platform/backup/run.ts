import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import type pg from 'pg'
import { type BackendConfig, defaultDatabaseSettings } from '@/lib/platform/db/backend'
import { acquireDataDirLock, DataDirLockedError, lockFileName } from '@/lib/platform/db/lock'
import { defaultPaths, deployMigrations, lockfileContent, type MigrationPaths } from '@/lib/platform/db/migrate'
import { createPostgresPool } from '@/lib/platform/db/pg-pool'
import { openPGlite } from '@/lib/platform/db/pglite-durable'
import type { Sql } from './catalog'
import { appliedMigrations, dumpDatabase } from './dump'
import { BackupFileError, type RowCounts } from './dump-format'
import { openBackupFile, writeBackupFile } from './files'
import { requestServerBackup } from './live'
import { loadBackup } from './load'
import { backupOpenPGlite, pgliteSql } from './pglite-backup'

// `npm run db:backup` and `npm run db:restore` on either backend. A backup is one consistent snapshot (a
// repeatable-read transaction on PostgreSQL, an exclusive transaction on PGlite). A restore happens in one
// transaction on a database at the backup's schema version, then migrations bring it up to date.

const pgSql = (client: pg.PoolClient): Sql => ({
  query: async (text, values) => (await client.query(text, values)).rows as never[],
})

async function withPostgres<T>(url: string, use: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  // Backups and restores are long: no statement limit, but the usual connect limit.
  const pool = createPostgresPool(url, { ...defaultDatabaseSettings, poolSize: 1, statementTimeoutMs: 0 })
  try {
    const client = await pool.connect()
    try {
      return await use(client)
    } finally {
      client.release()
    }
  } finally {
    await pool.end()
  }
}

export type BackupResult = { rows: RowCounts; via: 'direct' | 'running server' }

export async function backupDatabase(config: BackendConfig, out: string): Promise<BackupResult> {
  const path = resolve(out)
  if (config.databaseUrl) {
    const rows = await withPostgres(config.databaseUrl, (client) =>
      writeBackupFile(path, async (write) => {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
        try {
          return await dumpDatabase(pgSql(client), 'postgres', write)
        } finally {
          await client.query('ROLLBACK')
        }
      }),
    )
    return { rows, via: 'direct' }
  }
  let lock: ReturnType<typeof acquireDataDirLock>
  try {
    lock = acquireDataDirLock(config.dataDir)
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error
    return { rows: await requestServerBackup(config.dataDir, error.holderPid, path), via: 'running server' }
  }
  try {
    const pglite = openPGlite(config.dataDir, { fsync: true })
    try {
      return { rows: await backupOpenPGlite(pglite, path), via: 'direct' }
    } finally {
      await pglite.close()
    }
  } finally {
    lock.release()
  }
}

/** A migrations folder holding only `names` (the backup's schema), to rebuild that exact version first. */
function migrationsAsOf(names: string[]): { paths: MigrationPaths; dispose(): void } {
  const known = new Set(readdirSync(defaultPaths.migrations))
  const unknown = names.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new BackupFileError(
      `The backup was made by a newer version of the app (migration ${unknown[0]} is not in prisma/migrations). Restore it with that version.`,
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'howtowhy-restore-migrations-'))
  for (const name of names) cpSync(join(defaultPaths.migrations, name), join(dir, name), { recursive: true })
  writeFileSync(join(dir, 'migration_lock.toml'), lockfileContent)
  return { paths: { schema: defaultPaths.schema, migrations: dir }, dispose: () => rmSync(dir, { recursive: true }) }
}

export type RestoreResult = { rows: RowCounts; migratedSince: string[]; previousDataDir?: string }

export async function restoreDatabase(config: BackendConfig, file: string): Promise<RestoreResult> {
  const { header, rest } = await openBackupFile(resolve(file))
  await rest.return(undefined) // only the header for now; the rows are read inside the transaction
  const asOf = migrationsAsOf(header.migrations)
  try {
    return config.databaseUrl
      ? await restorePostgres(config.databaseUrl, file, asOf.paths)
      : await restorePGlite(config.dataDir, file, asOf.paths)
  } finally {
    asOf.dispose()
  }
}

async function restorePostgres(url: string, file: string, asOf: MigrationPaths): Promise<RestoreResult> {
  const { header, rest } = await openBackupFile(resolve(file))
  const current = await withPostgres(url, (client) => appliedMigrations(pgSql(client)))
  // An empty database is built at the backup's version first; one at that version is loaded in place.
  if (current.length === 0) await deployMigrations({ url }, asOf)
  const rows = await withPostgres(url, async (client) => {
    await client.query('BEGIN')
    try {
      const loaded = await loadBackup(pgSql(client), header, rest)
      await client.query('COMMIT')
      return loaded
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    }
  })
  return { rows, migratedSince: await deployMigrations({ url }) }
}

async function restorePGlite(dataDir: string, file: string, asOf: MigrationPaths): Promise<RestoreResult> {
  const { header, rest } = await openBackupFile(resolve(file))
  // The server must be stopped: restoring replaces its directory. The lock says so if it is not.
  const lock = acquireDataDirLock(dataDir)
  const stamp = new Date().toISOString().replace(/[-:.]/g, '')
  const building = join(dirname(dataDir), `${basename(dataDir)}.restoring-${stamp}`)
  let migratedSince: string[] = []
  let rows: RowCounts
  try {
    const pglite = openPGlite(building, { fsync: true })
    try {
      await deployMigrations({ pglite }, asOf)
      rows = await pglite.transaction((tx) => loadBackup(pgliteSql(tx), header, rest))
      migratedSince = await deployMigrations({ pglite })
    } finally {
      await pglite.close()
    }
    // Swap the directories; the old one is kept beside it until the operator removes it. The new directory is
    // locked before it moves into place, so a server starting meanwhile waits for neither half.
    const newLock = acquireDataDirLock(building)
    const previous = join(dirname(dataDir), `${basename(dataDir)}.before-restore-${stamp}`)
    const hadData = existsSync(join(dataDir, 'PG_VERSION'))
    if (hadData) renameSync(dataDir, previous)
    else rmSync(dataDir, { recursive: true, force: true })
    renameSync(building, dataDir)
    for (const dir of [dataDir, previous]) rmSync(join(dir, lockFileName), { force: true })
    newLock.release()
    return { rows, migratedSince, ...(hadData ? { previousDataDir: previous } : {}) }
  } catch (error) {
    rmSync(building, { recursive: true, force: true })
    throw error
  } finally {
    lock.release()
  }
}

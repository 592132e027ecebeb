import { readCatalog, type Sql } from './catalog'
import { type BackupHeader, endLine, headerLine, quoteIdent, type RowCounts, rowLine } from './dump-format'

// Writing a backup: the catalog, then every row of every table through a cursor (bounded memory whatever the
// size), all inside the caller's transaction so the file is one consistent snapshot.

const fetchSize = 500

export type LineSink = (line: string) => Promise<void>

/** The migrations applied to this database, in order; throws if it was never migrated. */
export async function appliedMigrations(sql: Sql): Promise<string[]> {
  const [exists] = await sql.query<{ found: boolean }>(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS found`)
  if (!exists?.found) return []
  const rows = await sql.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  )
  return rows.map((r) => r.name)
}

export async function dumpDatabase(
  sql: Sql,
  source: BackupHeader['source'],
  write: LineSink,
  now = new Date(),
): Promise<RowCounts> {
  const migrations = await appliedMigrations(sql)
  if (migrations.length === 0) throw new Error('This database has no applied migrations: there is nothing to back up.')
  const { tables, sequences } = await readCatalog(sql)
  await write(
    headerLine({
      format: 'howtowhy-backup',
      version: 1,
      createdAt: now.toISOString(),
      source,
      migrations,
      tables,
      sequences,
    }),
  )
  const rows: RowCounts = {}
  for (const table of tables) {
    let count = 0
    await sql.query(
      `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quoteIdent(table.name)} t`,
    )
    for (;;) {
      const batch = await sql.query<{ row: string }>(`FETCH ${fetchSize} FROM backup_rows`)
      for (const { row } of batch) await write(rowLine(table.name, row))
      count += batch.length
      if (batch.length < fetchSize) break
    }
    await sql.query('CLOSE backup_rows')
    rows[table.name] = count
  }
  await write(endLine(rows))
  return rows
}

import { readCatalog, type Sql } from './catalog'
import { appliedMigrations } from './dump'
import { BackupFileError, type BackupHeader, type Line, quoteIdent, type RowCounts } from './dump-format'

// Loading a backup into a database whose schema is exactly the backup's: every table emptied, every row inserted
// (PostgreSQL parses each row itself), sequences set back, counts checked against the trailer — all inside the
// caller's transaction, so a failure anywhere (a truncated file, a schema mismatch) leaves the database as it was.

const batchRows = 500
const batchBytes = 4 * 1024 * 1024

export class SchemaMismatchError extends Error {
  override name = 'SchemaMismatchError'
}

/** Refuses unless the database has exactly the backup's migrations, tables and columns. */
export async function checkSameSchema(sql: Sql, header: BackupHeader): Promise<void> {
  const migrations = await appliedMigrations(sql)
  if (migrations.join() !== header.migrations.join()) {
    throw new SchemaMismatchError(
      `The database's migrations (${migrations.at(-1) ?? 'none'}) differ from the backup's (${header.migrations.at(-1)}).`,
    )
  }
  const { tables } = await readCatalog(sql)
  const shapeOf = (t: { name: string; columns: { name: string; type: string }[] }) =>
    `${t.name}(${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')})`
  const here = new Map(tables.map((t) => [t.name, shapeOf(t)]))
  const there = new Map(header.tables.map((t) => [t.name, shapeOf(t)]))
  for (const [name, shape] of there) {
    if (!here.has(name)) throw new SchemaMismatchError(`The backup has table ${name}, which this database lacks.`)
    if (here.get(name) !== shape) {
      throw new SchemaMismatchError(`Table ${name} differs: the backup has ${shape}, the database ${here.get(name)}.`)
    }
  }
  for (const name of here.keys()) {
    if (!there.has(name)) {
      throw new SchemaMismatchError(`This database has table ${name}, which the backup does not cover.`)
    }
  }
}

/** Replaces every row in the database with the backup's. `lines` continues after the header. */
export async function loadBackup(sql: Sql, header: BackupHeader, lines: AsyncIterable<Line>): Promise<RowCounts> {
  await checkSameSchema(sql, header)
  const tableNames = header.tables.map((t) => t.name)
  if (tableNames.length > 0) await sql.query(`TRUNCATE ${tableNames.map(quoteIdent).join(', ')}`)

  const loaded: RowCounts = Object.fromEntries(tableNames.map((name) => [name, 0]))
  let pending: { table: string; rows: string[]; bytes: number } | null = null
  const flush = async () => {
    if (!pending || pending.rows.length === 0) return
    const table = header.tables.find((t) => t.name === pending?.table)
    const columns = (table?.columns ?? []).map((c) => quoteIdent(c.name)).join(', ')
    const target = quoteIdent(pending.table)
    await sql.query(
      `INSERT INTO ${target} (${columns}) OVERRIDING SYSTEM VALUE
       SELECT ${columns} FROM json_populate_recordset(NULL::${target}, $1::json)`,
      [`[${pending.rows.join(',')}]`],
    )
    loaded[pending.table] = (loaded[pending.table] ?? 0) + pending.rows.length
    pending = null
  }

  let trailer: RowCounts | null = null
  for await (const line of lines) {
    if (trailer) throw new BackupFileError('The backup continues after its end record.')
    if (line.kind === 'header') throw new BackupFileError('The backup has a second header.')
    if (line.kind === 'end') {
      trailer = line.rows
      continue
    }
    if (!(line.table in loaded))
      throw new BackupFileError(`The backup has rows for ${line.table}, a table its header does not list.`)
    if (pending && pending.table !== line.table) await flush()
    pending ??= { table: line.table, rows: [], bytes: 0 }
    pending.rows.push(line.json)
    pending.bytes += line.json.length
    if (pending.rows.length >= batchRows || pending.bytes >= batchBytes) await flush()
  }
  await flush()
  if (!trailer) throw new BackupFileError('The backup ends early (no end record): it is incomplete.')

  for (const name of tableNames) {
    if ((trailer[name] ?? 0) !== loaded[name]) {
      throw new BackupFileError(`Table ${name}: the backup lists ${trailer[name] ?? 0} rows but holds ${loaded[name]}.`)
    }
  }
  for (const sequence of header.sequences) {
    await sql.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
      quoteIdent(sequence.name),
      sequence.lastValue,
      sequence.isCalled,
    ])
  }
  return loaded
}

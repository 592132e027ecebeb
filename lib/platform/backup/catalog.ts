import { type BackupSequence, type BackupTable, IdentifierSchema, quoteIdent } from './dump-format'

// What a backup covers, read from PostgreSQL's catalog rather than from a list kept by hand: every table in the
// app's schema (whoever added it), its columns, the foreign keys between tables, and the sequences. The same SQL
// runs on PGlite and on PostgreSQL.

/** One query at a time, inside the caller's transaction (one snapshot for the whole backup or restore). */
export type Sql = { query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]> }

export type Catalog = { tables: BackupTable[]; sequences: BackupSequence[] }

export class UnsupportedSchemaError extends Error {
  override name = 'UnsupportedSchemaError'
}

/** Orders tables so that every table comes after the tables it references; a cycle cannot be ordered. */
export function parentsFirst(names: string[], references: { child: string; parent: string }[]): string[] {
  const ordered: string[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return
    if (state.get(name) === 'visiting') {
      throw new UnsupportedSchemaError(
        `Tables reference each other in a cycle (${[...path, name].join(' → ')}); backups cannot order their rows.`,
      )
    }
    state.set(name, 'visiting')
    for (const ref of references) if (ref.child === name && ref.parent !== name) visit(ref.parent, [...path, name])
    state.set(name, 'done')
    ordered.push(name)
  }
  for (const name of [...names].sort()) visit(name, [])
  return ordered
}

export async function readCatalog(sql: Sql): Promise<Catalog> {
  const tables = await sql.query<{ oid: number; name: string }>(
    `SELECT c.oid::int AS oid, c.relname AS name FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition`,
  )
  // Views, matviews and foreign tables hold no rows of their own; anything else would be missed: refuse it.
  const others = await sql.query<{ name: string; kind: string }>(
    `SELECT relname AS name, relkind::text AS kind FROM pg_class
     WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('f', 'm')`,
  )
  if (others.length > 0) {
    throw new UnsupportedSchemaError(`Backups do not know how to copy ${others.map((o) => o.name).join(', ')}.`)
  }
  const columns = await sql.query<{ table_oid: number; name: string; type: string; generated: boolean }>(
    `SELECT a.attrelid::int AS table_oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            a.attgenerated <> '' AS generated
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
       AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attrelid, a.attnum`,
  )
  const references = await sql.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint k
     JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
     WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace`,
  )
  const selfReferencing = references.filter((r) => r.child === r.parent)
  if (selfReferencing.length > 0) {
    throw new UnsupportedSchemaError(
      `Table ${selfReferencing[0]?.child} references itself; backups cannot order its rows.`,
    )
  }
  const sequences = await sql.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'S'
     ORDER BY relname`,
  )
  const byName = new Map(tables.map((t) => [t.name, t.oid]))
  const order = parentsFirst([...byName.keys()], references)
  const described = order.map((name) => {
    IdentifierSchema.parse(name)
    const oid = byName.get(name)
    const own = columns.filter((c) => c.table_oid === oid)
    const generated = own.find((c) => c.generated)
    if (generated) {
      throw new UnsupportedSchemaError(`Column ${name}.${generated.name} is generated; backups do not copy those yet.`)
    }
    return { name, columns: own.map((c) => ({ name: IdentifierSchema.parse(c.name), type: c.type })) }
  })
  const sequenceStates: BackupSequence[] = []
  for (const { name } of sequences) {
    const [state] = await sql.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text AS last_value, is_called FROM ${quoteIdent(IdentifierSchema.parse(name))}`,
    )
    if (state) sequenceStates.push({ name, lastValue: state.last_value, isCalled: state.is_called })
  }
  return { tables: described, sequences: sequenceStates }
}

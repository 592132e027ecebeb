import { z } from 'zod'

// A backup is a gzipped text file, one record per line, the same for both backends (and restorable into either):
//   #header <tab> {format, version, createdAt, source, migrations, tables, sequences}
//   <table> <tab> <the row as PostgreSQL's row_to_json>      (one line per row, tables parents-first)
//   #end <tab> {rows: {<table>: count}}
// Rows are never parsed in JavaScript: PostgreSQL writes them and reads them back (json_populate_recordset), so
// every type round-trips exactly (bytea, jsonb, timestamps, bigints beyond 2^53). The trailer makes a truncated
// file fail instead of restoring half a database.

export const backupFormat = 'howtowhy-backup'

/** Names as written into file lines (and always quoted in SQL): letters, digits, _ and $, as Prisma makes them. */
export const IdentifierSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'not a plain identifier')

/** An identifier quoted for SQL. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`

export const ColumnSchema = z.strictObject({ name: IdentifierSchema, type: z.string().min(1) })
export const TableSchema = z.strictObject({ name: IdentifierSchema, columns: z.array(ColumnSchema).min(1) })
export type BackupTable = z.infer<typeof TableSchema>

export const SequenceSchema = z.strictObject({
  name: IdentifierSchema,
  /** bigint as text: sequences can pass 2^53. */
  lastValue: z.string().regex(/^-?\d+$/),
  isCalled: z.boolean(),
})
export type BackupSequence = z.infer<typeof SequenceSchema>

export const HeaderSchema = z.strictObject({
  format: z.literal(backupFormat),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  source: z.enum(['pglite', 'postgres']),
  /** Applied migrations, in order: the schema the rows belong to. */
  migrations: z.array(z.string().min(1)),
  /** Every table in the schema, parents before the tables that reference them. */
  tables: z.array(TableSchema),
  sequences: z.array(SequenceSchema),
})
export type BackupHeader = z.infer<typeof HeaderSchema>

export const TrailerSchema = z.strictObject({ rows: z.record(IdentifierSchema, z.number().int().nonnegative()) })
export type RowCounts = z.infer<typeof TrailerSchema>['rows']

const headerTag = '#header'
const endTag = '#end'

export const headerLine = (header: BackupHeader) => `${headerTag}\t${JSON.stringify(header)}\n`
export const rowLine = (table: string, rowJson: string) => `${table}\t${rowJson}\n`
export const endLine = (rows: RowCounts) => `${endTag}\t${JSON.stringify({ rows })}\n`

export class BackupFileError extends Error {
  override name = 'BackupFileError'
}

export type Line =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'row'; table: string; json: string }
  | { kind: 'end'; rows: RowCounts }

/** Splits one line; throws BackupFileError for anything that is not one of the three records. */
export function parseLine(line: string, lineNumber: number): Line {
  const tab = line.indexOf('\t')
  const tag = tab === -1 ? '' : line.slice(0, tab)
  const rest = line.slice(tab + 1)
  const fail = (why: string): never => {
    throw new BackupFileError(`line ${lineNumber} of the backup ${why}`)
  }
  if (tab === -1) fail('is not a backup record')
  const json = () => {
    try {
      return JSON.parse(rest) as unknown
    } catch {
      return fail('is not valid JSON')
    }
  }
  if (tag === headerTag) {
    const parsed = HeaderSchema.safeParse(json())
    if (!parsed.success)
      fail(`has an invalid header (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`)
    return { kind: 'header', header: parsed.data as BackupHeader }
  }
  if (tag === endTag) {
    const parsed = TrailerSchema.safeParse(json())
    if (!parsed.success) fail('has an invalid trailer')
    return { kind: 'end', rows: (parsed.data as { rows: RowCounts }).rows }
  }
  if (!IdentifierSchema.safeParse(tag).success) fail('names no table')
  if (!rest.startsWith('{') || !rest.endsWith('}')) fail('holds no row')
  return { kind: 'row', table: tag, json: rest }
}

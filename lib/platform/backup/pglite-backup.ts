import type { PGlite, Transaction } from '@electric-sql/pglite'
import type { Sql } from './catalog'
import { dumpDatabase } from './dump'
import type { RowCounts } from './dump-format'
import { writeBackupFile } from './files'

export const pgliteSql = (tx: Transaction | PGlite): Sql => ({
  query: async (text, values) => (await tx.query(text, values)).rows as never[],
})

/** A backup of an open PGlite, in one exclusive transaction: the server's requests wait while it runs. */
export function backupOpenPGlite(pglite: PGlite, out: string): Promise<RowCounts> {
  return writeBackupFile(out, (write) => pglite.transaction((tx) => dumpDatabase(pgliteSql(tx), 'pglite', write)))
}

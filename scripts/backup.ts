// `npm run db:backup [-- <file>]`: a consistent backup of the configured database (embedded or DATABASE_URL) to
// <file>, by default data/backups/howtowhy-<time>.backup.gz. With the embedded database this works while the
// server runs (the server writes it) and while it is stopped.
// `npm run db:restore -- <file>`: replaces the configured database's contents with the backup's. The embedded
// database: stop the server first; the old directory is kept beside the new one. PostgreSQL: an empty database, or
// one at the backup's schema version, is restored in one transaction. Either way, migrations then bring it up to date.
import { join } from 'node:path'
import { backupDatabase, restoreDatabase } from '@/lib/platform/backup/run'
import { describeFailure } from '@/lib/platform/db/describe-failure'
import { getEnvOrExit } from '@/lib/platform/env'

const [command, file] = process.argv.slice(2)

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

const total = (rows: Record<string, number>) =>
  Object.entries(rows)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ')

const env = getEnvOrExit()
try {
  if (command === 'backup') {
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')
    const out = file ?? join('data', 'backups', `howtowhy-${stamp}.backup.gz`)
    const started = Date.now()
    const { rows, via } = await backupDatabase(env, out)
    console.log(
      `Backup written to ${out} in ${Date.now() - started} ms${via === 'running server' ? ' (by the running server)' : ''}: ${total(rows)}.`,
    )
  } else if (command === 'restore') {
    if (!file) fail('Name the backup to restore: npm run db:restore -- data/backups/howtowhy-….backup.gz')
    const started = Date.now()
    const { rows, migratedSince, previousDataDir } = await restoreDatabase(env, file)
    console.log(`Restored ${file} in ${Date.now() - started} ms: ${total(rows)}.`)
    if (migratedSince.length > 0) console.log(`Then applied ${migratedSince.join(', ')}.`)
    if (previousDataDir)
      console.log(`The previous data is kept in ${previousDataDir}; remove it when you no longer need it.`)
  } else {
    fail('Usage: tsx scripts/backup.ts backup [file] | restore <file>')
  }
} catch (error) {
  fail(describeFailure(error))
}
// PGlite and pg can keep the event loop alive after closing (open handles in their wasm and pool), so exit here.
process.exit(0)

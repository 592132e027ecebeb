import { checkCachedSharePages } from '@/lib/plans/store/cached-share-check'
import { serveBackupRequests } from '@/lib/platform/backup/live'
import { backupOpenPGlite } from '@/lib/platform/backup/pglite-backup'
import { getBackend, getDb, pingDb } from '@/lib/platform/db'
import { describeFailure } from '@/lib/platform/db/describe-failure'
import { DataDirLockedError } from '@/lib/platform/db/lock'
import { getEnvOrExit } from '@/lib/platform/env'
import { startRetentionSweeps } from '@/lib/server/retention/sweep'

/**
 * Called once by instrumentation.ts when the Next server starts: takes the data directory lock and opens the
 * database before the first request. A held lock or a broken PGlite directory stops the server with one line;
 * an unreachable PostgreSQL server does not (it may come back; /api/health reports 503 meanwhile).
 */
export async function openDatabaseForServer(): Promise<void> {
  const env = getEnvOrExit()
  try {
    getDb()
    await pingDb()
  } catch (error) {
    if (error instanceof DataDirLockedError || !env.databaseUrl) {
      process.stderr.write(`${describeFailure(error)}\n`)
      process.exit(1)
    }
    process.stderr.write(
      `PostgreSQL is unreachable at start-up (${describeFailure(error)}); retrying on each request.\n`,
    )
  }
  // Several instances may share this PostgreSQL: a cached share page is checked against it before it is served.
  if (env.databaseUrl) checkCachedSharePages()
  // The embedded database lives in this process: `npm run db:backup` asks it for a backup (lib/platform/backup/live.ts).
  else serveBackupRequests(env.dataDir, (out) => backupOpenPGlite(openPGliteOf(getBackend()), out))
  startRetentionSweeps()
}

function openPGliteOf(backend: ReturnType<typeof getBackend>) {
  if (backend.kind !== 'pglite') throw new Error('This server does not use the embedded database.')
  return backend.pglite
}

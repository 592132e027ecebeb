// Next calls register() once when a server starts (never during `next build`). The Node.js server opens the
// database here, eagerly: it takes the data directory lock before serving, and a held lock stops it at once.
export async function register() {
  // Read directly rather than through lib/env.ts: Next inlines NEXT_RUNTIME per bundle, which keeps the database
  // code out of the edge bundle.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { openDatabaseForServer } = await import('./lib/db/server-open')
  await openDatabaseForServer()
}

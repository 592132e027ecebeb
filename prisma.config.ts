import { defineConfig } from 'prisma/config'
import { ConfigError, getEnv } from './lib/platform/env'

// Only the CLI reads this file (`prisma generate`, `prisma studio`). The app connects through lib/platform/db.ts and
// migrates through lib/platform/db/migrate.ts, because the CLI's native schema engine cannot be downloaded here.

function databaseUrl(): string | undefined {
  try {
    return getEnv().databaseUrl
  } catch (error) {
    // A bad variable must not break `npm install`; `npm start` reports it.
    if (error instanceof ConfigError) return undefined
    throw error
  }
}

const url = databaseUrl()

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // PostgreSQL only: the embedded PGlite database has no URL.
  ...(url ? { datasource: { url } } : {}),
})

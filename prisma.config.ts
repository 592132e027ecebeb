import { defineConfig } from 'prisma/config'

// Only the CLI reads this file (`prisma generate`, `prisma studio`). The app connects through lib/db.ts and
// migrates through lib/db/migrate.ts, because the CLI's native schema engine cannot be downloaded here.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})

// postinstall: generate the Prisma client into lib/generated/prisma (gitignored).
// `prisma generate` insists on locating a native schema engine even though generating does not use it, and the
// CLI's download host is unreachable on firewalled machines. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing
// file (the node binary) satisfies that check, so a fresh `npm install` works offline. Migrations do not use the
// native engine either: see lib/platform/db/migrate.ts.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const prismaCli = require.resolve('prisma/build/index.js')

const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
})
if (result.error) {
  console.error(`prisma generate could not start: ${result.error.message}`)
  process.exit(1)
}
process.exit(result.status ?? 1)

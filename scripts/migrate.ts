// `npm run db:deploy`: apply pending migrations and publish the default content (what `npm start` does first).
// `npm run db:migrate -- <name>`: write a new migration from the changes in prisma/schema.prisma, then regenerate
// the client. Both work offline: see lib/platform/db/migrate.ts.
import { spawnSync } from 'node:child_process'
import { describeFailure } from '@/lib/platform/db/describe-failure'
import { createMigration } from '@/lib/platform/db/migrate'
import { getEnvOrExit } from '@/lib/platform/env'
import { prepareDatabase } from '@/lib/server/prepare'

const [command, ...rest] = process.argv.slice(2)

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

try {
  if (command === 'deploy') {
    const env = getEnvOrExit()
    const { applied, content } = await prepareDatabase(env)
    console.log(applied.length > 0 ? `Applied ${applied.join(', ')}.` : 'No pending migrations.')
    console.log(`Content ${content.version} ${content.created ? 'published' : 'already published'}.`)
  } else if (command === 'new') {
    const name = rest.join(' ')
    if (name.trim() === '') fail('Name the migration: npm run db:migrate -- add_plan_title')
    const created = await createMigration(name)
    if (!created) {
      console.log('prisma/schema.prisma matches the migrations: nothing to write.')
    } else {
      console.log(`Wrote prisma/migrations/${created}/migration.sql — review it, then npm run db:deploy.`)
      const generate = spawnSync(process.execPath, ['scripts/generate-client.mjs'], { stdio: 'inherit' })
      if (generate.status !== 0) fail('prisma generate failed; see the output above.')
    }
  } else {
    fail('Usage: tsx scripts/migrate.ts deploy | new <name>')
  }
} catch (error) {
  fail(describeFailure(error))
}
// PGlite and the wasm engine can keep the event loop alive for minutes after closing (open wasm handles), so exit
// here.
process.exit(0)

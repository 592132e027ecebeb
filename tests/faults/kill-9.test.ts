import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { type AppServer, ensureBuild, freePort, startApp } from '../integration/helpers/app-server'
import { exited, killAll } from '../integration/helpers/child'
import { emptyDataDir, removeDataDir } from '../integration/helpers/pglite-template'
import { type PostgresCluster, startPostgres } from '../setup/postgres'
import { type Acknowledged, countLost, startWriteLoad, summary } from './write-load'

// kill -9 of the app server in the middle of a write load, three times over, on each backend: every plan the app
// acknowledged (201) before it died is there after the restart, byte for byte.

const dirs: string[] = []
let cluster: PostgresCluster | undefined
afterEach(killAll)
afterAll(() => {
  cluster?.stop()
  for (const dir of dirs) removeDataDir(dir)
})

// A load generator is one client: lift the limits that would otherwise stop it (counted all the same).
const unlimited = { RATE_LIMIT_PLANS: '1000000/1h', RATE_LIMIT_DRAFTS: '1000000/1h', RATE_LIMIT_SAVES: '1000000/1h' }

async function killUnderLoad(env: Record<string, string>, label: string) {
  await ensureBuild()
  const port = await freePort()
  const acknowledged: Acknowledged[] = []
  let app: AppServer | undefined
  for (let run = 1; run <= 3; run++) {
    app = await startApp({ ...env, ...unlimited }, port)
    const current = app
    const load = startWriteLoad(() => current.origin)
    await load.untilAcknowledged(30 + run * 10)
    process.kill(current.serverPid(), 'SIGKILL')
    await exited(current.launcher)
    const report = await load.stop()
    acknowledged.push(...report.acknowledged)
    console.log(`${label}, kill -9 run ${run}: ${summary(report)}`)
  }
  app = await startApp({ ...env, ...unlimited }, port)
  const lost = await countLost(app.origin, acknowledged)
  console.log(`${label}: ${acknowledged.length} plans acknowledged over three kill -9 runs, ${lost} lost`)
  await app.stop()
  expect(acknowledged.length).toBeGreaterThanOrEqual(120)
  expect(lost).toBe(0)
}

describe('kill -9 under write load', () => {
  it('embedded database: no acknowledged plan is lost', async () => {
    const dataDir = await emptyDataDir()
    dirs.push(dataDir)
    await killUnderLoad({ DATA_DIR: dataDir, DATABASE_URL: '' }, 'embedded database')
  }, 900_000)

  it('PostgreSQL: no acknowledged plan is lost', async () => {
    cluster = await startPostgres()
    await killUnderLoad({ DATABASE_URL: await cluster.createDatabase('kill9') }, 'PostgreSQL')
  }, 900_000)
})

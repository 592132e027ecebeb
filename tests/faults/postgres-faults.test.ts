import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, ensureBuild, freePort, startApp } from '../integration/helpers/app-server'
import { killAll } from '../integration/helpers/child'
import { type PostgresCluster, startPostgres } from '../setup/postgres'
import { countLost, expectOnlyHonestAnswers, startWriteLoad, summary } from './write-load'

// PostgreSQL restarted, stopped for a while, and frozen (SIGSTOP), each under a steady write load: the app answers
// 201 or 503 and nothing else, no request waits past the timeouts, it recovers by itself, and every acknowledged
// plan is there afterwards.

let cluster: PostgresCluster
let app: AppServer
const connectMs = 2000
const statementMs = 2000
// The longest honest wait: a statement limit plus the client's grace, or a connect limit, plus slack for this machine.
const boundMs = statementMs + 2000 + connectMs + 4000

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  await ensureBuild()
  cluster = await startPostgres()
  app = await startApp(
    {
      DATABASE_URL: await cluster.createDatabase('faults'),
      DB_CONNECT_TIMEOUT_MS: String(connectMs),
      DB_STATEMENT_TIMEOUT_MS: String(statementMs),
      RATE_LIMIT_PLANS: '1000000/1h',
    },
    await freePort(),
  )
}, 600_000)
afterAll(async () => {
  await app?.stop()
  await killAll()
  cluster?.stop()
})

describe('PostgreSQL faults under write load', () => {
  it('a restart, then a 5-second stop: only 201 or 503, recovery on its own, nothing acknowledged lost', async () => {
    const load = startWriteLoad(() => app.origin, { hangMs: boundMs })
    await load.untilAcknowledged(20)
    cluster.shutDown()
    await pause(500)
    cluster.startAgain()
    await load.untilAcknowledged(20, 60_000)
    cluster.shutDown()
    await pause(5000)
    cluster.startAgain()
    await load.untilAcknowledged(20, 60_000) // recovered without a restart of the app
    const report = await load.stop()
    const lost = await countLost(app.origin, report.acknowledged)
    console.log(`PostgreSQL restart + stop: ${summary(report)}; slowest answer ${report.slowestMs} ms; ${lost} lost`)
    expectOnlyHonestAnswers(report)
    expect(report.statuses.get('503') ?? 0).toBeGreaterThan(0)
    expect(lost).toBe(0)
  }, 300_000)

  it('frozen for 8 seconds: requests time out with 503 instead of hanging, then it recovers', async () => {
    const load = startWriteLoad(() => app.origin, { hangMs: boundMs })
    await load.untilAcknowledged(20)
    cluster.freeze()
    await pause(8000)
    cluster.thaw()
    await load.untilAcknowledged(20, 60_000)
    const report = await load.stop()
    const lost = await countLost(app.origin, report.acknowledged)
    console.log(`PostgreSQL frozen 8 s: ${summary(report)}; slowest answer ${report.slowestMs} ms; ${lost} lost`)
    expectOnlyHonestAnswers(report)
    expect(report.statuses.get('503') ?? 0).toBeGreaterThan(0)
    expect(report.slowestMs).toBeLessThan(boundMs)
    expect(lost).toBe(0)
  }, 300_000)
})

import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { backendAnswers } from '../e2e/journey-helpers'
import { type AppServer, ensureBuild, freePort, startApp } from './helpers/app-server'
import { killAll } from './helpers/child'
import { emptyDataDir, removeDataDir } from './helpers/pglite-template'

// The default limits, on the app as deployed (embedded database, no proxy): a burst of 300 plan submissions from
// one client stores 30 and refuses the rest with 429, Retry-After and the JSON error shape. The client cannot escape
// the limit by inventing X-Forwarded-For headers, and a restart does not reset it.

const dirs: string[] = []
let app: AppServer | undefined
afterEach(async () => {
  await app?.stop()
  await killAll()
})
afterAll(() => {
  for (const dir of dirs) removeDataDir(dir)
})

const body = JSON.stringify({ answers: backendAnswers })
const submit = (origin: string, forwardedFor: string) =>
  fetch(`${origin}/api/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body,
  })

describe('rate limits over HTTP', () => {
  it('300 quick submissions from one client: 30 plans, 270 × 429; spoofed X-Forwarded-For does not help', async () => {
    await ensureBuild()
    const dataDir = await emptyDataDir()
    dirs.push(dataDir)
    const port = await freePort()
    app = await startApp({ DATA_DIR: dataDir, DATABASE_URL: '' }, port)

    const statuses: number[] = []
    const refusals: { retryAfter: string | null; type: string | null; body: unknown }[] = []
    let next = 0
    const worker = async () => {
      while (next < 300) {
        const i = next++
        const response = await submit((app as AppServer).origin, `203.0.113.${i % 250}`)
        statuses.push(response.status)
        if (response.status === 429) {
          refusals.push({
            retryAfter: response.headers.get('retry-after'),
            type: response.headers.get('content-type'),
            body: await response.json(),
          })
        } else await response.arrayBuffer()
      }
    }
    await Promise.all(Array.from({ length: 10 }, worker))
    const count = (status: number) => statuses.filter((s) => s === status).length
    console.log(`burst of 300 from one client: ${count(201)} × 201, ${count(429)} × 429`)
    expect(count(201)).toBe(30)
    expect(count(429)).toBe(270)
    for (const refusal of refusals) {
      expect(Number(refusal.retryAfter)).toBeGreaterThan(0)
      expect(Number(refusal.retryAfter)).toBeLessThanOrEqual(600)
      expect(refusal.type).toMatch(/^application\/json/)
      expect(refusal.body).toEqual({
        error: { code: 'rate_limited', message: expect.stringMatching(/Try again in \d+ seconds\./) },
      })
    }

    // The counters live in the database: a restart does not hand out a fresh allowance.
    await app.stop()
    app = await startApp({ DATA_DIR: dataDir, DATABASE_URL: '' }, port)
    expect((await submit(app.origin, '198.51.100.1')).status).toBe(429)
  }, 600_000)
})

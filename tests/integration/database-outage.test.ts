import { chromium } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backendAnswers } from '../e2e/journey-helpers'
import { chromiumArgs, findChromium } from '../setup/chromium'
import { type PostgresCluster, startPostgres } from '../setup/postgres'
import { type AppServer, ensureBuild, freePort, startApp } from './helpers/app-server'
import { killAll } from './helpers/child'

// Honest failure on PostgreSQL: while the database is stopped or frozen, the API answers 503 in the JSON error
// shape with Retry-After, pages show the styled error page, nothing waits longer than the configured timeouts —
// and the app recovers on its own when the database is back.

let cluster: PostgresCluster
let app: AppServer
let plan: { owner: string; share: string }

// Short limits so the test is quick; the defaults are 5 s (connect) and 10 s (statement).
const connectMs = 1500
const statementMs = 1500
// Connect or statement limit, plus the client's grace after a statement limit, plus headroom for a slow machine.
const worstMs = connectMs + statementMs + 2000 + 3000

beforeAll(async () => {
  await ensureBuild()
  cluster = await startPostgres()
  const url = await cluster.createDatabase('outage')
  app = await startApp(
    { DATABASE_URL: url, DB_CONNECT_TIMEOUT_MS: String(connectMs), DB_STATEMENT_TIMEOUT_MS: String(statementMs) },
    await freePort(),
  )
  const created = await submit()
  expect(created.status).toBe(201)
  const body = (await created.json()) as { ownerUrl: string; shareUrl: string }
  plan = { owner: new URL(body.ownerUrl).pathname, share: new URL(body.shareUrl).pathname.split('/')[2] as string }
}, 600_000)
afterAll(async () => {
  await app?.stop()
  await killAll()
  cluster?.stop()
})

const submit = () =>
  fetch(`${app.origin}/api/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: backendAnswers }),
  })

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now()
  const value = await work()
  return { value, ms: Date.now() - started }
}

async function expectOutageAnswers() {
  const post = await timed(submit)
  expect(post.value.status).toBe(503)
  expect(post.value.headers.get('retry-after')).toBe('5')
  expect(await post.value.json()).toEqual({
    error: {
      code: 'service_unavailable',
      message: expect.stringMatching(/^The database is not answering right now\. Try again in 5 seconds\.$/),
    },
  })
  const api = await timed(() => fetch(`${app.origin}/api/plans/${plan.share}`))
  expect(api.value.status).toBe(503)
  expect((await api.value.json()).error.code).toBe('service_unavailable')
  // Next sends an error shell that the browser fills in with app/error.tsx (see the browser check below); it
  // holds no plan data and no server detail.
  const page = await timed(() => fetch(app.origin + plan.owner))
  expect(page.value.status).toBe(500)
  const html = await page.value.text()
  expect(html).toContain('id="__next_error__"')
  expect(html).not.toMatch(/Your move into product management|at .*\.js:\d+|ECONNREFUSED|timeout/)
  const health = await timed(() => fetch(`${app.origin}/api/health`))
  expect(health.value.status).toBe(503)
  for (const { ms } of [post, api, page, health]) expect(ms).toBeLessThan(worstMs)
}

async function expectRecovery(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let status = 0
  while (Date.now() < deadline) {
    status = (await submit()).status
    if (status === 201) break
    expect(status).toBe(503)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  expect(status).toBe(201)
  expect((await fetch(app.origin + plan.owner)).status).toBe(200)
}

/** What a person sees: the app's styled error page, in a real browser at phone and desktop sizes. */
async function expectStyledErrorPage() {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
  try {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const page = await browser.newPage({ viewport })
      await page.goto(app.origin + plan.owner)
      const heading = page.getByRole('heading', { name: 'Something went wrong on our side' })
      await heading.waitFor({ timeout: worstMs * 2 })
      expect(await page.getByText('Your saved answers are safe.').isVisible()).toBe(true)
      expect(await page.getByRole('link', { name: 'Home page' }).isVisible()).toBe(true)
      if (process.env.SCREENSHOT_DIR) {
        await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/outage-${viewport.width}.png`, fullPage: true })
      }
      await page.close()
    }
  } finally {
    await browser.close()
  }
}

describe('a PostgreSQL outage', () => {
  it('stopped: 503 with Retry-After from the API, the styled error page for browsers; recovers when it is back', async () => {
    cluster.shutDown()
    await expectOutageAnswers()
    await expectStyledErrorPage()
    cluster.startAgain()
    await expectRecovery(30_000)
  }, 120_000)

  it('frozen (SIGSTOP): every request ends within the timeouts instead of hanging; recovers when it thaws', async () => {
    cluster.freeze()
    try {
      await expectOutageAnswers()
    } finally {
      cluster.thaw()
    }
    await expectRecovery(30_000)
  }, 120_000)
})

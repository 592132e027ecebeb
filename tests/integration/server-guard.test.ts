import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { httpText, rawRequest, securityHeaderProblem } from '../setup/raw-http'
import { type AppServer, ensureBuild, freePort, startApp } from './helpers/app-server'
import { runToEnd } from './helpers/child'
import { emptyDataDir, removeDataDir } from './helpers/pglite-template'

// The HTTP layer as `npm start` runs it (lib/platform/security/server-guard.cjs), on a server with short limits so the test
// can watch them act: slow and idle clients are cut off with a 408, an address cannot hold more than its share of
// connections, an idle keep-alive connection outlives any client's own keep-alive, and the ceiling on stored plans
// answers an honest 503 with a log line — all without a stack trace on stderr.

const limits = {
  HTTP_HEADERS_TIMEOUT_S: '2',
  HTTP_REQUEST_TIMEOUT_S: '4',
  HTTP_IDLE_TIMEOUT_S: '3',
  HTTP_KEEP_ALIVE_TIMEOUT_S: '8',
  MAX_CONNECTIONS_PER_ADDRESS: '6',
  MAX_STORED_PLANS: '3',
}
let app: AppServer
let dataDir: string

beforeAll(async () => {
  await ensureBuild()
  dataDir = await emptyDataDir()
  app = await startApp({ DATA_DIR: dataDir, DATABASE_URL: '', ...limits }, await freePort())
}, 900_000)

afterAll(async () => {
  await app?.stop()
  removeDataDir(dataDir)
})

const send = (text: string | Buffer | (string | Buffer)[], gapMs?: number) =>
  rawRequest(text, { port: app.port, timeoutMs: 30_000, gapMs })

describe('slow and idle clients', () => {
  it('closes a connection whose headers trickle in, with a 408 once the header timeout has passed', async () => {
    const request = httpText('GET', '/api/health').toString('latin1')
    const response = await send(request.split(''), 300) // one byte every 0.3 s: ~30 s for the whole request
    expect(response.status).toBe(408)
    expect(securityHeaderProblem(response)).toBeNull()
    expect(response.ms).toBeGreaterThanOrEqual(1900)
    expect(response.ms).toBeLessThan(6000)
  })

  it('answers 408 when a declared body never arrives, and when it trickles past the request timeout', async () => {
    const head = httpText('POST', '/api/assessments', { 'Content-Type': 'application/json', 'Content-Length': '50000' })
    const never = await send(head)
    expect(never.status).toBe(408)
    expect(never.ms).toBeLessThan(8000)
    const trickle = await send([head, ...Array.from({ length: 100 }, () => 'x')], 200)
    expect(trickle.status).toBe(408)
    expect(trickle.ms).toBeGreaterThanOrEqual(3900)
    expect(trickle.ms).toBeLessThan(8000)
    // A server action's body too: the gate reads it before Next does.
    const action = httpText('POST', '/assessment/background', {
      'Next-Action': 'abc',
      'Content-Type': 'multipart/form-data; boundary=x',
      'Content-Length': '5000',
    })
    expect((await send(action)).status).toBe(408)
  })

  it('closes six trickling connections well before a minute, freeing the server for others', async () => {
    const request = httpText('GET', '/api/health').toString('latin1').split('')
    const started = Date.now()
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(request, 500)))
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(408))
    expect(Date.now() - started).toBeLessThan(10_000)
    expect((await send(httpText('GET', '/api/health'))).status).toBe(200)
  })

  it('keeps an idle keep-alive connection open longer than clients keep theirs (5 s), then closes it', async () => {
    const socket = connect(app.port, '127.0.0.1')
    const opened = Date.now()
    let received = ''
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1')
    })
    const closedAt = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())))
    socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    // Node's http agent and undici drop an idle socket after at most 5 s (less the server's hint); the server must
    // not close first, or a client reusing it meets ECONNRESET.
    await new Promise((resolve) => setTimeout(resolve, 5500))
    expect(socket.destroyed).toBe(false)
    socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    const secondSent = Date.now()
    // Then left idle, the server closes it after HTTP_KEEP_ALIVE_TIMEOUT_S (8 s here).
    const closed = await closedAt
    expect(received.match(/HTTP\/1\.1 200/g)).toHaveLength(2)
    expect(received).toContain('Keep-Alive: timeout=8')
    expect(closed - secondSent).toBeGreaterThan(7500)
    expect(closed - secondSent).toBeLessThan(12_000)
    expect(closed - opened).toBeGreaterThan(13_000)
  }, 30_000)

  it('refuses connections past the cap per address with a 503, and takes new ones once they close', async () => {
    const held = await Promise.all(
      Array.from(
        { length: 6 },
        () =>
          new Promise<ReturnType<typeof connect>>((resolve) => {
            const socket = connect(app.port, '127.0.0.1', () => resolve(socket))
            socket.on('error', () => {})
          }),
      ),
    )
    try {
      const refused = await send(httpText('GET', '/api/health'))
      expect(refused.status).toBe(503)
      expect(refused.headers['retry-after']).toBe('10')
      expect(securityHeaderProblem(refused)).toBeNull()
    } finally {
      for (const socket of held) socket.destroy()
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect((await send(httpText('GET', '/api/health'))).status).toBe(200)
  })
})

describe('stored plans', () => {
  it('expire unless claimed; at the ceiling the API answers 503 with Retry-After and the log says so', async () => {
    const answers = personaAnswers('backend-with-pms')
    const post = () =>
      fetch(`${app.origin}/api/assessments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      })
    const created = await Promise.all([post(), post(), post()].map(async (r) => (await r).json()))
    for (const body of created) {
      const hours = (Date.parse(body.expiresAt) - Date.now()) / 3600_000
      expect(hours).toBeGreaterThan(23.9)
      expect(hours).toBeLessThanOrEqual(24)
    }
    const full = await post()
    expect(full.status).toBe(503)
    expect(full.headers.get('retry-after')).toBe('600')
    expect(await full.json()).toMatchObject({ error: { code: 'storage_full' } })

    // Claiming keeps a plan (and claiming again is harmless); an unknown owner link is a 404.
    const claim = (ownerUrl: string) =>
      fetch(`${app.origin}/api/plans/claim`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ownerUrl }),
      })
    expect(await (await claim(created[0].ownerUrl)).json()).toEqual({ kept: true, alreadyKept: false })
    expect(await (await claim(created[0].ownerUrl)).json()).toEqual({ kept: true, alreadyKept: true })
    expect((await claim(`${app.origin}/plan/${'A'.repeat(43)}`)).status).toBe(404)
    expect((await claim('javascript:alert(1)')).status).toBe(400)
  }, 60_000)
})

describe('its output', () => {
  it('logged the refusals as JSON lines and printed no stack trace and no token', async () => {
    await app.stop()
    const { stdout, stderr } = await runToEnd(app.launcher)
    expect(stdout).toContain('"event":"stored_plans_full"')
    expect(stdout).toContain('"event":"connection_refused"')
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(`${stdout}${stderr}`).not.toMatch(/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/)
  }, 60_000)
})

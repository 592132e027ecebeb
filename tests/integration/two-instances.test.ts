import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/knowledge/load'
import { backendAnswers } from '../e2e/journey-helpers'
import { type PostgresCluster, startPostgres } from '../setup/postgres'
import { type AppServer, ensureBuild, freePort, startApp } from './helpers/app-server'
import { killAll } from './helpers/child'
import { cookieHeader, submitForm } from './helpers/no-js-form'

// Two app processes on one PostgreSQL behave as one: a share link turned off on one is dead on the other at once
// (although the other has the page in its in-memory cache), rate limits are counted together, and a questionnaire
// started on one continues on the other.

let cluster: PostgresCluster
let a: AppServer
let b: AppServer

beforeAll(async () => {
  await ensureBuild()
  cluster = await startPostgres()
  const url = await cluster.createDatabase('two_instances')
  const env = { DATABASE_URL: url, RATE_LIMIT_PLANS: '5/10m' }
  // One after the other: the first migrates; the second finds the schema up to date.
  a = await startApp(env, await freePort())
  b = await startApp(env, await freePort())
}, 600_000)
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await killAll()
  cluster?.stop()
})

async function createPlan(on: AppServer) {
  const response = await fetch(`${on.origin}/api/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: backendAnswers }),
  })
  return { status: response.status, body: (await response.json()) as { ownerUrl: string; shareUrl: string } }
}

const pathOf = (url: string) => new URL(url).pathname
const get = (on: AppServer, path: string) => fetch(on.origin + path)

describe('two instances on one PostgreSQL', () => {
  it('a share link turned off, replaced or deleted on one instance is dead on the other at once', async () => {
    const { status, body } = await createPlan(a)
    expect(status).toBe(201)
    const owner = pathOf(body.ownerUrl)
    const share = pathOf(body.shareUrl)

    // B renders the shared page once, then serves it from its own memory.
    expect((await get(b, share)).status).toBe(200)
    const cached = await get(b, share)
    expect(cached.status).toBe(200)
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')

    // Replaced on A: B answers 404 for the old link and serves the new one.
    const rotated = await submitForm({ origin: a.origin, path: owner }, 'Create a new read-only link')
    expect(rotated.status).toBe(303)
    const html = await (await get(a, owner)).text()
    const newShare = /\/share\/([A-Za-z0-9_-]{43})/.exec(html)?.[0]
    expect(newShare).toBeDefined()
    expect(newShare).not.toBe(share)
    expect((await get(b, share)).status).toBe(404)
    expect((await get(b, newShare as string)).status).toBe(200)
    expect((await get(b, newShare as string)).headers.get('x-nextjs-cache')).toBe('HIT')

    // Turned off on A.
    const revoked = await submitForm({ origin: a.origin, path: owner }, 'Turn off the read-only link')
    expect(revoked.status).toBe(303)
    expect((await get(b, newShare as string)).status).toBe(404)
    expect((await fetch(`${b.origin}/api/plans/${newShare?.split('/')[2]}`)).status).toBe(404)

    // Shared again and deleted on B: dead on A too, and the owner page is gone on both.
    await submitForm({ origin: b.origin, path: owner }, 'Create a read-only link')
    const third = /\/share\/([A-Za-z0-9_-]{43})/.exec(await (await get(b, owner)).text())?.[0] as string
    expect((await get(a, third)).status).toBe(200)
    expect((await get(a, third)).headers.get('x-nextjs-cache')).toBe('HIT')
    const deleted = await submitForm({ origin: b.origin, path: `${owner}/delete` }, 'Yes, delete')
    expect(deleted.status).toBe(303)
    expect((await get(a, third)).status).toBe(404)
    expect((await get(a, owner)).status).toBe(404)
    expect((await get(b, owner)).status).toBe(404)
  }, 120_000)

  it('counts one client’s plans on both instances together', async () => {
    // Five plans per ten minutes for this client, whichever instance it reaches; the first test used one.
    const statuses: number[] = []
    for (const on of [a, b, a, b, a, b]) statuses.push((await createPlan(on)).status)
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429])
  }, 120_000)

  it('continues a questionnaire started on one instance on the other', async () => {
    const background = loadContent().questions.filter((q) => q.sectionId === 'background')
    const fields = Object.fromEntries(
      background.map((q) => [q.id, [backendAnswers[q.id] ?? []].flat().map(String)]),
    ) as Record<string, string[]>
    const saved = await submitForm({ origin: a.origin, path: '/assessment/background' }, 'name="sectionId"', {
      ...fields,
      'years-experience': '7',
      intent: 'continue',
    })
    expect(saved.status).toBe(303)
    expect(saved.location).toMatch(/\/assessment\/experience$/) // saved, not sent back with errors
    const cookie = cookieHeader(saved.cookies)
    expect(cookie).toContain('htw_draft=')
    const check = await (await fetch(`${b.origin}/assessment/check`, { headers: { cookie } })).text()
    expect(check).toContain('7 years')
  }, 120_000)
})

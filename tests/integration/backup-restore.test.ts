import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { backendAnswers } from '../e2e/journey-helpers'
import { type PostgresCluster, startPostgres } from '../setup/postgres'
import { type AppServer, ensureBuild, freePort, startApp } from './helpers/app-server'
import { killAll, runToEnd, runTs } from './helpers/child'
import { submitForm } from './helpers/no-js-form'
import { emptyDataDir, removeDataDir } from './helpers/pglite-template'

// The restore drill: back up, keep writing (new plans, a deletion, a revoked link), restore, and every plan from
// before the backup renders exactly as it did — the owner page's HTML and the share API's JSON — while everything
// written after it is gone. On the embedded database (backed up while the server runs) and on PostgreSQL
// (restored in place while the app runs, and into an empty database from the embedded backup).

const scratch = mkdtempSync(join(tmpdir(), 'howtowhy-backups-'))
const dirs: string[] = []
let cluster: PostgresCluster | undefined
const apps: AppServer[] = []
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()))
  await killAll()
})
afterAll(() => {
  cluster?.stop()
  for (const dir of dirs) removeDataDir(dir)
  rmSync(scratch, { recursive: true, force: true })
})

async function start(env: Record<string, string>, port?: number) {
  const app = await startApp(env, port ?? (await freePort()))
  apps.push(app)
  return app
}

type Made = { owner: string; share: string }
async function makePlan(app: AppServer): Promise<Made> {
  const response = await fetch(`${app.origin}/api/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      answers: { ...backendAnswers, 'hours-per-week': 3 + (Math.random() * 10).toFixed(0).length },
    }),
  })
  expect(response.status).toBe(201)
  const body = (await response.json()) as { ownerUrl: string; shareUrl: string }
  return { owner: new URL(body.ownerUrl).pathname, share: new URL(body.shareUrl).pathname.split('/')[2] as string }
}

// What "renders identically" compares: the owner page (per-response nonces aside) and the share API.
type Rendering = { ownerStatus: number; ownerHtml: string; apiStatus: number; apiJson: string }

const FLIGHT_SCRIPT = /<script[^>]*>self\.__next_f\.push\((\[.*?\])\)<\/script>/gs
/**
 * The page as a reader gets it: the HTML, then React's inline payload line by line in a fixed order. React streams
 * the payload's lines as each part of the page resolves, so two renders of the same page can send them in another
 * order (and cut them into other script tags) although every line is the same.
 */
function settled(html: string): string {
  const flight = [...html.matchAll(FLIGHT_SCRIPT)]
    .map((m) => JSON.parse(m[1] ?? '[]') as unknown[])
    .map((push) => (typeof push[1] === 'string' ? push[1] : ''))
    .join('')
  return `${html.replace(FLIGHT_SCRIPT, '')}\n${flight.split('\n').sort().join('\n')}`
}
async function render(app: AppServer, plan: Made): Promise<Rendering> {
  const owner = await fetch(app.origin + plan.owner)
  const api = await fetch(`${app.origin}/api/plans/${plan.share}`)
  // The nonce is in the policy header, in attributes and in React's inline payload: taken out wherever it is.
  const nonce = /'nonce-([^']+)'/.exec(owner.headers.get('content-security-policy') ?? '')?.[1]
  const html = await owner.text()
  return {
    ownerStatus: owner.status,
    ownerHtml: settled(nonce ? html.replaceAll(nonce, 'NONCE') : html),
    apiStatus: api.status,
    apiJson: await api.text(),
  }
}

async function cli(command: 'db:backup' | 'db:restore', file: string, env: Record<string, string>) {
  const result = await runToEnd(runTs('scripts/backup.ts', [command === 'db:backup' ? 'backup' : 'restore', file], env))
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return result.stdout
}

/** Writes after the backup: two new plans, one old plan deleted and another's link turned off. */
async function writeMore(app: AppServer, before: Made[]) {
  const after = [await makePlan(app), await makePlan(app)]
  const [deleted, revoked] = before
  expect((await submitForm({ origin: app.origin, path: `${deleted?.owner}/delete` }, 'Yes, delete')).status).toBe(303)
  expect(
    (await submitForm({ origin: app.origin, path: revoked?.owner ?? '' }, 'Turn off the read-only link')).status,
  ).toBe(303)
  expect((await fetch(app.origin + (deleted?.owner ?? ''))).status).toBe(404)
  return after
}

async function expectRestored(app: AppServer, before: Made[], renderings: Rendering[], after: Made[]) {
  for (const [i, plan] of before.entries()) expect(await render(app, plan)).toEqual(renderings[i])
  for (const plan of after) {
    expect((await fetch(app.origin + plan.owner)).status).toBe(404)
    expect((await fetch(`${app.origin}/api/plans/${plan.share}`)).status).toBe(404)
  }
}

let pgliteBackup = ''
let pgliteBefore: Made[] = []
let pgliteRenderings: Rendering[] = []

describe('backup and restore', () => {
  it('embedded database: backed up while serving, restored after more writes, renders identically', async () => {
    await ensureBuild()
    const dataDir = await emptyDataDir()
    dirs.push(dataDir)
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' }
    let app = await start(env)
    const before = [await makePlan(app), await makePlan(app), await makePlan(app)]
    const renderings = await Promise.all(before.map((plan) => render(app, plan)))
    expect(renderings.map((r) => [r.ownerStatus, r.apiStatus])).toEqual([
      [200, 200],
      [200, 200],
      [200, 200],
    ])

    const file = join(scratch, 'embedded.backup.gz')
    expect(await cli('db:backup', file, env)).toMatch(/^Backup written to .* \(by the running server\): .*plans 3\b/)
    const after = await writeMore(app, before)

    // Restoring replaces the directory the server holds: it refuses while the server runs.
    const refused = await runToEnd(runTs('scripts/backup.ts', ['restore', file], env))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/is in use by process \d+\. Stop that process first/)

    await app.stop()
    expect(await cli('db:restore', file, env)).toMatch(/^Restored .*plans 3\b[\s\S]*previous data is kept in/)
    app = await start(env, app.port)
    await expectRestored(app, before, renderings, after)
    pgliteBackup = file
    pgliteBefore = before
    pgliteRenderings = renderings
  }, 600_000)

  it('PostgreSQL: restored in place while the app runs, and into an empty database from the embedded backup', async () => {
    await ensureBuild()
    cluster = await startPostgres()
    const url = await cluster.createDatabase('drill')
    const env = { DATABASE_URL: url }
    const app = await start(env)
    const before = [await makePlan(app), await makePlan(app), await makePlan(app)]
    const renderings = await Promise.all(before.map((plan) => render(app, plan)))

    const file = join(scratch, 'postgres.backup.gz')
    expect(await cli('db:backup', file, env)).toMatch(/^Backup written to .*: .*plans 3\b/)
    const after = await writeMore(app, before)
    // One transaction: the running app sees the old state until the commit, then the restored one.
    expect(await cli('db:restore', file, env)).toMatch(/^Restored .*plans 3\b/)
    await expectRestored(app, before, renderings, after)

    // The embedded database's backup restores into an empty PostgreSQL database: the same format for both.
    expect(existsSync(pgliteBackup)).toBe(true)
    const empty = await cluster.createDatabase('from_embedded')
    expect(await cli('db:restore', pgliteBackup, { DATABASE_URL: empty })).toMatch(/^Restored .*plans 3\b/)
    const moved = await start({ DATABASE_URL: empty })
    for (const [i, plan] of pgliteBefore.entries()) {
      const rendering = await render(moved, plan)
      // The same page, from another origin (port) and backend.
      const expected = pgliteRenderings[i] as Rendering
      expect(rendering.apiJson).toBe(expected.apiJson)
      expect(rendering.ownerHtml.replaceAll(moved.origin, '')).toBe(
        expected.ownerHtml.replace(/http:\/\/127\.0\.0\.1:\d+/g, ''),
      )
    }
  }, 600_000)
})

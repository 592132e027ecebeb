import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { findLatestContentRelease } from '@/lib/knowledge/store/content-release-repo'
import { createPlan, findPlanByOwnerToken } from '@/lib/plans/store/plan-repo'
import { closeDb, openDb } from '@/lib/platform/db'
import { lockFileName } from '@/lib/platform/db/lock'
import { type PostgresCluster, startPostgres } from '../setup/postgres'
import { freePort, health, waitForHealth } from './helpers/app-server'
import { exited, killAll, runToEnd, runTs } from './helpers/child'
import { emptyDataDir, removeDataDir } from './helpers/pglite-template'

// `npm start` as a user runs it: a production build (made here when missing or stale), migrations and seed before
// the server opens the database, the server holding the directory lock, kill -9 and SIGTERM.

const startScript = 'scripts/start.ts'
const dirs: string[] = []
let cluster: PostgresCluster | undefined

afterEach(killAll)
afterAll(() => {
  cluster?.stop()
  for (const dir of dirs) removeDataDir(dir)
})

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const lockHolder = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8')).pid as number

describe('npm start with the embedded database', () => {
  it('builds if needed, migrates, seeds, serves; survives kill -9; refuses a second server; stops on SIGTERM', async () => {
    const dataDir = await emptyDataDir()
    dirs.push(dataDir)
    const port = await freePort()
    const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' }

    // 1. First start: the build can take minutes on a cold machine.
    const first = runTs(startScript, [], env)
    expect((await waitForHealth(port, 200, 600_000)).body).toEqual({ status: 'ok', db: 'ok' })
    const serverPid = lockHolder(dataDir)
    expect(serverPid).not.toBe(first.pid) // the Next server holds the lock, not the launcher

    // 2. A second app on the same directory stops at once with one line naming the server.
    const second = await runToEnd(runTs(startScript, ['--no-build'], { ...env, PORT: String(port + 1) }))
    expect(second.code).toBe(1)
    expect(second.stderr.trim().split('\n')).toEqual([
      `The data directory ${dataDir} is in use by process ${serverPid}. Stop that process first, or set DATA_DIR to another directory.`,
    ])

    // 3. kill -9 the server: its lock is left behind, and the next start recovers it with the data intact.
    process.kill(serverPid, 'SIGKILL')
    await exited(first)
    expect(lockHolder(dataDir)).toBe(serverPid)
    const restarted = runTs(startScript, ['--no-build'], env)
    await waitForHealth(port, 200, 120_000)
    const restartedPid = lockHolder(dataDir)
    expect(restartedPid).not.toBe(serverPid)

    // 4. SIGTERM (docker stop, Ctrl+C) stops the server and releases the directory.
    restarted.kill('SIGTERM')
    await exited(restarted)
    expect(existsSync(join(dataDir, lockFileName))).toBe(false)
    expect(() => process.kill(restartedPid, 0)).toThrow()

    // Everything the first start wrote is there: the migrated schema and the published content.
    openDb({ databaseUrl: undefined, dataDir })
    try {
      expect(await findLatestContentRelease()).toMatchObject({ version: expect.stringMatching(/^[0-9a-f]{12}$/) })
    } finally {
      await closeDb()
    }
  }, 900_000)

  it('keeps data written between restarts', async () => {
    const dataDir = await emptyDataDir()
    dirs.push(dataDir)
    const port = await freePort()
    const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' }

    const first = runTs(startScript, ['--no-build'], env)
    await waitForHealth(port, 200, 120_000)
    first.kill('SIGTERM')
    await exited(first)
    openDb({ databaseUrl: undefined, dataDir })
    const { ownerToken } = await createPlan({ contentVersion: 'v', answers: {}, result: { r: 1 }, plan: { p: 1 } })
    await closeDb()

    const second = runTs(startScript, ['--no-build'], env)
    await waitForHealth(port, 200, 120_000)
    second.kill('SIGTERM')
    await exited(second)
    openDb({ databaseUrl: undefined, dataDir })
    try {
      expect((await findPlanByOwnerToken(ownerToken))?.plan).toEqual({ p: 1 })
    } finally {
      await closeDb()
    }
  }, 300_000)
})

describe('stopping npm start', () => {
  // What a process manager or a terminal sends to the process it started (npm): each must stop the whole tree —
  // npm, the launcher and next-server — and release the data directory and the port, so the next start works.
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGKILL'] as const)(
    '%s to the npm process stops next-server cleanly and releases the database lock',
    async (signal) => {
      const dataDir = await emptyDataDir()
      dirs.push(dataDir)
      const port = await freePort()
      const npm = spawn('npm', ['start', '--', '--no-build'], {
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stderr = ''
      npm.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
      })
      npm.stdout.resume()
      try {
        await waitForHealth(port, 200, 120_000)
        const serverPid = lockHolder(dataDir)
        npm.kill(signal)
        const deadline = Date.now() + 20_000
        while (isRunning(serverPid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
        expect(isRunning(serverPid), `next-server still running after ${signal}`).toBe(false)
        expect(existsSync(join(dataDir, lockFileName))).toBe(false)
        expect(await health(port)).toBeNull()
        expect(stderr).not.toMatch(/\n\s+at /)
      } finally {
        npm.kill('SIGKILL')
      }
    },
    180_000,
  )
})

describe('npm start with DATABASE_URL', () => {
  it('migrates and serves from PostgreSQL, and reports 503 while the server is down', async () => {
    cluster = await startPostgres()
    const url = await cluster.createDatabase('start_test')
    const port = await freePort()
    const server = runTs(startScript, ['--no-build'], { PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url })
    expect((await waitForHealth(port, 200, 120_000)).body).toEqual({ status: 'ok', db: 'ok' })
    cluster.stop()
    expect((await waitForHealth(port, 503, 30_000)).body).toEqual({ status: 'error', db: 'down' })
    server.kill('SIGTERM')
    await exited(server)
  }, 300_000)
})

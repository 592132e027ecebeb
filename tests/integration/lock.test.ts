import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { findPlanByOwnerToken } from '@/lib/plans/store/plan-repo'
import { closeDb, openDb } from '@/lib/platform/db'
import { acquireDataDirLock, DataDirLockedError, lockFileName } from '@/lib/platform/db/lock'
import { exited, killAll, runToEnd, runTs, waitForLine } from './helpers/child'
import { migratedDataDir, removeDataDir } from './helpers/pglite-template'

const fixture = 'tests/integration/fixtures/hold-data-dir.ts'
const dirs: string[] = []
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'howtowhy-lock-'))
  dirs.push(dir)
  return dir
}

afterEach(killAll)
afterAll(() => {
  for (const dir of dirs) removeDataDir(dir)
})

// Each test starts child processes that open PGlite (and migrate): ~10 s each on a quiet machine, past 30 s on a
// busy shared one.
describe('data directory lock', { timeout: 120_000 }, () => {
  it('refuses a directory that a live process holds, naming that process', async () => {
    const dir = newDir()
    const holder = runTs(fixture, ['lock', dir])
    await waitForLine(holder, /^locked$/)
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError)
    expect(() => acquireDataDirLock(dir)).toThrow(`in use by process ${holder.pid}`)
    // Opening the database goes through the same lock, before PGlite touches the directory.
    expect(() => openDb({ databaseUrl: undefined, dataDir: dir })).toThrow(`in use by process ${holder.pid}`)
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(false)
  })

  it('stops `db:deploy` on a held directory with one line naming the holder', async () => {
    const dir = newDir()
    const holder = runTs(fixture, ['lock', dir])
    await waitForLine(holder, /^locked$/)
    const deploy = await runToEnd(runTs('scripts/migrate.ts', ['deploy'], { DATA_DIR: dir, DATABASE_URL: '' }))
    expect(deploy.code).toBe(1)
    expect(deploy.stderr.trim().split('\n')).toEqual([
      `The data directory ${dir} is in use by process ${holder.pid}. Stop that process first, or set DATA_DIR to another directory.`,
    ])
  })

  it('takes over the lock of a process killed with kill -9, and finds everything it had written', async () => {
    const dir = await migratedDataDir()
    dirs.push(dir)
    const writer = runTs(fixture, ['write', dir])
    const token = (await waitForLine(writer, /^token /)).slice('token '.length)
    writer.kill('SIGKILL')
    await exited(writer)
    expect(JSON.parse(readFileSync(join(dir, lockFileName), 'utf8')).pid).toBe(writer.pid) // left behind
    openDb({ databaseUrl: undefined, dataDir: dir })
    try {
      expect((await findPlanByOwnerToken(token))?.result).toEqual({ written: 'before kill -9' })
    } finally {
      await closeDb()
    }
    expect(existsSync(join(dir, lockFileName))).toBe(false)
    // Migrating a fresh directory and starting a writer take ~15 s on a busy 2-core machine.
  }, 120_000)

  it('treats a lock whose process is gone, or whose pid now belongs to another process, as stale', async () => {
    const dir = newDir()
    const gone = runTs(fixture, ['lock-and-exit', newDir()])
    await exited(gone)
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: gone.pid, startTime: null, acquiredAt: '' }))
    acquireDataDirLock(dir).release()

    // Our own pid in the file can only be a leftover (e.g. a container restarted with the same pid).
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: process.pid, startTime: '1', acquiredAt: '' }))
    acquireDataDirLock(dir).release()

    if (existsSync('/proc/self/stat')) {
      const other = runTs(fixture, ['lock', newDir()])
      await waitForLine(other, /^locked$/)
      writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: other.pid, startTime: '1', acquiredAt: '' }))
      acquireDataDirLock(dir).release()
    }
  })

  it('is released when its process exits normally, and by release()', async () => {
    const dir = newDir()
    const child = await runToEnd(runTs(fixture, ['lock-and-exit', dir]))
    expect(child.code).toBe(0)
    expect(existsSync(join(dir, lockFileName))).toBe(false)

    const lock = acquireDataDirLock(dir)
    expect(() => acquireDataDirLock(dir)).toThrow(`in use by process ${process.pid}`) // not twice in one process
    lock.release()
    expect(existsSync(join(dir, lockFileName))).toBe(false)
  })

  it('lets exactly one of several processes recover a stale lock', async () => {
    const dir = newDir()
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: 2 ** 22 + 1, startTime: null, acquiredAt: '' }))
    const racers = Array.from({ length: 4 }, () => runTs(fixture, ['race', dir]))
    const lines = await Promise.all(racers.map((racer) => waitForLine(racer, /^(won|lost \d+)$/)))
    expect(lines.filter((line) => line === 'won')).toHaveLength(1)
    const winner = racers[lines.indexOf('won')]
    expect(lines.filter((line) => line !== 'won')).toEqual(Array(3).fill(`lost ${winner?.pid}`))
  })
})

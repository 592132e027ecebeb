import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { log } from '@/lib/platform/log'
import type { RowCounts } from './dump-format'

// A backup of the embedded database while the server runs. PGlite lives inside the server process, which holds its
// directory, so `npm run db:backup` asks the server to write the file: it drops a request file into the data
// directory and sends SIGUSR2; the server writes the backup and a result file beside the request. Only a process
// that may write to the data directory and signal the server (its own user, or root) can ask.

const prefix = 'howtowhy-backup-'
const ResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), rows: z.record(z.string(), z.number()) }),
  z.strictObject({ ok: z.literal(false), error: z.string() }),
])

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Asks the server `pid` holding dataDir to write a backup to `out` (an absolute path); waits for its answer. */
export async function requestServerBackup(dataDir: string, pid: number, out: string, timeoutMs = 600_000) {
  const id = randomUUID()
  const request = join(dataDir, `${prefix}${id}.request`)
  const result = join(dataDir, `${prefix}${id}.result`)
  writeFileSync(`${request}.tmp`, JSON.stringify({ out }), { mode: 0o600 })
  renameSync(`${request}.tmp`, request)
  process.kill(pid, 'SIGUSR2')
  const deadline = Date.now() + timeoutMs
  try {
    while (!existsSync(result)) {
      if (!alive(pid)) throw new Error(`The server (process ${pid}) stopped before writing the backup.`)
      if (Date.now() > deadline) throw new Error(`The server (process ${pid}) did not write the backup in time.`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const answer = ResultSchema.parse(JSON.parse(readFileSync(result, 'utf8')))
    if (!answer.ok) throw new Error(`The server could not write the backup: ${answer.error}`)
    return answer.rows as RowCounts
  } finally {
    rmSync(request, { force: true })
    rmSync(result, { force: true })
  }
}

async function serveRequests(dataDir: string, backup: (out: string) => Promise<RowCounts>) {
  for (const name of readdirSync(dataDir)) {
    if (!name.startsWith(prefix) || !name.endsWith('.request')) continue
    const taken = join(dataDir, `${name}.taken`)
    try {
      renameSync(join(dataDir, name), taken) // claimed once, even if two signals arrive together
    } catch {
      continue
    }
    const result = join(dataDir, name.replace(/\.request$/, '.result'))
    let answer: z.infer<typeof ResultSchema>
    try {
      const { out } = z.strictObject({ out: z.string().startsWith('/') }).parse(JSON.parse(readFileSync(taken, 'utf8')))
      const started = Date.now()
      const rows = await backup(out)
      log.info({ event: 'backup_written', rows, ms: Date.now() - started }, 'backup written on request')
      answer = { ok: true, rows }
    } catch (error) {
      log.error({ event: 'backup_failed', err: String(error) }, 'backup on request failed')
      answer = { ok: false, error: error instanceof Error ? error.message : String(error) }
    }
    rmSync(taken, { force: true })
    writeFileSync(`${result}.tmp`, JSON.stringify(answer), { mode: 0o600 })
    renameSync(`${result}.tmp`, result)
  }
}

const servingKey = Symbol.for('howtowhy.backupRequests')

/** In the server: answer backup requests for dataDir on SIGUSR2 (installed once per process). */
export function serveBackupRequests(dataDir: string, backup: (out: string) => Promise<RowCounts>): void {
  const store = globalThis as typeof globalThis & { [servingKey]?: boolean }
  if (store[servingKey]) return
  store[servingKey] = true
  let running: Promise<void> = Promise.resolve()
  process.on('SIGUSR2', () => {
    running = running.then(() => serveRequests(dataDir, backup))
  })
}

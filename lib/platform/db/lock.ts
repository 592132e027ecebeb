import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { join } from 'node:path'

// PGlite takes no lock on its directory: two processes can open it and silently diverge. Like PostgreSQL's own
// postmaster.pid, a lock file inside the data directory names the process that has it open. A lock whose process
// is gone (kill -9, power cut) is stale and is taken over.

export const lockFileName = 'howtowhy.lock'

type LockRecord = { pid: number; startTime: string | null; acquiredAt: string }

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${holderPid}. Stop that process first, or set DATA_DIR to another directory.`,
    )
  }
}

export type DataDirLock = { readonly dataDir: string; readonly path: string; release(): void }

// Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. A pid with a different start
// time is a new process that reused the number (common in containers, where the app is often pid 1 or 7 again).
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (fields[0] === 'Z' || fields[0] === 'X') return 'dead'
    return fields[19] ?? null
  } catch {
    return null
  }
}

function isAlive(record: LockRecord): boolean {
  if (record.pid === process.pid) return false // our own leftover: nobody else can have this pid now
  try {
    process.kill(record.pid, 0)
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  const startTime = processStartTime(record.pid)
  if (startTime === 'dead') return false
  return record.startTime === null || startTime === null || startTime === record.startTime
}

function parseRecord(text: string): LockRecord | null {
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed && Number.isInteger(parsed.pid)) {
      return parsed as LockRecord
    }
  } catch {
    // unreadable or half-written: treated as stale below once the writer has had time to finish
  }
  return null
}

function tryCreate(path: string, record: LockRecord): boolean {
  let fd: number
  try {
    fd = openSync(path, 'wx') // O_CREAT | O_EXCL: exactly one process wins
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, JSON.stringify(record))
  } finally {
    closeSync(fd)
  }
  return true
}

function removeStale(path: string, seen: string) {
  // Move the stale file aside atomically, so two processes recovering the same stale lock cannot both win.
  const aside = `${path}.stale-${process.pid}`
  try {
    renameSync(path, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  // A live lock created in between is put back; link() never overwrites a lock taken meanwhile.
  if (readFileSync(aside, 'utf8') !== seen) {
    try {
      linkSync(aside, path)
    } catch {
      // another process holds a newer lock at path: keep it
    }
  }
  unlinkSync(aside)
}

// Locks this process holds, shared across copies of this module (Next bundles it more than once).
const heldKey = Symbol.for('howtowhy.dataDirLocks')
const held: Set<string> = ((globalThis as Record<symbol, unknown>)[heldKey] as Set<string> | undefined) ?? new Set()
;(globalThis as Record<symbol, unknown>)[heldKey] = held

/** Takes the lock on dataDir (creating the directory) or throws DataDirLockedError naming the live holder. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, lockFileName)
  // Two PGlite instances in one process diverge just like two processes do.
  if (held.has(path)) throw new DataDirLockedError(dataDir, process.pid)
  const record: LockRecord = {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    acquiredAt: new Date().toISOString(),
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    if (tryCreate(path, record)) return createHandle(dataDir, path)
    let seen: string
    try {
      seen = readFileSync(path, 'utf8')
    } catch {
      continue // removed between our create and read: try again
    }
    const holder = parseRecord(seen)
    if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, holder.pid)
    if (!holder && attempt < 5) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20) // give a concurrent writer 20 ms
      continue
    }
    removeStale(path, seen)
  }
  throw new Error(`Could not take the lock ${path}; remove it if no process is using ${dataDir}.`)
}

function createHandle(dataDir: string, path: string): DataDirLock {
  held.add(path)
  let holding = true
  const release = () => {
    if (!holding) return
    holding = false
    held.delete(path)
    process.off('exit', release)
    // Only remove the file if it is still ours (a stale-lock recovery elsewhere may have replaced it).
    try {
      if (parseRecord(readFileSync(path, 'utf8'))?.pid === process.pid) unlinkSync(path)
    } catch {
      // already gone
    }
  }
  // 'exit' runs on process.exit() and after SIGINT/SIGTERM handlers that exit (Next's do); synchronous by design.
  process.on('exit', release)
  return { dataDir, path, release }
}

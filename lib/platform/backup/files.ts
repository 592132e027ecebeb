import { once } from 'node:events'
import {
  closeSync,
  createReadStream,
  createWriteStream,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { dirname } from 'node:path'
import { createInterface } from 'node:readline'
import { finished } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'
import type { LineSink } from './dump'
import { BackupFileError, type BackupHeader, type Line, parseLine } from './dump-format'

// Backup files on disk: gzip, written beside the target and renamed into place only once complete and flushed,
// so a crash mid-backup never leaves a file that looks like a backup. Owner-only permissions: it holds answers.

function fsyncPath(path: string) {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

export async function writeBackupFile<T>(path: string, produce: (write: LineSink) => Promise<T>): Promise<T> {
  mkdirSync(dirname(path), { recursive: true })
  const partial = `${path}.partial-${process.pid}`
  const file = createWriteStream(partial, { mode: 0o600 })
  const gzip = createGzip()
  gzip.pipe(file)
  try {
    const result = await produce(async (line) => {
      if (!gzip.write(line)) await once(gzip, 'drain')
    })
    gzip.end()
    await finished(file)
    fsyncPath(partial)
    renameSync(partial, path)
    fsyncPath(dirname(path))
    return result
  } catch (error) {
    gzip.destroy()
    file.destroy()
    rmSync(partial, { force: true })
    throw error
  }
}

/** The file's records in order. Throws BackupFileError for a file that is not a backup or is damaged. */
export async function* readBackupFile(path: string): AsyncGenerator<Line> {
  const gunzip = createGunzip()
  const input = createReadStream(path).pipe(gunzip)
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  let number = 0
  try {
    for await (const text of lines) {
      number += 1
      if (text === '') continue
      yield parseLine(text, number)
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error
    throw new BackupFileError(`${path} is not a readable backup (${(error as Error).message}).`)
  } finally {
    lines.close()
    input.destroy()
  }
}

/** The header, and the records after it. */
export async function openBackupFile(path: string): Promise<{ header: BackupHeader; rest: AsyncGenerator<Line> }> {
  const records = readBackupFile(path)
  const first = await records.next()
  if (first.done || first.value.kind !== 'header') {
    await records.return(undefined)
    throw new BackupFileError(`${path} does not start with a backup header.`)
  }
  return { header: first.value.header, rest: records }
}

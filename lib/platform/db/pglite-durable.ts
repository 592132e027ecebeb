import { fsyncSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { NodeFS } from '@electric-sql/pglite/nodefs'

// Out of the box PGlite acknowledges a commit before it is on disk: it starts PostgreSQL with fsync off ("-F"),
// and the Node filesystem it runs on (Emscripten's NODEFS) makes fsync() and fdatasync() no-ops. A kill -9 loses
// nothing (the operating system still has the writes), but an OS crash or power cut can lose acknowledged plans.
//
// Made durable here with two changes: NODEFS gets a real fsync (fsync(2) on the file's host descriptor), and
// PostgreSQL runs with fsync on and wal_sync_method=fsync (fdatasync is a no-op in this build and cannot be
// replaced). Every commit then waits for its WAL to reach the disk, and checkpoints flush the data files before
// the WAL they replace is recycled — PostgreSQL's own guarantee. Measured in `npm run bench`.

type EmscriptenStream = { nfd?: number }
type EmscriptenModule = {
  NODEFS: { stream_ops: { fsync?: (stream: EmscriptenStream) => number } }
  FS: { ErrnoError: new (errno: number) => Error }
}

// Emscripten's errno for EIO. PostgreSQL treats a failed fsync as fatal (PANIC), as it must.
const EIO = 29

class SyncedNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts)
    const installFsync = (mod: EmscriptenModule) => {
      // stream_ops is one object shared by every NODEFS file, so this reaches all of them.
      mod.NODEFS.stream_ops.fsync = (stream) => {
        if (stream.nfd === undefined) return 0
        try {
          fsyncSync(stream.nfd)
        } catch {
          throw new mod.FS.ErrnoError(EIO)
        }
        return 0
      }
    }
    const preRun = [result.emscriptenOpts.preRun ?? []].flat()
    return { emscriptenOpts: { ...result.emscriptenOpts, preRun: [...preRun, installFsync as never] } }
  }
}

/** PGlite's own start parameters without "-F" (fsync off), syncing the WAL with the fsync we provide. */
export const durableStartParams = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'wal_sync_method=fsync',
]

// PostgreSQL's type id of bytea.
const BYTEA = 17

/**
 * bytea to and from PostgreSQL's hex text form with Node's native hex codec. PGlite's own converts one byte at a time
 * in JavaScript (a string per byte): for a stored plan's ~15 kB payload that was ~10 % of the server's CPU during
 * submissions (CPU profile, docs/benchmarks.md), and as much again on every read of a plan.
 */
export const byteaCodec = {
  serializers: {
    [BYTEA]: (value: unknown): string => {
      if (!(value instanceof Uint8Array)) throw new Error('Invalid input for bytea type')
      return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`
    },
  },
  parsers: {
    // A plain Uint8Array, as PGlite's own parser returns (not a Buffer sharing a pooled ArrayBuffer).
    [BYTEA]: (text: string): Uint8Array => new Uint8Array(Buffer.from(text.slice(2), 'hex')),
  },
}

/** Opens PGlite on dataDir; with `fsync`, a commit returns only once it is on disk. */
export function openPGlite(dataDir: string, { fsync }: { fsync: boolean }): PGlite {
  if (!fsync) return new PGlite({ dataDir, ...byteaCodec })
  return new PGlite({ fs: new SyncedNodeFS(dataDir), startParams: durableStartParams, ...byteaCodec })
}

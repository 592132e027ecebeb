import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm'
import { PrismaPGlite } from 'pglite-prisma-adapter'

// Prisma's migrations without Prisma's native schema engine, which the CLI downloads from a host that firewalled
// machines cannot reach. The same engine, compiled to WebAssembly and published on npm, runs the same migration
// files through the app's own driver adapters and keeps Prisma's `_prisma_migrations` bookkeeping.

const prismaDir = fileURLToPath(new URL('../../../prisma/', import.meta.url))
export const defaultPaths = {
  schema: join(prismaDir, 'schema.prisma'),
  migrations: join(prismaDir, 'migrations'),
}
export type MigrationPaths = typeof defaultPaths

/** Where to migrate: an open PGlite (the caller holds its directory lock) or a PostgreSQL URL. */
export type MigrationTarget = { pglite: PGlite } | { url: string }

const noFilters = { externalTables: [], externalEnums: [] }

let engineClass: Promise<typeof SchemaEngine> | undefined

// The package's entry imports the .wasm as an ES module, which Node 20 cannot do; instantiate it by hand.
function loadEngineClass(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    const bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg')
    const entry = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm')
    const bytes = await readFile(join(dirname(entry), 'schema_engine_bg.wasm'))
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings })
    bindings.__wbg_set_wasm(instance.exports)
    ;(instance.exports.__wbindgen_start as () => void)()
    return bindings.SchemaEngine
  })()
  return engineClass
}

// Both adapters mishandle multi-statement scripts: adapter-pg splits on every ";" (wrong inside strings and
// function bodies) and the PGlite adapter does not await exec(), so a failing migration would be recorded as
// applied. Send each script whole — one simple query, which PostgreSQL runs as one implicit transaction — and
// report a database error in the adapter's format, so the engine's message quotes PostgreSQL's.
type ScriptRunner = (script: string) => Promise<unknown>

function asAdapterError(error: unknown): unknown {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return error
  const field = (name: string) => {
    const value = (error as unknown as Record<string, unknown>)[name]
    return typeof value === 'string' ? value : undefined
  }
  return new DriverAdapterError({
    kind: 'postgres',
    code: error.code,
    severity: field('severity') ?? 'ERROR',
    message: error.message,
    detail: field('detail'),
    column: field('column'),
    hint: field('hint'),
  })
}

function withWholeScripts(adapter: SqlDriverAdapter, run: ScriptRunner): SqlDriverAdapter {
  adapter.executeScript = async (script) => {
    try {
      await run(script)
    } catch (error) {
      throw asAdapterError(error)
    }
  }
  return adapter
}

// The shadow database (used only to author migrations) is a fresh in-memory PGlite, closed with its adapter.
async function pgliteShadow(): Promise<SqlDriverAdapter> {
  const shadow = new PGlite()
  const adapter = await connectPGlite(shadow)
  const dispose = adapter.dispose.bind(adapter)
  adapter.dispose = async () => {
    await dispose()
    await shadow.close()
  }
  return adapter
}

function connectPGlite(pglite: PGlite): Promise<SqlDriverAdapter> {
  return new PrismaPGlite(pglite)
    .connect()
    .then((adapter) => withWholeScripts(adapter, (script) => pglite.exec(script)))
}

type Shadow = () => Promise<SqlDriverAdapter>

type BoundFactory = { factory: SqlMigrationAwareDriverAdapterFactory; dispose(): Promise<void> }

function factoryFor(target: MigrationTarget, shadow: Shadow): BoundFactory {
  const connected: SqlDriverAdapter[] = []
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    connected.push(await adapter)
    return connected[connected.length - 1] as SqlDriverAdapter
  }
  // The engine does not close what it connected, and an open pg pool keeps the process alive.
  const dispose = async () => {
    await Promise.allSettled(connected.map((adapter) => adapter.dispose()))
  }
  if ('pglite' in target) {
    const pglite = new PrismaPGlite(target.pglite)
    const factory: SqlMigrationAwareDriverAdapterFactory = {
      provider: pglite.provider,
      adapterName: pglite.adapterName,
      connect: () => track(connectPGlite(target.pglite)),
      connectToShadowDb: () => track(shadow()),
    }
    return { factory, dispose }
  }
  // One connection: the engine serialises deploys with a session-level advisory lock, and a pool would take the
  // lock on one connection and release it on another, so it would never be released (later deploys wait 10 s
  // and fail with "timed out").
  const pgFactory = new PrismaPg({ connectionString: target.url, max: 1 })
  const connect = async () => {
    const adapter = await pgFactory.connect()
    return withWholeScripts(adapter, (script) => adapter.underlyingDriver().query(script))
  }
  // adapter-pg's own shadow database reconnects to the main database when given a URL (so a drift check could
  // touch real data); author migrations on PGlite instead.
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: pgFactory.provider,
    adapterName: pgFactory.adapterName,
    connect: () => track(connect()),
    connectToShadowDb: () => track(shadow()),
  }
  return { factory, dispose }
}

/** The migration directories on disk, in the shape the engine expects. */
export function readMigrations(dir: string): MigrationList {
  const lockPath = join(dir, 'migration_lock.toml')
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : []
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => {
      const file = join(dir, name, 'migration.sql')
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      }
    }),
  }
}

async function withEngine<T>(
  target: MigrationTarget,
  schemaPath: string,
  use: (engine: SchemaEngine, schema: string) => Promise<T>,
  shadow: Shadow = pgliteShadow,
): Promise<T> {
  const Engine = await loadEngineClass()
  const schema = readFileSync(schemaPath, 'utf8')
  const { factory, dispose } = factoryFor(target, shadow)
  const engine = await Engine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  )
  try {
    return await use(engine, schema)
  } finally {
    engine.free()
    await dispose()
  }
}

/** `prisma migrate deploy`: applies pending migrations; returns the names it applied (empty when up to date). */
export async function deployMigrations(target: MigrationTarget, paths: MigrationPaths = defaultPaths) {
  return withEngine(target, paths.schema, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrations(paths.migrations),
      filters: noFilters,
    })
    return appliedMigrationNames
  })
}

export const lockfileContent =
  '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n'

/** Migration folder name in Prisma's format: UTC timestamp, then the name in snake_case. */
export function migrationDirName(name: string, now: Date): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  if (slug === '') throw new Error('A migration needs a name made of letters or digits, e.g. add_plan_title')
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  return `${stamp}_${slug}`
}

/**
 * `prisma migrate dev --create-only`: diffs the existing migrations (replayed on a throwaway in-memory PGlite) against
 * prisma/schema.prisma and writes the difference as a new migration. Returns null when the schema has no changes.
 */
export async function createMigration(name: string, paths: MigrationPaths = defaultPaths, now = new Date()) {
  const dirName = migrationDirName(name, now)
  const pglite = new PGlite()
  try {
    const script = await withEngine(
      { pglite },
      paths.schema,
      async (engine, schema) => {
        const history = readMigrations(paths.migrations)
        const result = await engine.diff({
          // The engine needs migration_lock.toml to read a history; the first migration starts from nothing.
          from: history.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...history },
          to: { tag: 'schemaDatamodel', files: [{ path: paths.schema, content: schema }] },
          script: true,
          exitCode: true,
          filters: noFilters,
        })
        // exitCode 2 means "non-empty diff" (the CLI's --exit-code convention).
        return result.exitCode === 2 ? (result.stdout ?? '') : null
        // The throwaway database doubles as the shadow the history is replayed on: one PGlite start instead of two.
      },
      () => connectPGlite(pglite),
    )
    if (script === null) return null
    mkdirSync(join(paths.migrations, dirName), { recursive: true })
    writeFileSync(join(paths.migrations, dirName, 'migration.sql'), script)
    writeFileSync(join(paths.migrations, 'migration_lock.toml'), lockfileContent)
    return dirName
  } finally {
    await pglite.close()
  }
}

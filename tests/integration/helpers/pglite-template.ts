import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { lockFileName } from '@/lib/platform/db/lock'
import { defaultPaths, deployMigrations } from '@/lib/platform/db/migrate'

// A new PGlite directory costs ~3 s (initdb); copying a migrated one and opening the copy costs ~0.5 s. The
// template is built once per migration history and PGlite version, and reused across runs (STYLE.md rule 11).

function templateKey(): string {
  const hash = createHash('sha256')
  // A PGlite upgrade may change the on-disk format. (Its package.json is not exported, so read it by path.)
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite')
  hash.update(readFileSync(join(dirname(pgliteEntry), '..', 'package.json')))
  for (const name of readdirSync(defaultPaths.migrations).sort()) {
    const file = join(defaultPaths.migrations, name, 'migration.sql')
    hash.update(name)
    if (existsSync(file)) hash.update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

async function ensureTemplate(migrated: boolean): Promise<string> {
  const template = join(tmpdir(), `howtowhy-pglite-${migrated ? 'migrated' : 'empty'}-${templateKey()}`)
  if (existsSync(join(template, 'PG_VERSION'))) return template
  // Built aside and renamed into place, so concurrent test workers never copy a half-built template.
  const building = mkdtempSync(`${template}.building-`)
  const pglite = new PGlite(building)
  await pglite.waitReady
  if (migrated) await deployMigrations({ pglite })
  await pglite.close()
  try {
    renameSync(building, template)
  } catch {
    rmSync(building, { recursive: true, force: true }) // another worker finished first
  }
  return template
}

/** A fresh, migrated, empty PGlite data directory of the test's own. Remove it with removeDataDir. */
export function migratedDataDir(): Promise<string> {
  return copyOf(true)
}

/** A fresh PGlite data directory with no tables at all. */
export function emptyDataDir(): Promise<string> {
  return copyOf(false)
}

async function copyOf(migrated: boolean): Promise<string> {
  const template = await ensureTemplate(migrated)
  const dir = mkdtempSync(join(tmpdir(), 'howtowhy-test-db-'))
  cpSync(template, dir, { recursive: true, filter: (source) => !source.endsWith(lockFileName) })
  return dir
}

export function removeDataDir(dir: string) {
  rmSync(dir, { recursive: true, force: true })
}

import { cpSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { defaultPaths } from '@/lib/platform/db/migrate'

/**
 * A copy of the migration history as it stood just before `migration` (every migration named earlier, and the lock
 * file), in a new temporary directory: deploy it, write rows in the old shape, then deploy the real history and see
 * what the migration made of them. The caller removes the directory.
 */
export function historyBefore(migration: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'howtowhy-migrations-before-'))
  cpSync(defaultPaths.migrations, dir, {
    recursive: true,
    filter: (source) => {
      const name = relative(defaultPaths.migrations, source).split(sep)[0] ?? ''
      return name === '' || !/^\d{14}_/.test(name) || name < migration
    },
  })
  if (readdirSync(dir).some((name) => /^\d{14}_/.test(name) && name >= migration))
    throw new Error(`the copy of the history before ${migration} holds it or a later one`)
  return dir
}

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, describe, expect, it } from 'vitest'
import { findReleaseByNumber, listReleases } from '@/lib/knowledge/store/content-release-repo'
import { closeDb, openDb } from '@/lib/platform/db'
import { defaultPaths, deployMigrations } from '@/lib/platform/db/migrate'
import { historyBefore } from './helpers/history-before'

// Releases published before release numbers existed were shown by their id, which skipped (1 → 6 → 7). After the
// migration they are numbered 1, 2, 3 in the order they were published, rollbacks still name what they restored,
// and the number is as immutable as the rest of a release.

const NUMBERS = '20261206213707_release_numbers'
const scratch: string[] = []
afterAll(async () => {
  await closeDb()
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

describe('the release-numbers migration', () => {
  it('numbers existing releases 1, 2, 3 in publishing order, whatever their ids', { timeout: 150_000 }, async () => {
    const before = historyBefore(NUMBERS)
    scratch.push(before)
    const dataDir = mkdtempSync(join(tmpdir(), 'howtowhy-migrate-data-'))
    scratch.push(dataDir)
    const pglite = new PGlite(dataDir)
    await pglite.waitReady
    await deployMigrations({ pglite }, { schema: defaultPaths.schema, migrations: before })
    await pglite.exec(`
      INSERT INTO content_releases (id, version, bundle_version, data, source, note, created_at) VALUES
        (1, 'v-bundle', 'v-bundle', '{}', 'bundle', 'Bundled content/', '2026-12-01 10:00:00'),
        (6, 'v-edit', NULL, '{}', 'editor', 'Weights for discovery', '2026-12-02 10:00:00');
      INSERT INTO content_releases (id, version, data, source, note, rollback_of_id, created_at) VALUES
        (7, 'v-bundle', '{}', 'rollback', 'Back to the bundle', 1, '2026-12-03 10:00:00');`)
    expect(await deployMigrations({ pglite })).toContain(NUMBERS)
    await expect(pglite.exec('UPDATE content_releases SET number = 9 WHERE id = 6')).rejects.toThrow(/immutable/)
    await pglite.close()

    openDb({ databaseUrl: undefined, dataDir })
    const releases = await listReleases()
    expect(releases.map((r) => [r.number, r.note, r.rollbackOfNumber])).toEqual([
      [3, 'Back to the bundle', 1],
      [2, 'Weights for discovery', null],
      [1, 'Bundled content/', null],
    ])
    expect((await findReleaseByNumber(2))?.version).toBe('v-edit')
    expect(await findReleaseByNumber(6)).toBeNull()
  })
})

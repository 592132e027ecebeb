import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, describe, expect, it } from 'vitest'
import { findPlanByOwnerToken, findPlanByShareToken } from '@/lib/plans/store/plan-repo'
import { closeDb, openDb } from '@/lib/platform/db'
import { defaultPaths, deployMigrations } from '@/lib/platform/db/migrate'
import { packPayload } from '@/lib/platform/db/payload'
import { newToken, tokenHash } from '@/lib/platform/security/tokens'
import { historyBefore } from './helpers/history-before'

// Plans stored before plan families keep working after the migration: each becomes the first plan of a family of its
// own, behind the same owner and share links.

const FAMILIES = '20261201204913_living_plans'
const scratch: string[] = []
afterAll(async () => {
  await closeDb()
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

describe('the plan-families migration', () => {
  // Two PGlite directories and two schema-engine runs: seconds on a quiet machine, far more on a busy one.
  it('moves each existing plan into a family of its own, links and all', { timeout: 150_000 }, async () => {
    const before = historyBefore(FAMILIES)
    scratch.push(before)
    const dataDir = mkdtempSync(join(tmpdir(), 'howtowhy-migrate-data-'))
    scratch.push(dataDir)
    const pglite = new PGlite(dataDir)
    await pglite.waitReady
    await deployMigrations({ pglite }, { schema: defaultPaths.schema, migrations: before })

    const owner = newToken()
    const share = newToken()
    const payload = await packPayload({ answers: { a: 1 }, result: { r: 1 }, plan: { p: 1 } })
    await pglite.query(
      `INSERT INTO plans (id, owner_token_hash, share_token_hash, content_version, payload, created_at)
       VALUES ('11111111-1111-4111-8111-111111111111', $1, $2, 'v-old', $3, '2026-11-20 10:00:00')`,
      [tokenHash(owner), tokenHash(share), payload],
    )
    expect(await deployMigrations({ pglite })).toContain(FAMILIES)
    await pglite.close()

    openDb({ databaseUrl: undefined, dataDir })
    const mine = await findPlanByOwnerToken(owner)
    expect(mine).toMatchObject({
      id: '11111111-1111-4111-8111-111111111111',
      familyId: '11111111-1111-4111-8111-111111111111',
      sequence: 1,
      planCount: 1,
      startsOn: '2026-11-20',
      contentVersion: 'v-old',
      result: { r: 1 },
      isShared: true,
    })
    expect((await findPlanByShareToken(share))?.plan).toEqual({ p: 1 })
  })
})

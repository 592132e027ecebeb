import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { validateAnswers } from '@/lib/engine/content/answers'
import { assess } from '@/lib/engine/scoring/assess'
import { contentVersion, loadContent } from '@/lib/knowledge/load'
import { createPlan, findPlanByOwnerToken } from '@/lib/plans/store/plan-repo'
import { closeDb, getDb, openDb } from '@/lib/platform/db'
import { createDraft, findDraftByToken } from '@/lib/questionnaire/answer-draft-repo'
import { backendAnswers } from '../e2e/journey-helpers'
import { type AppServer, ensureBuild, freePort, startApp } from './helpers/app-server'
import { killAll } from './helpers/child'
import { migratedDataDir, removeDataDir } from './helpers/pglite-template'

// The server sweeps by itself, shortly after it starts: a database left with an abandoned questionnaire and an
// unclaimed plan is cleaned without anyone asking, and what is still in use stays.

const dirs: string[] = []
let app: AppServer | undefined
afterEach(async () => {
  await app?.stop()
  await killAll()
})
afterAll(() => {
  for (const dir of dirs) removeDataDir(dir)
})

describe('retention', () => {
  it('the server deletes idle drafts and unclaimed plans soon after it starts', async () => {
    await ensureBuild()
    const dataDir = await migratedDataDir()
    dirs.push(dataDir)
    openDb({ databaseUrl: undefined, dataDir })
    const idle = await createDraft()
    const fresh = await createDraft()
    await getDb().$executeRaw`UPDATE drafts SET updated_at = now() - interval '31 days' WHERE id = ${idle.id}::uuid`
    const content = loadContent()
    const answers = validateAnswers(content, backendAnswers)
    if (!answers.ok) throw new Error('the sample answers are not valid')
    const sample = {
      contentVersion: contentVersion(content),
      answers: answers.answers,
      ...assess(content, answers.answers),
    }
    const unclaimed = await createPlan(sample, { expiresUnlessOpenedAt: new Date(Date.now() - 60_000) })
    const kept = await createPlan(sample)
    await closeDb()

    app = await startApp({ DATA_DIR: dataDir, DATABASE_URL: '' }, await freePort())
    // The first sweep runs 3 s after start-up; give it room on a slow machine.
    const deadline = Date.now() + 60_000
    let swept = false
    while (!swept && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      swept = (await fetch(`${app.origin}/api/plans/${unclaimed.shareToken}`)).status === 404
    }
    expect(swept).toBe(true)
    await app.stop()

    openDb({ databaseUrl: undefined, dataDir })
    try {
      expect(await findDraftByToken(idle.token)).toBeNull()
      expect(await findDraftByToken(fresh.token)).not.toBeNull()
      expect(await findPlanByOwnerToken(unclaimed.ownerToken)).toBeNull()
      expect(await findPlanByOwnerToken(kept.ownerToken)).not.toBeNull()
    } finally {
      await closeDb()
    }
  }, 300_000)
})

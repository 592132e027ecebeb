import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { validateAnswers } from '@/lib/engine/content/answers'
import { assess } from '@/lib/engine/scoring/assess'
import { loadContent } from '@/lib/knowledge/load'
import { REFERENCE_PERSONAS } from '@/lib/knowledge/reference-personas'
import {
  findContentRelease,
  findLatestContentRelease,
  findLatestReleaseId,
  seedContentRelease,
} from '@/lib/knowledge/store/content-release-repo'
import {
  createPlan,
  deletePlan,
  findPlanByOwnerToken,
  findPlanByShareToken,
  revokeShareToken,
  rotateShareToken,
} from '@/lib/plans/store/plan-repo'
import { renderMarkdown } from '@/lib/plans/views/render-markdown'
import { parseStoredPlan } from '@/lib/plans/views/stored-plan'
import { getBackend, getDb } from '@/lib/platform/db'
import { createRateLimiter } from '@/lib/platform/rate-limit/limiter'
import { limiterStore } from '@/lib/platform/rate-limit/store'
import { newToken } from '@/lib/platform/security/tokens'
import {
  createDraft,
  deleteDraft,
  findDraftByToken,
  replaceDraftAnswers,
  saveDraftAnswers,
} from '@/lib/questionnaire/answer-draft-repo'

// The same behaviour on both backends: run once on PGlite and once on PostgreSQL 15.

const samplePlan = () => ({
  contentVersion: 'c0ffee123456',
  answers: { 'years-experience': 6, 'pm-exposure': ['specs', 'user-interviews'], motivation: 'customer-impact' },
  result: { readiness: 0.62, gaps: [{ skill: 'customer-discovery', why: 'No interviews yet — “first-hand”' }] },
  plan: { weeks: [{ week: 1, actions: [{ id: 'shadow-pm', hours: 3, doneWhen: 'notes shared' }] }] },
})

export function describeRepositories() {
  describe('plans', () => {
    it('stores a plan and gives it back unchanged through the owner link', async () => {
      const input = samplePlan()
      const { id, familyId, ownerToken, shareToken } = await createPlan({ ...input, startsOn: '2026-11-30' })
      expect(ownerToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(shareToken).not.toBe(ownerToken)
      const stored = await findPlanByOwnerToken(ownerToken)
      expect(stored).toEqual({
        id,
        familyId,
        sequence: 1,
        planCount: 1,
        ...input,
        startsOn: '2026-11-30',
        createdAt: expect.any(Date),
        isShared: true,
        shareToken,
      })
    })

    it('gives the owner the live share link back, and nothing once it is turned off', async () => {
      const { ownerToken, shareToken } = await createPlan(samplePlan())
      const rotated = await rotateShareToken(ownerToken)
      expect(rotated).not.toBe(shareToken)
      expect((await findPlanByOwnerToken(ownerToken))?.shareToken).toBe(rotated)
      await revokeShareToken(ownerToken)
      const afterRevoke = await findPlanByOwnerToken(ownerToken)
      expect(afterRevoke?.shareToken).toBeNull()
      expect(afterRevoke?.isShared).toBe(false)
    })

    it('keeps only hashes of the links in the database', async () => {
      const { familyId, ownerToken, shareToken } = await createPlan(samplePlan())
      const row = await getDb().planFamily.findUniqueOrThrow({ where: { id: familyId } })
      const sha = (token: string) => createHash('sha256').update(token).digest('hex')
      expect(row.ownerTokenHash).toBe(sha(ownerToken))
      expect(row.shareTokenHash).toBe(sha(shareToken))
      expect(JSON.stringify(row)).not.toContain(ownerToken)
      expect(JSON.stringify(row)).not.toContain(shareToken)
    })

    it('shows the shared view without answers or link state', async () => {
      const input = samplePlan()
      const { id, ownerToken, shareToken } = await createPlan(input)
      const shared = await findPlanByShareToken(shareToken)
      expect(shared).toEqual({
        id,
        startsOn: expect.any(String),
        contentVersion: input.contentVersion,
        result: input.result,
        plan: input.plan,
        createdAt: expect.any(Date),
      })
      // The two links are not interchangeable.
      expect(await findPlanByShareToken(ownerToken)).toBeNull()
      expect(await findPlanByOwnerToken(shareToken)).toBeNull()
    })

    it('answers null for unknown and malformed tokens', async () => {
      await createPlan(samplePlan())
      for (const token of [newToken(), '', 'short', `${newToken()}x`, "' OR 1=1 --"]) {
        expect(await findPlanByOwnerToken(token)).toBeNull()
        expect(await findPlanByShareToken(token)).toBeNull()
        expect(await rotateShareToken(token)).toBeNull()
        expect(await revokeShareToken(token)).toBe(false)
        expect(await deletePlan(token)).toBeNull()
      }
    })

    it('rotating the share link kills the old one and leaves the owner link alone', async () => {
      const { ownerToken, shareToken } = await createPlan(samplePlan())
      const rotated = await rotateShareToken(ownerToken)
      expect(rotated).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(await findPlanByShareToken(shareToken)).toBeNull()
      expect(await findPlanByShareToken(rotated ?? '')).not.toBeNull()
      expect(await findPlanByOwnerToken(ownerToken)).not.toBeNull()
    })

    it('revoking the share link turns it off until the owner issues a new one', async () => {
      const { ownerToken, shareToken } = await createPlan(samplePlan())
      expect(await revokeShareToken(ownerToken)).toBe(true)
      expect(await findPlanByShareToken(shareToken)).toBeNull()
      expect((await findPlanByOwnerToken(ownerToken))?.isShared).toBe(false)
      const fresh = await rotateShareToken(ownerToken)
      expect(await findPlanByShareToken(fresh ?? '')).not.toBeNull()
      expect((await findPlanByOwnerToken(ownerToken))?.isShared).toBe(true)
    })

    it('deleting leaves no row, kills both links, and touches no other plan', async () => {
      const other = await createPlan(samplePlan())
      const { id, ownerToken, shareToken } = await createPlan(samplePlan())
      expect(await deletePlan(ownerToken)).toEqual({ plans: 1, drafts: 0 })
      expect(await getDb().plan.count({ where: { id } })).toBe(0)
      expect(await findPlanByOwnerToken(ownerToken)).toBeNull()
      expect(await findPlanByShareToken(shareToken)).toBeNull()
      expect(await deletePlan(ownerToken)).toBeNull()
      expect(await findPlanByOwnerToken(other.ownerToken)).not.toBeNull()
    })

    // Rendering is a pure function of the stored result and plan (lib/plans/views), so a plan that reads back equal
    // renders the same: checked here on every reference persona through both links, and by its Markdown export.
    it('every reference persona reads back exactly as assessed, through both links, and exports the same Markdown', async () => {
      const content = loadContent()
      for (const persona of REFERENCE_PERSONAS) {
        const validated = validateAnswers(content, persona.answers)
        if (!validated.ok) throw new Error(`${persona.id} does not validate`)
        const { result, plan } = assess(content, validated.answers)
        const stored = await createPlan({ answers: validated.answers, result, plan, contentVersion: 'v-personas' })
        const owner = await findPlanByOwnerToken(stored.ownerToken)
        const shared = await findPlanByShareToken(stored.shareToken)
        if (!owner || !shared) throw new Error(`${persona.id} was not stored`)
        const ownerView = parseStoredPlan(owner)
        expect(ownerView.result).toEqual(result)
        expect(ownerView.plan).toEqual(plan)
        expect(owner.answers).toEqual(validated.answers)
        expect(renderMarkdown(ownerView.result, ownerView.plan)).toBe(renderMarkdown(result, plan))
        expect(parseStoredPlan(shared).plan).toEqual(plan)
      }
    })

    it('reads a plan stored in the earlier gzip format', async () => {
      const input = samplePlan()
      const { id, ownerToken, shareToken } = await createPlan(input)
      const gzipped = new Uint8Array(
        gzipSync(JSON.stringify({ answers: input.answers, result: input.result, plan: input.plan })),
      )
      await getDb().plan.update({ where: { id }, data: { payload: gzipped } })
      const owner = await findPlanByOwnerToken(ownerToken)
      expect(owner && { answers: owner.answers, result: owner.result, plan: owner.plan }).toEqual({
        answers: input.answers,
        result: input.result,
        plan: input.plan,
      })
      expect((await findPlanByShareToken(shareToken))?.plan).toEqual(input.plan)
    })

    it('refuses values JSON cannot store instead of storing something else', async () => {
      await expect(createPlan({ ...samplePlan(), result: undefined })).rejects.toThrow(/result must be/)
      await expect(createPlan({ ...samplePlan(), plan: null })).rejects.toThrow(/plan must be/)
    })
  })

  describe('drafts', () => {
    it('starts empty and is found by its cookie token only', async () => {
      const { id, token } = await createDraft()
      expect(await findDraftByToken(token)).toEqual({
        id,
        answers: {},
        createdAt: expect.any(Date),
        updatedAt: expect.any(Date),
      })
      expect(await findDraftByToken(newToken())).toBeNull()
      expect(await findDraftByToken('not-a-token')).toBeNull()
    })

    it('saving a section keeps the answers of every other section', async () => {
      const { id, token } = await createDraft()
      await saveDraftAnswers(id, { 'years-experience': 4, role: 'backend' })
      await saveDraftAnswers(id, { 'pm-exposure': ['specs'] })
      const merged = await saveDraftAnswers(id, { role: 'platform' })
      const expected = { 'years-experience': 4, role: 'platform', 'pm-exposure': ['specs'] }
      expect(merged).toEqual(expected)
      expect((await findDraftByToken(token))?.answers).toEqual(expected)
    })

    it('keeps every answer when sections are saved at the same moment', async () => {
      const { id, token } = await createDraft()
      await Promise.all(Array.from({ length: 12 }, (_, i) => saveDraftAnswers(id, { [`q${i}`]: i })))
      const answers = (await findDraftByToken(token))?.answers as Record<string, number>
      expect(Object.keys(answers).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `q${i}`).sort())
    })

    it('a null answer removes that answer', async () => {
      const { id } = await createDraft()
      await saveDraftAnswers(id, { a: 'x', b: 'y' })
      expect(await saveDraftAnswers(id, { a: null })).toEqual({ b: 'y' })
    })

    it('replacing answers drops the old ones and moves updatedAt', async () => {
      const { id, token } = await createDraft()
      await saveDraftAnswers(id, { a: 'x' })
      const before = await findDraftByToken(token)
      await new Promise((resolve) => setTimeout(resolve, 5))
      expect(await replaceDraftAnswers(id, { b: 2 })).toBe(true)
      const after = await findDraftByToken(token)
      expect(after?.answers).toEqual({ b: 2 })
      expect(after?.updatedAt.getTime()).toBeGreaterThan(before?.updatedAt.getTime() ?? Infinity)
    })

    it('a deleted draft is gone for every operation', async () => {
      const { id, token } = await createDraft()
      expect(await deleteDraft(id)).toBe(true)
      expect(await findDraftByToken(token)).toBeNull()
      expect(await saveDraftAnswers(id, { a: 1 })).toBeNull()
      expect(await replaceDraftAnswers(id, { a: 1 })).toBe(false)
      expect(await deleteDraft(id)).toBe(false)
      expect(await saveDraftAnswers('not-a-uuid', { a: 1 })).toBeNull()
      expect(await deleteDraft('not-a-uuid')).toBe(false)
    })
  })

  describe('content releases', () => {
    it('seeding is idempotent: the first data for a version stays', async () => {
      const version = `v-${newToken().slice(0, 8)}`
      expect(await seedContentRelease(version, { skills: ['a'] })).toEqual({ created: true })
      expect(await seedContentRelease(version, { skills: ['changed'] })).toEqual({ created: false })
      expect(await findContentRelease(version)).toMatchObject({
        version,
        source: 'bundle',
        data: { skills: ['a'] },
        createdAt: expect.any(Date),
      })
      expect(await findContentRelease('no-such-version')).toBeNull()
    })

    it('concurrent seeds of one version store it once', async () => {
      const version = `v-${newToken().slice(0, 8)}`
      const results = await Promise.all(Array.from({ length: 5 }, () => seedContentRelease(version, { n: 1 })))
      expect(results.filter((r) => r.created)).toHaveLength(1)
      expect(await getDb().contentRelease.count({ where: { version } })).toBe(1)
    })

    it('a release cannot be changed or deleted once published', async () => {
      const version = `v-${newToken().slice(0, 8)}`
      await seedContentRelease(version, { n: 1 })
      await expect(getDb().contentRelease.updateMany({ where: { version }, data: { data: { n: 2 } } })).rejects.toThrow(
        /immutable/,
      )
      await expect(getDb().contentRelease.deleteMany({ where: { version } })).rejects.toThrow(/immutable/)
    })

    it('the latest release is the last one published', async () => {
      const first = `v-${newToken().slice(0, 8)}`
      const second = `v-${newToken().slice(0, 8)}`
      await seedContentRelease(first, { n: 1 })
      await seedContentRelease(second, { n: 2 })
      expect((await findLatestContentRelease())?.version).toBe(second)
      await seedContentRelease(first, { n: 1 }) // re-seeding an old version does not make it latest
      expect((await findLatestContentRelease())?.version).toBe(second)
      const latest = await findLatestContentRelease()
      expect(await findLatestReleaseId()).toBe(latest?.id)
    })
  })

  describe('rate limits', () => {
    // The embedded database's store writes the key into the SQL as a literal: a key holding quotes, backslashes,
    // comment and parameter markers must be counted as exactly itself, and never run as SQL.
    it('counts each key exactly, whatever characters it holds, and refuses past the limit', async () => {
      const limiter = createRateLimiter(
        {
          name: `t-${newToken()
            .slice(0, 6)
            .toLowerCase()
            .replace(/[^a-z0-9]/g, 'x')}`,
          points: 2,
          windowSeconds: 60,
        },
        limiterStore(getBackend()),
      )
      const hostile = `1.2.3.4'); DROP TABLE rate_limits; -- \\' $1 ''`
      expect(await limiter.consume(hostile)).toEqual({ allowed: true, remaining: 1 })
      expect(await limiter.consume(hostile)).toEqual({ allowed: true, remaining: 0 })
      const refused = await limiter.consume(hostile)
      expect(refused.allowed).toBe(false)
      expect(await limiter.consume('5.6.7.8')).toEqual({ allowed: true, remaining: 1 })
      const keys = await getDb().$queryRaw<{ key: string; points: number }[]>`
        SELECT key, points FROM rate_limits WHERE key LIKE ${'%1.2.3.4%'}`
      expect(keys.map((k) => k.key.slice(k.key.indexOf(':') + 1))).toContain(hostile)
      await limiter.reset(hostile)
      expect(await limiter.consume(hostile)).toEqual({ allowed: true, remaining: 1 })
    })
  })
}

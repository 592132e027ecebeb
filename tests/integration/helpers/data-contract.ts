import { describe, expect, it } from 'vitest'
import { getBackend, getDb } from '@/lib/db'
import { createDraft, findDraftByToken } from '@/lib/drafts/draft-repo'
import { createRateLimiter } from '@/lib/rate-limit/limiter'
import { limiterStore } from '@/lib/rate-limit/store'
import { sweepOnce } from '@/lib/retention/sweep'
import { claimPlan, createPlan, findPlanByOwnerToken, isShareTokenLive } from '@/lib/stored-plans/plan-repo'
import { newToken } from '@/lib/stored-plans/tokens'

// Rate limits, retention and claiming a plan, on whichever backend the calling file opened.

const samplePlan = () => ({ contentVersion: 'c0ffee123456', answers: { a: 1 }, result: { r: 1 }, plan: { p: 1 } })
const unique = () =>
  newToken()
    .slice(0, 10)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')
const limiter = (points: number, windowSeconds: number, name = `t-${unique()}`) =>
  createRateLimiter({ name, points, windowSeconds }, limiterStore(getBackend()))

export function describeDataLifecycle() {
  describe('rate limits', () => {
    it('lets exactly the allowed number through when 40 attempts arrive at once', async () => {
      const limit = limiter(25, 600)
      const decisions = await Promise.all(Array.from({ length: 40 }, () => limit.consume('198.51.100.1')))
      expect(decisions.filter((d) => d.allowed)).toHaveLength(25)
      const refused = decisions.filter((d) => !d.allowed)
      expect(refused).toHaveLength(15)
      for (const d of refused) expect(d.retryAfterSeconds).toBeGreaterThan(590)
      for (const d of refused) expect(d.retryAfterSeconds).toBeLessThanOrEqual(600)
    })

    it('keeps clients and limits apart, and forgets a client on reset', async () => {
      const name = `t-${unique()}`
      const one = limiter(2, 600, name)
      const other = limiter(2, 600)
      for (let i = 0; i < 2; i++) expect((await one.consume('a')).allowed).toBe(true)
      expect((await one.consume('a')).allowed).toBe(false)
      expect((await one.consume('b')).allowed).toBe(true)
      expect((await other.consume('a')).allowed).toBe(true)
      // A second limiter object with the same rule shares the counters (another instance, a restart).
      expect((await limiter(2, 600, name).consume('a')).allowed).toBe(false)
      await one.reset('a')
      expect((await one.consume('a')).allowed).toBe(true)
    })

    it('opens again when the window ends', async () => {
      const limit = limiter(1, 1)
      expect((await limit.consume('c')).allowed).toBe(true)
      expect(await limit.consume('c')).toEqual({ allowed: false, retryAfterSeconds: 1 })
      await new Promise((resolve) => setTimeout(resolve, 1100))
      expect((await limit.consume('c')).allowed).toBe(true)
    })

    it('a limit configured off allows everything', async () => {
      const off = createRateLimiter(null, limiterStore(getBackend()))
      for (let i = 0; i < 5; i++) expect((await off.consume('d')).allowed).toBe(true)
    })
  })

  describe('a plan built in the browser', () => {
    it('is claimed by its owner opening it; only then is it kept for good', async () => {
      const expiresAt = new Date(Date.now() + 3600_000)
      const { familyId, ownerToken } = await createPlan(samplePlan(), { expiresUnlessOpenedAt: expiresAt })
      const read = () => getDb().planFamily.findUniqueOrThrow({ where: { id: familyId }, select: { expiresAt: true } })
      expect((await read()).expiresAt).toEqual(expiresAt)
      await claimPlan(ownerToken)
      expect((await read()).expiresAt).toBeNull()
      await claimPlan('not-a-token') // harmless
    })
  })

  describe('retention sweep', () => {
    it('deletes idle drafts, unclaimed plans past their time and ended rate-limit windows — nothing else', async () => {
      const day = 24 * 3600_000
      const idle = await createDraft()
      const recent = await createDraft()
      await getDb().$executeRaw`UPDATE drafts SET updated_at = now() - interval '31 days' WHERE id = ${idle.id}::uuid`
      const unclaimed = await createPlan(samplePlan(), { expiresUnlessOpenedAt: new Date(Date.now() - 1000) })
      const waiting = await createPlan(samplePlan(), { expiresUnlessOpenedAt: new Date(Date.now() + day) })
      const claimed = await createPlan(samplePlan(), { expiresUnlessOpenedAt: new Date(Date.now() - 1000) })
      await claimPlan(claimed.ownerToken)
      const kept = await createPlan(samplePlan())
      const ended = limiter(5, 1)
      const running = limiter(5, 600)
      await ended.consume('e')
      await running.consume('e')
      await new Promise((resolve) => setTimeout(resolve, 1100))

      const removed = await sweepOnce()
      expect(removed.drafts).toBeGreaterThanOrEqual(1)
      expect(removed.plans).toBeGreaterThanOrEqual(1)
      expect(removed.rateLimits).toBeGreaterThanOrEqual(1)
      expect(await findDraftByToken(idle.token)).toBeNull()
      expect(await findDraftByToken(recent.token)).not.toBeNull()
      expect(await findPlanByOwnerToken(unclaimed.ownerToken)).toBeNull()
      expect(await isShareTokenLive(unclaimed.shareToken)).toBe(false)
      for (const plan of [waiting, claimed, kept]) expect(await findPlanByOwnerToken(plan.ownerToken)).not.toBeNull()
      // The running window still counts: one attempt used, four left.
      expect(await running.consume('e')).toEqual({ allowed: true, remaining: 3 })
      expect(await ended.consume('e')).toEqual({ allowed: true, remaining: 4 })
    })

    it('works through a backlog larger than one batch', async () => {
      const drafts = await Promise.all(Array.from({ length: 520 }, () => createDraft()))
      await getDb().$executeRaw`UPDATE drafts SET updated_at = now() - interval '40 days'
        WHERE id = ANY(${drafts.map((d) => d.id)}::uuid[])`
      expect((await sweepOnce()).drafts).toBeGreaterThanOrEqual(520)
      expect(await getDb().draft.count({ where: { id: { in: drafts.map((d) => d.id) } } })).toBe(0)
    })
  })
}

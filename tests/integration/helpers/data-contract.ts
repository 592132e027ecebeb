import { describe, expect, it, vi } from 'vitest'
import { forgetStoredPlanCount, roomForPlan } from '@/lib/plans/store/capacity'
import {
  claimPlan,
  createPlan,
  findPlanByOwnerToken,
  isShareTokenLive,
  ownerTokenExists,
} from '@/lib/plans/store/plan-repo'
import { getBackend, getDb } from '@/lib/platform/db'
import { log } from '@/lib/platform/log'
import { createRateLimiter } from '@/lib/platform/rate-limit/limiter'
import { limiterStore } from '@/lib/platform/rate-limit/store'
import { newToken } from '@/lib/platform/security/tokens'
import { createDraft, findDraftByToken } from '@/lib/questionnaire/answer-draft-repo'
import { sweepOnce } from '@/lib/server/retention/sweep'

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
      expect(await claimPlan(ownerToken)).toBe(true)
      expect((await read()).expiresAt).toBeNull()
      // Claiming again writes nothing; the link still leads to its plan.
      expect(await claimPlan(ownerToken)).toBe(false)
      expect(await ownerTokenExists(ownerToken)).toBe(true)
      expect(await claimPlan('not-a-token')).toBe(false) // harmless
      expect(await ownerTokenExists(newToken())).toBe(false)
    })
  })

  describe('the ceiling on stored plans', () => {
    it('refuses a plan once the table holds the maximum, counting plans stored since it last looked', async () => {
      forgetStoredPlanCount()
      // At least ten plans, so that one short of the ceiling is past 90 % of it.
      for (let n = await getDb().plan.count(); n < 10; n++) await createPlan(samplePlan())
      const stored = await getDb().plan.count()
      const now = Date.now()
      const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined)
      const error = vi.spyOn(log, 'error').mockImplementation(() => undefined)
      try {
        expect(await roomForPlan(stored + 2, now)).toEqual({ ok: true })
        await createPlan(samplePlan())
        // One left under the ceiling, known without another count: past 90 % the log warns once.
        expect(await roomForPlan(stored + 2, now + 1)).toEqual({ ok: true })
        expect(warn).toHaveBeenCalledWith(
          expect.objectContaining({ event: 'stored_plans_high', max: stored + 2 }),
          expect.any(String),
        )
        await createPlan(samplePlan())
        expect(await roomForPlan(stored + 2, now + 2)).toEqual({ ok: false, retryAfterSeconds: 600 })
        expect(error).toHaveBeenCalledWith(
          expect.objectContaining({ event: 'stored_plans_full', stored: stored + 2, max: stored + 2 }),
          expect.any(String),
        )
        // A deletion frees room once the count is read again.
        await getDb().planFamily.deleteMany({ where: { plans: { some: { contentVersion: 'c0ffee123456' } } } })
        expect(await roomForPlan(stored + 2, now + 60_000)).toEqual({ ok: true })
      } finally {
        warn.mockRestore()
        error.mockRestore()
        forgetStoredPlanCount()
      }
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

    it('deletes failed sign-ins older than the throttle window, and keeps the recent ones', async () => {
      const address = `sweep-${unique()}`
      await getDb().adminSignInFailure.createMany({
        data: [
          { accountKey: 'a', ip: address, createdAt: new Date(Date.now() - 16 * 60_000) },
          { accountKey: 'a', ip: address, createdAt: new Date(Date.now() - 60_000) },
        ],
      })
      expect((await sweepOnce()).signInFailures).toBeGreaterThanOrEqual(1)
      const left = await getDb().adminSignInFailure.findMany({ where: { ip: address }, select: { createdAt: true } })
      expect(left).toHaveLength(1)
      expect(left[0]?.createdAt.getTime()).toBeGreaterThan(Date.now() - 2 * 60_000)
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

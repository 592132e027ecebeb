import { describe, expect, it } from 'vitest'
import { appendProgressEvent, listProgressEvents } from '@/lib/plans/progress/progress-repo'
import { progressState } from '@/lib/plans/progress/state'
import {
  createRaterLink,
  deleteRaterLink,
  findLiveRaterLink,
  listRaterLinks,
  revokeRaterLink,
  saveRaterResponse,
} from '@/lib/plans/raters/rater-repo'
import {
  createPlan,
  createRetakePlan,
  deletePlan,
  findPlanByOwnerToken,
  findPlanByShareToken,
  listFamilyPlans,
} from '@/lib/plans/store/plan-repo'
import { getDb } from '@/lib/platform/db'
import { newToken } from '@/lib/platform/security/tokens'
import { createDraft, findDraftByToken, saveDraftAnswers } from '@/lib/questionnaire/answer-draft-repo'

// Living plans on both backends: progress events, the history of retakes, rating links, and erasure.

const plan = (n: number) => ({
  contentVersion: `c0ffee00000${n}`,
  answers: { 'hours-per-week': n },
  result: { n },
  plan: { weeks: [{ week: 1, n }] },
})
const DAY = 24 * 60 * 60 * 1000

export function describeLivingPlans() {
  describe('progress events', () => {
    it('are appended in order and folded into the current state; undo keeps the history', async () => {
      const { id } = await createPlan({ ...plan(1), startsOn: '2026-11-02' })
      await appendProgressEvent(id, { kind: 'done', actionId: 'ask-why', day: '2026-11-03' })
      await appendProgressEvent(id, { kind: 'done', actionId: 'tell-your-manager', day: '2026-11-05' })
      await appendProgressEvent(id, { kind: 'undone', actionId: 'ask-why' })
      await appendProgressEvent(id, { kind: 'start-moved', day: '2026-11-09' })
      const events = await listProgressEvents(id)
      expect(events.map((e) => e.kind)).toEqual(['done', 'done', 'undone', 'start-moved'])
      expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => a - b))
      expect(events[0]).toMatchObject({ kind: 'done', actionId: 'ask-why', day: '2026-11-03', at: expect.any(Date) })
      const state = progressState('2026-11-02', events)
      expect([...state.done]).toEqual([['tell-your-manager', '2026-11-05']])
      expect(state.startsOn).toBe('2026-11-09')
      expect(state.scheduleRevision).toBe(1)
    })

    it('belong to their plan only', async () => {
      const a = await createPlan(plan(1))
      const b = await createPlan(plan(2))
      await appendProgressEvent(a.id, { kind: 'done', actionId: 'ask-why', day: '2026-11-03' })
      expect(await listProgressEvents(b.id)).toEqual([])
    })

    it('many check-offs at once are all kept', async () => {
      const { id } = await createPlan(plan(1))
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          appendProgressEvent(id, { kind: 'done', actionId: `a${i}`, day: '2026-11-03' }),
        ),
      )
      expect(progressState('2026-11-02', await listProgressEvents(id)).done.size).toBe(10)
    })
  })

  describe('history of assessments', () => {
    it('a retake joins the family behind the same links and becomes the plan they show', async () => {
      const first = await createPlan(plan(1))
      const retake = await createRetakePlan(first.ownerToken, plan(2))
      expect(retake).toEqual({ id: expect.any(String), sequence: 2 })
      const newest = await findPlanByOwnerToken(first.ownerToken)
      expect(newest).toMatchObject({ id: retake?.id, sequence: 2, planCount: 2, result: { n: 2 } })
      expect(await findPlanByOwnerToken(first.ownerToken, 1)).toMatchObject({ id: first.id, result: { n: 1 } })
      expect(await findPlanByOwnerToken(first.ownerToken, 3)).toBeNull()
      expect(await findPlanByOwnerToken(first.ownerToken, 0)).toBeNull()
      expect((await findPlanByShareToken(first.shareToken))?.result).toEqual({ n: 2 })
      expect((await listFamilyPlans(first.ownerToken)).map((p) => p.sequence)).toEqual([1, 2])
      expect(await createRetakePlan(newToken(), plan(3))).toBeNull()
    })

    it('retakes stored at the same moment get different numbers', async () => {
      const first = await createPlan(plan(1))
      const made = await Promise.all([2, 3, 4].map((n) => createRetakePlan(first.ownerToken, plan(n))))
      expect(made.map((m) => m?.sequence).sort()).toEqual([2, 3, 4])
    })
  })

  describe('rating links', () => {
    it('work until revoked or expired, store only a hash, and never change the owner plan', async () => {
      const owner = await createPlan(plan(1))
      const before = await getDb().plan.findUniqueOrThrow({ where: { id: owner.id }, select: { payload: true } })
      const now = new Date()
      const link = await createRaterLink(owner.ownerToken, {
        label: 'My manager',
        expiresAt: new Date(+now + 30 * DAY),
      })
      if (!link) throw new Error('no link')
      expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      const row = await getDb().raterLink.findUniqueOrThrow({ where: { id: link.id } })
      expect(JSON.stringify(row)).not.toContain(link.token)

      expect(await findLiveRaterLink(link.token, now)).toMatchObject({ id: link.id, response: null })
      const answers = { 'customer-contact': 'monthly' }
      expect(
        await saveRaterResponse(link.token, now, {
          status: 'answered',
          answers,
          contentVersion: 'v',
          signature: 'Sam',
        }),
      ).toBe(true)
      const listed = await listRaterLinks(owner.ownerToken)
      expect(listed).toHaveLength(1)
      expect(listed[0]?.response).toMatchObject({ status: 'answered', answers, signature: 'Sam' })
      const after = await getDb().plan.findUniqueOrThrow({ where: { id: owner.id }, select: { payload: true } })
      expect(Buffer.from(after.payload).equals(Buffer.from(before.payload))).toBe(true)

      // Expired: the same link is dead 30 days on.
      expect(await findLiveRaterLink(link.token, new Date(+now + 31 * DAY))).toBeNull()
      expect(
        await saveRaterResponse(link.token, new Date(+now + 31 * DAY), {
          status: 'declined',
          answers: {},
          contentVersion: 'v',
          signature: null,
        }),
      ).toBe(false)
      // Another owner cannot revoke it; this owner can, and what was said stays.
      const other = await createPlan(plan(2))
      expect(await revokeRaterLink(other.ownerToken, link.id, now)).toBe(false)
      expect(await revokeRaterLink(owner.ownerToken, link.id, now)).toBe(true)
      expect(await findLiveRaterLink(link.token, now)).toBeNull()
      expect((await listRaterLinks(owner.ownerToken))[0]?.response?.status).toBe('answered')
      expect(await deleteRaterLink(other.ownerToken, link.id)).toBe(false)
      expect(await deleteRaterLink(owner.ownerToken, link.id)).toBe(true)
      expect(await getDb().raterResponse.count({ where: { linkId: link.id } })).toBe(0)
    })

    it('a declined rating replaces an earlier answer; junk tokens and ids are refused', async () => {
      const owner = await createPlan(plan(1))
      const now = new Date()
      const link = await createRaterLink(owner.ownerToken, { label: null, expiresAt: new Date(+now + DAY) })
      if (!link) throw new Error('no link')
      await saveRaterResponse(link.token, now, {
        status: 'answered',
        answers: { a: 'b' },
        contentVersion: 'v',
        signature: null,
      })
      await saveRaterResponse(link.token, now, {
        status: 'declined',
        answers: {},
        contentVersion: 'v',
        signature: null,
      })
      expect((await listRaterLinks(owner.ownerToken))[0]?.response).toMatchObject({ status: 'declined', answers: {} })
      expect(await findLiveRaterLink('nope', now)).toBeNull()
      expect(await findLiveRaterLink(owner.ownerToken, now)).toBeNull()
      expect(await revokeRaterLink(owner.ownerToken, 'not-a-uuid', now)).toBe(false)
      expect(await createRaterLink(newToken(), { label: null, expiresAt: now })).toBeNull()
    })
  })

  describe('erasure', () => {
    it('leaves no row of the family behind: plans, history, progress, rater links and answers, drafts', async () => {
      const draft = await createDraft()
      await saveDraftAnswers(draft.id, { 'hours-per-week': 5 })
      const keptDraft = await createDraft()
      const owner = await createPlan({ ...plan(1), draftId: draft.id })
      const retake = await createRetakePlan(owner.ownerToken, plan(2))
      await appendProgressEvent(owner.id, { kind: 'done', actionId: 'ask-why', day: '2026-11-03' })
      await appendProgressEvent(retake?.id ?? '', { kind: 'done', actionId: 'ask-why', day: '2026-11-04' })
      const link = await createRaterLink(owner.ownerToken, { label: 'x', expiresAt: new Date(Date.now() + DAY) })
      await saveRaterResponse(link?.token ?? '', new Date(), {
        status: 'answered',
        answers: {},
        contentVersion: 'v',
        signature: null,
      })
      const bystander = await createPlan(plan(3))
      await appendProgressEvent(bystander.id, { kind: 'done', actionId: 'ask-why', day: '2026-11-03' })

      const db = getDb()
      const familyRows = async () => ({
        families: await db.planFamily.count({ where: { id: owner.familyId } }),
        plans: await db.plan.count({ where: { familyId: owner.familyId } }),
        events: await db.planEvent.count({ where: { planId: { in: [owner.id, retake?.id ?? ''] } } }),
        links: await db.raterLink.count({ where: { familyId: owner.familyId } }),
        responses: await db.raterResponse.count({ where: { linkId: link?.id ?? '' } }),
        drafts: await db.draft.count({ where: { id: draft.id } }),
      })
      expect(await familyRows()).toEqual({ families: 1, plans: 2, events: 2, links: 1, responses: 1, drafts: 1 })

      expect(await deletePlan(owner.ownerToken)).toEqual({ plans: 2, drafts: 1 })
      expect(await familyRows()).toEqual({ families: 0, plans: 0, events: 0, links: 0, responses: 0, drafts: 0 })
      expect(await findPlanByOwnerToken(owner.ownerToken)).toBeNull()
      expect(await findPlanByShareToken(owner.shareToken)).toBeNull()
      expect(await findLiveRaterLink(link?.token ?? '', new Date())).toBeNull()
      // Nobody else's data goes with it.
      expect(await findDraftByToken(keptDraft.token)).not.toBeNull()
      expect(await listProgressEvents(bystander.id)).toHaveLength(1)
    })

    it('works when the draft is already gone', async () => {
      const owner = await createPlan({ ...plan(1), draftId: '00000000-0000-4000-8000-000000000000' })
      expect(await deletePlan(owner.ownerToken)).toEqual({ plans: 1, drafts: 0 })
    })
  })
}

import { describe, expect, it } from 'vitest'
import { analyseListing } from '@/lib/engine/listings/analyse'
import { loadContent } from '@/lib/knowledge/load'
import {
  deleteJobListing,
  findJobListing,
  findListingShownOnShare,
  listJobListings,
  MAX_SAVED_LISTINGS,
  renameJobListing,
  saveJobListing,
  showJobListingOnShare,
} from '@/lib/plans/positioning/listing-repo'
import { deleteStoryDraft, findStoryDraft, listStoryDrafts, saveStoryDraft } from '@/lib/plans/positioning/story-repo'
import { createPlan, deletePlan, revokeShareToken, rotateShareToken } from '@/lib/plans/store/plan-repo'
import { getDb } from '@/lib/platform/db'
import { newToken } from '@/lib/platform/security/tokens'
import { deleteUnclaimedPlans } from '@/lib/server/retention/retention-repo'

// Saved job listings and story drafts, on whichever backend the calling file opened: private to the owner link,
// gone with "delete everything" and with an unclaimed plan.

const samplePlan = () => ({ contentVersion: 'c0ffee123456', answers: { a: 1 }, result: { r: 1 }, plan: { p: 1 } })
const text = 'Requirements\n- Run customer interviews every week\n- Comfortable with SQL\n- 5+ years of experience'
const listing = (name = 'Acme – Platform PM') => ({
  name,
  text,
  analysis: analyseListing(loadContent(), text),
  contentVersion: 'c0ffee123456',
})
const story = (promptId = 'influence', outcome = 'Two teams changed their plans.') => ({
  promptId,
  question: 'Tell me about a time you influenced the roadmap.',
  problem: 'Support agents lost an hour a day.',
  why: 'Customers were paid late.',
  actions: 'I proposed a resend button.',
  outcome,
})

export function describePositioningStores() {
  describe('saved job listings', () => {
    it('keeps a listing with its analysis, and gives it back only through its own owner link', async () => {
      const { ownerToken } = await createPlan(samplePlan())
      const other = await createPlan(samplePlan())
      const saved = await saveJobListing(ownerToken, listing())
      if (saved === null || saved === 'full') throw new Error('not saved')
      const found = await findJobListing(ownerToken, saved.id)
      expect(found).toEqual({
        id: saved.id,
        name: 'Acme – Platform PM',
        text,
        analysis: listing().analysis,
        contentVersion: 'c0ffee123456',
        shownOnShare: false,
        createdAt: expect.any(Date),
      })
      expect(found?.analysis?.requirements.map((r) => r.skillIds[0])).toEqual([
        'customer-discovery',
        'data-fluency',
        undefined,
      ])
      expect(await findJobListing(other.ownerToken, saved.id)).toBeNull()
      expect(await listJobListings(other.ownerToken)).toEqual([])
      expect(await renameJobListing(other.ownerToken, saved.id, 'Mine now')).toBe(false)
      expect(await deleteJobListing(other.ownerToken, saved.id)).toBe(false)
      expect(await saveJobListing(newToken(), listing())).toBeNull()
      expect(await findJobListing(ownerToken, 'not-a-uuid')).toBeNull()
    })

    it('lists newest first, renames and deletes', async () => {
      const { ownerToken } = await createPlan(samplePlan())
      const first = await saveJobListing(ownerToken, listing('First'))
      const second = await saveJobListing(ownerToken, listing('Second'))
      if (!first || first === 'full' || !second || second === 'full') throw new Error('not saved')
      expect((await listJobListings(ownerToken)).map((l) => l.name)).toEqual(['Second', 'First'])
      expect(await renameJobListing(ownerToken, first.id, 'Renamed')).toBe(true)
      expect(await deleteJobListing(ownerToken, second.id)).toBe(true)
      expect((await listJobListings(ownerToken)).map((l) => l.name)).toEqual(['Renamed'])
    })

    it(`refuses a listing past ${MAX_SAVED_LISTINGS}`, async () => {
      const { ownerToken } = await createPlan(samplePlan())
      for (let i = 0; i < MAX_SAVED_LISTINGS; i++)
        expect(await saveJobListing(ownerToken, listing(`L${i}`))).not.toBe('full')
      expect(await saveJobListing(ownerToken, listing('One too many'))).toBe('full')
    })

    it('shows no listing on the share page until the owner chooses one, and then only that one, while the link lives', async () => {
      const { ownerToken, shareToken } = await createPlan(samplePlan())
      const other = await createPlan(samplePlan())
      const first = await saveJobListing(ownerToken, listing('First'))
      const second = await saveJobListing(ownerToken, listing('Second'))
      if (!first || first === 'full' || !second || second === 'full') throw new Error('not saved')
      expect(await findListingShownOnShare(shareToken)).toBeNull()
      expect(await showJobListingOnShare(other.ownerToken, first.id, true)).toBe(false)
      expect(await findListingShownOnShare(shareToken)).toBeNull()
      expect(await showJobListingOnShare(ownerToken, first.id, true)).toBe(true)
      expect((await findListingShownOnShare(shareToken))?.name).toBe('First')
      expect(await findListingShownOnShare(other.shareToken)).toBeNull()
      // Choosing another hides the first: one listing at most.
      expect(await showJobListingOnShare(ownerToken, second.id, true)).toBe(true)
      expect((await listJobListings(ownerToken)).map((l) => [l.name, l.shownOnShare])).toEqual([
        ['Second', true],
        ['First', false],
      ])
      // A replaced or revoked link shows nothing; the new link shows the chosen listing.
      const fresh = await rotateShareToken(ownerToken)
      expect(await findListingShownOnShare(shareToken)).toBeNull()
      expect((await findListingShownOnShare(fresh ?? ''))?.name).toBe('Second')
      await revokeShareToken(ownerToken)
      expect(await findListingShownOnShare(fresh ?? '')).toBeNull()
      expect(await showJobListingOnShare(ownerToken, second.id, false)).toBe(true)
      expect((await listJobListings(ownerToken)).every((l) => !l.shownOnShare)).toBe(true)
    })

    it('reads a stored analysis it no longer understands as missing, so the page analyses the text again', async () => {
      const { ownerToken } = await createPlan(samplePlan())
      const saved = await saveJobListing(ownerToken, listing())
      if (!saved || saved === 'full') throw new Error('not saved')
      await getDb().jobListing.update({ where: { id: saved.id }, data: { analysis: { lines: 'old shape' } } })
      expect((await findJobListing(ownerToken, saved.id))?.analysis).toBeNull()
    })
  })

  describe('story drafts', () => {
    it('creates a draft on the first save and updates it after, one per prompt, private to the owner', async () => {
      const { ownerToken } = await createPlan(samplePlan())
      const other = await createPlan(samplePlan())
      expect(await saveStoryDraft(ownerToken, story())).toEqual({ updatedAt: expect.any(Date) })
      await saveStoryDraft(ownerToken, story('influence', 'Three teams changed their plans.'))
      await saveStoryDraft(ownerToken, story('user-problem'))
      const drafts = await listStoryDrafts(ownerToken)
      expect(drafts.map((d) => d.promptId).sort()).toEqual(['influence', 'user-problem'])
      expect((await findStoryDraft(ownerToken, 'influence'))?.outcome).toBe('Three teams changed their plans.')
      expect(await findStoryDraft(other.ownerToken, 'influence')).toBeNull()
      expect(await deleteStoryDraft(other.ownerToken, 'influence')).toBe(false)
      expect(await saveStoryDraft(newToken(), story())).toBeNull()
      expect(await deleteStoryDraft(ownerToken, 'influence')).toBe(true)
      expect((await listStoryDrafts(ownerToken)).map((d) => d.promptId)).toEqual(['user-problem'])
    })

    it('keeps one draft when autosave and the save button arrive together', async () => {
      const { ownerToken } = await createPlan(samplePlan())
      const saves = await Promise.all(
        Array.from({ length: 6 }, (_, i) => saveStoryDraft(ownerToken, story('start-to-finish', `Outcome ${i}`))),
      )
      expect(saves.every((s) => s !== null)).toBe(true)
      expect(await listStoryDrafts(ownerToken)).toHaveLength(1)
    })
  })

  describe('erasure', () => {
    it('deletes listings and story drafts with "delete everything"', async () => {
      const { ownerToken, familyId } = await createPlan(samplePlan())
      await saveJobListing(ownerToken, listing())
      await saveStoryDraft(ownerToken, story())
      await deletePlan(ownerToken)
      expect(await getDb().jobListing.count({ where: { familyId } })).toBe(0)
      expect(await getDb().storyDraft.count({ where: { familyId } })).toBe(0)
    })

    it('deletes them with a plan whose owner never arrived, as it does the answers', async () => {
      const { ownerToken, familyId } = await createPlan(samplePlan(), {
        expiresUnlessOpenedAt: new Date(Date.now() - 1000),
      })
      await saveJobListing(ownerToken, listing())
      await saveStoryDraft(ownerToken, story())
      await deleteUnclaimedPlans(new Date(), 500)
      expect(await getDb().jobListing.count({ where: { familyId } })).toBe(0)
      expect(await getDb().storyDraft.count({ where: { familyId } })).toBe(0)
    })
  })
}

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PlanDocument } from '@/components/plan/plan-document'
import { createAdminAccount } from '@/lib/admin/admin-accounts'
import { type Admin, adminFromRequest } from '@/lib/admin/admin-session'
import { listAudit } from '@/lib/admin/audit-repo'
import { signIn } from '@/lib/admin/sign-in'
import { validateAnswers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import { contentVersion, loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { parseBundle, toBundle } from '@/lib/knowledge/store/bundle-format'
import type { Collection } from '@/lib/knowledge/store/collections'
import {
  checksOf,
  discardDraftChanges,
  importIntoDraft,
  loadDraftView,
  openDraft,
  publishDraft,
  rollBackTo,
  saveDraftItem,
} from '@/lib/knowledge/store/content-admin'
import { findDraft, findDraftItem } from '@/lib/knowledge/store/content-draft-repo'
import {
  findLatestContentRelease,
  findReleaseByNumber,
  insertRelease,
  listReleases,
  seedContentRelease,
} from '@/lib/knowledge/store/content-release-repo'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { loadOwnerPlanView } from '@/lib/plans/views/load-plan'
import { storeNewPlan } from '@/lib/questionnaire/generate'

// Drafts, optimistic concurrency, publishing, rollback and import, on whichever database the calling file opened.
// The tests in this file share one draft and run in order.

async function signedInAdmin(): Promise<Admin> {
  const email = `editor-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`
  const password = 'lantern mosaic tundra 7'
  const created = await createAdminAccount({ email, name: 'Editor', password })
  if (!created.ok) throw new Error(created.message)
  const outcome = await signIn(email, password, {
    headers: new Headers(),
    ip: '192.0.2.1',
    address: '192.0.2.1',
    secure: false,
  })
  if (!outcome.ok) throw new Error(outcome.message)
  const cookie = outcome.setCookie.split(';')[0] ?? ''
  const admin = await adminFromRequest({
    headers: new Headers({ cookie }),
    ip: '192.0.2.1',
    address: '192.0.2.1',
    secure: false,
  })
  if (!admin) throw new Error('no admin')
  return admin
}

const persona = personaAnswers

async function draftItem(collection: Collection, itemId: string) {
  const draft = await findDraft()
  const item = draft ? await findDraftItem(draft.id, collection, itemId) : null
  if (!item) throw new Error(`${collection}/${itemId} not in the draft`)
  return item
}

export function describeContentAdmin() {
  describe('drafts, publishing and rollback', () => {
    let admin: Admin
    let other: Admin
    let baselineId = 0
    let baselineNumber = 0
    const bundled = loadContent()
    const skillId = bundled.skills[0]?.id ?? ''

    it('starts a draft from the latest release, item by item', async () => {
      admin = await signedInAdmin()
      other = await signedInAdmin()
      const baseline = await insertRelease(
        {
          version: contentVersion(bundled),
          data: bundled,
          source: 'import',
          note: 'baseline',
          publishedById: admin.userId,
        },
        { action: 'published', actor: { id: admin.userId, email: admin.email } },
      )
      baselineId = baseline.id
      baselineNumber = baseline.number
      // Start from exactly the baseline, whatever an earlier test left in the draft.
      const view = await openDraft(admin)
      await discardDraftChanges(admin, view.fingerprint)
      const fresh = await loadDraftView(admin)
      const total = Object.values(bundled).reduce((n, list) => n + list.length, 0)
      expect(fresh?.items).toHaveLength(total)
      expect(fresh?.draft.basedOnReleaseId).toBe(baselineId)
      expect(fresh?.raw.skills).toEqual(bundled.skills)
    })

    it('a save carries the revision it was based on, and its audit row says what changed', async () => {
      const item = await draftItem('skills', skillId)
      const data = { ...(item.data as object), name: 'Talking to customers' }
      expect(await saveDraftItem(admin, 'skills', skillId, data, item.revision)).toEqual({
        ok: true,
        revision: item.revision + 1,
      })
      expect((await draftItem('skills', skillId)).data).toMatchObject({ name: 'Talking to customers' })
      const { events } = await listAudit({ subject: `skills/${skillId}`, limit: 1 })
      expect(events[0]).toMatchObject({
        action: 'draft-saved',
        actorEmail: admin.email,
        detail: {
          revision: item.revision + 1,
          changes: [{ field: 'Name', before: bundled.skills[0]?.name, after: 'Talking to customers' }],
        },
      })
    })

    it('a stale save is refused, keeps nothing of it, and says who changed what meanwhile', async () => {
      const item = await draftItem('skills', skillId)
      const mine = { ...(item.data as object), description: 'Mine, based on an old copy.' }
      const theirs = { ...(item.data as object), name: 'Customer conversations' }
      expect((await saveDraftItem(other, 'skills', skillId, theirs, item.revision)).ok).toBe(true)
      const refused = await saveDraftItem(admin, 'skills', skillId, mine, item.revision)
      expect(refused).toMatchObject({ ok: false, reason: 'conflict' })
      if (refused.ok || refused.reason !== 'conflict') throw new Error('expected a conflict')
      expect(refused.current.data).toEqual(theirs)
      expect(refused.meanwhile).toEqual([
        {
          who: other.email,
          when: expect.any(Date),
          changes: [{ field: 'Name', before: 'Talking to customers', after: 'Customer conversations' }],
        },
      ])
      expect((await draftItem('skills', skillId)).data).toEqual(theirs)
    })

    it('50 concurrent saves to different items all land', async () => {
      const view = await loadDraftView(admin)
      const targets = (view?.items ?? []).filter((i) => i.collection === 'questions').slice(0, 25)
      targets.push(...(view?.items ?? []).filter((i) => i.collection === 'actions').slice(0, 25))
      expect(targets).toHaveLength(50)
      // Questions may have help text; actions have a "done when" check.
      const edit = (t: (typeof targets)[number], i: number) => {
        const data = t.data as Record<string, string>
        return t.collection === 'questions'
          ? { ...data, help: `note ${i}` }
          : { ...data, doneWhen: `${data.doneWhen} (note ${i})` }
      }
      const results = await Promise.all(
        targets.map((t, i) => saveDraftItem(i % 2 ? admin : other, t.collection, t.itemId, edit(t, i), t.revision)),
      )
      expect(results.filter((r) => r.ok)).toHaveLength(50)
      const after = await loadDraftView(admin)
      for (const [i, t] of targets.entries()) {
        const saved = after?.items.find((x) => x.collection === t.collection && x.itemId === t.itemId)
        expect(saved?.data).toEqual(edit(t, i))
        expect(saved?.revision).toBe(t.revision + 1)
      }
    })

    it('50 concurrent read-modify-write saves to one item lose no update: each refused one retries and lands', async () => {
      const questionId = bundled.questions[0]?.id ?? ''
      const start = await draftItem('questions', questionId)
      let refusals = 0
      const writer = async (n: number) => {
        for (;;) {
          const current = await draftItem('questions', questionId)
          const data = current.data as { help?: string }
          const next = { ...data, help: `${data.help ?? ''}[${n}]` }
          const result = await saveDraftItem(n % 2 ? admin : other, 'questions', questionId, next, current.revision)
          if (result.ok) return
          expect(result).toMatchObject({ reason: 'conflict' })
          refusals++
        }
      }
      await Promise.all(Array.from({ length: 50 }, (_, n) => writer(n)))
      const end = await draftItem('questions', questionId)
      expect(end.revision).toBe(start.revision + 50)
      const marks = (end.data as { help: string }).help.match(/\[\d+\]/g) ?? []
      expect(marks.sort()).toEqual(Array.from({ length: 50 }, (_, n) => `[${n}]`).sort())
      expect(refusals).toBeGreaterThan(0)
    }, 120_000)

    it('publishing is blocked by every integrity problem, each linked to its field', async () => {
      const item = await draftItem('skills', skillId)
      await saveDraftItem(admin, 'skills', skillId, { ...(item.data as object), areaId: 'no-such-area' }, item.revision)
      const view = await loadDraftView(admin)
      const blocked = await publishDraft(admin, 'try', view?.fingerprint ?? '')
      expect(blocked).toMatchObject({ ok: false, reason: 'problems' })
      if (blocked.ok || blocked.reason !== 'problems') throw new Error('expected problems')
      expect(blocked.problems).toContainEqual(
        expect.objectContaining({
          collection: 'skills',
          itemId: skillId,
          message: 'unknown area "no-such-area"',
          href: `/admin/content/skills/${skillId}#f-areaId`,
        }),
      )
      const fixed = await draftItem('skills', skillId)
      await saveDraftItem(
        admin,
        'skills',
        skillId,
        { ...(fixed.data as object), areaId: bundled.skills[0]?.areaId },
        fixed.revision,
      )
    })

    it('a model warning holds publishing until it is accepted with a note, which the audit log keeps', async () => {
      // "Every week or more" now counts less than "About once a month": weighed against the scale's order.
      const item = await draftItem('questions', 'customer-contact')
      const data = structuredClone(item.data) as { options: { skills: { skillId: string; weight: number }[] }[] }
      const weekly = data.options[3]?.skills.find((x) => x.skillId === 'customer-discovery')
      if (!weekly) throw new Error('fixture changed')
      const was = weekly.weight
      weekly.weight = 1
      await saveDraftItem(admin, 'questions', 'customer-contact', data, item.revision)
      const view = await loadDraftView(admin)
      const fingerprint = view?.fingerprint ?? ''
      const held = await publishDraft(admin, 'try', fingerprint)
      expect(held).toMatchObject({
        ok: false,
        reason: 'warnings',
        warnings: [expect.objectContaining({ id: 'ordering:customer-contact:customer-discovery' })],
      })
      const id = 'ordering:customer-contact:customer-discovery'
      // Ticked but without a note: still held.
      expect(await publishDraft(admin, 'try', fingerprint, { accepted: [id], note: ' ' })).toMatchObject({
        reason: 'warnings',
      })
      // Put back: the warning goes, and nothing is left to accept.
      const edited = await draftItem('questions', 'customer-contact')
      weekly.weight = was
      await saveDraftItem(admin, 'questions', 'customer-contact', data, edited.revision)
      const fixed = await loadDraftView(admin)
      expect((await checksOf(fixed as NonNullable<typeof fixed>)).warnings).toEqual([])
    })

    it('publishes exactly what the admin saw, as a new release that new assessments use at once', async () => {
      const view = await loadDraftView(admin)
      expect(await publishDraft(admin, 'stale', 'not-the-fingerprint')).toEqual({ ok: false, reason: 'changed' })
      const answers = validateAnswers((await currentContent()).content, persona('backend-with-pms'))
      if (!answers.ok) throw new Error('persona does not validate')
      const before = await storeNewPlan((await currentContent()).content, answers.answers)
      const storedView = await loadOwnerPlanView(before.ownerToken)
      if (!storedView) throw new Error('stored plan missing')
      const html = (v: typeof storedView) =>
        renderToStaticMarkup(
          createElement(PlanDocument, { result: v.result, plan: v.plan, skillsHref: '/plan/x/skills' }),
        )
      const htmlBefore = html(storedView)

      const published = await publishDraft(admin, 'Renamed a skill; notes on questions', view?.fingerprint ?? '')
      expect(published).toMatchObject({
        ok: true,
        release: { source: 'editor', note: 'Renamed a skill; notes on questions', publishedBy: admin.email },
      })
      const latest = await findLatestContentRelease()
      expect(latest?.id).toBeGreaterThan(baselineId)
      const now = await currentContent()
      expect(now.releaseId).toBe(latest?.id)
      expect(now.content.skills[0]?.name).toBe('Customer conversations')
      // A new assessment with the same answers reads the new name…
      const after = await storeNewPlan(now.content, answers.answers)
      expect(JSON.stringify(after.result)).toContain('Customer conversations')
      // …while the plan made before renders byte for byte as it did.
      const reread = await loadOwnerPlanView(before.ownerToken)
      if (!reread) throw new Error('stored plan missing')
      expect(html(reread)).toBe(htmlBefore)
      expect(htmlBefore).not.toContain('Customer conversations')

      expect((await listAudit({ limit: 5 })).events[0]).toMatchObject({ action: 'published', actorEmail: admin.email })
      const again = await loadDraftView(admin)
      expect(await publishDraft(admin, 'nothing', again?.fingerprint ?? '')).toEqual({
        ok: false,
        reason: 'no-changes',
      })
    })

    it('rolls back by publishing the earlier content again as a new release', async () => {
      const latest = await findLatestContentRelease()
      expect(await rollBackTo(admin, latest?.number ?? 0, 'no-op')).toEqual({ ok: false, reason: 'already-latest' })
      const rolled = await rollBackTo(admin, baselineNumber, 'Back to the baseline')
      expect(rolled).toMatchObject({ ok: true, release: { source: 'rollback', rollbackOfNumber: baselineNumber } })
      if (!rolled.ok) throw new Error('rollback failed')
      expect(rolled.release.number).toBe((latest?.number ?? 0) + 1)
      expect(rolled.release.version).toBe(contentVersion(bundled))
      expect((await currentContent()).content.skills[0]?.name).toBe(bundled.skills[0]?.name)
      expect((await listAudit({ limit: 1 })).events[0]).toMatchObject({
        action: 'rolled-back',
        subject: `release ${rolled.release.number}`,
      })
    })

    it('records the warnings an admin accepted, and why, with the release', async () => {
      const item = await draftItem('questions', 'usage-data')
      const data = structuredClone(item.data) as { options: { skills: { skillId: string; weight: number }[] }[] }
      const weekly = data.options[3]?.skills.find((x) => x.skillId === 'data-fluency')
      if (!weekly) throw new Error('fixture changed')
      const was = weekly.weight
      weekly.weight = 1
      await saveDraftItem(admin, 'questions', 'usage-data', data, item.revision)
      const view = await loadDraftView(admin)
      const outcome = await publishDraft(admin, 'Weekly usage data counts less', view?.fingerprint ?? '', {
        accepted: ['ordering:usage-data:data-fluency'],
        note: 'Deliberate, for this test.',
      })
      expect(outcome).toMatchObject({ ok: true })
      expect((await listAudit({ limit: 1 })).events[0]).toMatchObject({
        action: 'published',
        detail: {
          warningNote: 'Deliberate, for this test.',
          acceptedWarnings: [{ check: 'ordering', message: expect.stringContaining('“Every week or more” (+1)') }],
        },
      })
      // Back as it was, for the tests after this one.
      const again = await draftItem('questions', 'usage-data')
      weekly.weight = was
      await saveDraftItem(admin, 'questions', 'usage-data', data, again.revision)
    })

    it('numbers releases 1, 2, 3… with no gaps: a start that finds its bundle published takes no number', async () => {
      const bundledVersion = contentVersion(bundled)
      await seedContentRelease(bundledVersion, bundled)
      const before = await findLatestContentRelease()
      // What every start does; the bundle is published already, so nothing is inserted.
      for (let i = 0; i < 3; i++) expect(await seedContentRelease(bundledVersion, bundled)).toEqual({ created: false })
      // Two publishes at once get consecutive numbers, not the same one twice.
      const [a, b] = await Promise.all(
        ['one', 'two'].map((note) =>
          insertRelease(
            { version: bundledVersion, data: bundled, source: 'import', note, publishedById: admin.userId },
            { action: 'published', actor: { id: admin.userId, email: admin.email } },
          ),
        ),
      )
      expect([a?.number, b?.number].sort()).toEqual([(before?.number ?? 0) + 1, (before?.number ?? 0) + 2])
      const numbers = (await listReleases()).map((r) => r.number).reverse()
      expect(numbers).toEqual(numbers.map((_, i) => i + 1))
      expect((await findReleaseByNumber(a?.number ?? 0))?.note).toBe(a?.note)
    })

    it('imports a whole release, listing every problem, and refuses to overwrite changes it has not seen', async () => {
      const bundle = toBundle(bundled) as Record<string, { skills?: { name: string }[] }>
      const renameFirstSkill = (b: typeof bundle, name: string) => {
        const first = b['skills.json']?.skills?.[0]
        if (!first) throw new Error('no skills in the bundle')
        first.name = name
      }
      const broken = structuredClone(bundle)
      renameFirstSkill(broken, '')
      delete broken['roles.json']
      broken['extra.json'] = {}
      const refused = parseBundle(broken)
      expect(refused).toEqual({
        ok: false,
        problems: [
          expect.stringMatching(/^extra\.json: not a content file/),
          expect.stringMatching(/^skills\.json › skills\.0\.name: /),
          'roles.json: missing',
        ],
      })
      const changed = structuredClone(bundle)
      renameFirstSkill(changed, 'Imported name')
      const parsed = parseBundle(changed)
      if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
      expect(await importIntoDraft(admin, parsed.raw, 'stale')).toEqual({ ok: false, reason: 'changed' })
      const view = await loadDraftView(admin)
      expect(await importIntoDraft(admin, parsed.raw, view?.fingerprint)).toEqual({ ok: true })
      expect((await draftItem('skills', skillId)).data).toMatchObject({ name: 'Imported name' })
      const content = (await loadDraftView(admin))?.raw as unknown as Content
      expect(content.questions).toEqual(bundled.questions)
    })
  })
}

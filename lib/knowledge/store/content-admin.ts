import { z } from 'zod'
import type { Admin } from '@/lib/admin/admin-session'
import { type AuditEvent, listAudit, type NewAuditEvent } from '@/lib/admin/audit-repo'
import { ContentError, contentVersion, parseContent } from '@/lib/knowledge/load'
import { personaAnswerSets } from '@/lib/knowledge/reference-personas'
import { sha256Hex } from '@/lib/platform/security/hash'
import { COLLECTION_WORDS, type Collection, contentToItems, itemName, itemsToContent } from './collections'
import {
  createDraft,
  type Draft,
  type DraftItem,
  findDraft,
  findDraftItem,
  insertDraftItem,
  listDraftItems,
  removeDraftItem,
  replaceDraftItems,
  updateDraftItem,
} from './content-draft-repo'
import {
  findLatestContentRelease,
  findReleaseByNumber,
  insertRelease,
  type ReleaseSummary,
} from './content-release-repo'
import { currentContent } from './current-content'
import { describeCounts, diffContent, diffItem, namesOf } from './diff'
import { checkDraft, type DraftChecks } from './draft-checks'
import type { ModelWarning } from './model-checks'
import type { Problem } from './problems'

// What admins do to the knowledge base: edit the draft item by item, check it, publish it as a new release, roll
// back, import. Every function takes the signed-in Admin (only requireAdmin() makes one) and records who did what.

export type DraftView = {
  draft: Draft
  items: DraftItem[]
  raw: Record<Collection, unknown[]>
  /** Changes whenever any item changes: publish and import refuse to act on a draft the admin has not seen. */
  fingerprint: string
  published: ReleaseSummary & { data: unknown }
}

/** A draft's fingerprint as a form posts it back (publish, discard, import). */
export const FingerprintSchema = z.string().min(1).max(64)

const actorOf = (admin: Admin) => ({ id: admin.userId, email: admin.email })
const auditBy = (admin: Admin, event: Omit<NewAuditEvent, 'actor' | 'ip'>): NewAuditEvent => ({
  ...event,
  actor: actorOf(admin),
  ip: admin.ip,
})
const subjectOf = (collection: Collection, itemId: string) => `${collection}/${itemId}`

function fingerprintOf(draft: Draft, items: readonly DraftItem[]): string {
  const keys = items.map((i) => `${i.collection}/${i.itemId}@${i.revision}`).sort()
  return sha256Hex(`${draft.id}:${draft.basedOnReleaseId}\n${keys.join('\n')}`).slice(0, 16)
}

async function latestRelease() {
  const release = await findLatestContentRelease()
  if (!release) throw new Error('No content release exists: the database was not seeded.')
  return release
}

/** The draft and what it is compared with; null when nobody has started one. */
export async function loadDraftView(_admin: Admin): Promise<DraftView | null> {
  const [draft, published] = await Promise.all([findDraft(), latestRelease()])
  if (!draft) return null
  const items = await listDraftItems(draft.id)
  return { draft, items, raw: itemsToContent(items), fingerprint: fingerprintOf(draft, items), published }
}

/** The draft, started from the latest release if there is none yet. */
export async function openDraft(admin: Admin): Promise<DraftView> {
  const existing = await loadDraftView(admin)
  if (existing) return existing
  const release = await latestRelease()
  await createDraft(
    release.id,
    contentToItems(release.data as Record<string, unknown>),
    auditBy(admin, {
      action: 'draft-started',
      subject: `from release ${release.number}`,
      detail: { releaseId: release.id, releaseNumber: release.number },
    }),
  )
  const view = await loadDraftView(admin)
  if (!view) throw new Error('The draft vanished right after it was created.')
  return view
}

export type Meanwhile = { who: string; when: Date; changes: { field: string; before: string; after: string }[] }

export type SaveOutcome =
  | { ok: true; revision: number }
  | { ok: false; reason: 'conflict'; current: DraftItem; meanwhile: Meanwhile[] }
  | { ok: false; reason: 'gone' | 'exists' | 'no-draft' }

/** What others saved to this item after `baseRevision`, oldest first, as the audit log recorded it. */
async function savesAfter(collection: Collection, itemId: string, baseRevision: number): Promise<Meanwhile[]> {
  const { events } = await listAudit({ subject: subjectOf(collection, itemId), limit: 50 })
  return events
    .filter((e: AuditEvent) => (e.detail.revision ?? 0) > baseRevision)
    .reverse()
    .map((e) => ({ who: e.actorEmail || 'someone', when: e.createdAt, changes: e.detail.changes ?? [] }))
}

/** Saves one item if nobody else saved it since `baseRevision`; otherwise says who did and what they changed. */
export async function saveDraftItem(
  admin: Admin,
  collection: Collection,
  itemId: string,
  data: unknown,
  baseRevision: number,
): Promise<SaveOutcome> {
  const draft = await findDraft()
  if (!draft) return { ok: false, reason: 'no-draft' }
  const before = await findDraftItem(draft.id, collection, itemId)
  if (!before) return { ok: false, reason: 'gone' }
  // Names for the audit's words come from the published content (parsed once per release), not a re-read draft.
  const changes = diffItem(before.data, data, namesOf((await currentContent()).content)).slice(0, 200)
  const written = await updateDraftItem(
    { draftId: draft.id, collection, itemId },
    data,
    baseRevision,
    auditBy(admin, { action: 'draft-saved', subject: subjectOf(collection, itemId), detail: { changes } }),
  )
  if (written.ok) return written
  if (written.reason !== 'conflict') return { ok: false, reason: written.reason }
  const current = await findDraftItem(draft.id, collection, itemId)
  if (!current) return { ok: false, reason: 'gone' }
  return { ok: false, reason: 'conflict', current, meanwhile: await savesAfter(collection, itemId, baseRevision) }
}

export async function addDraftItem(
  admin: Admin,
  collection: Collection,
  itemId: string,
  data: unknown,
): Promise<SaveOutcome> {
  const draft = await openDraft(admin)
  const written = await insertDraftItem(
    { draftId: draft.draft.id, collection, itemId },
    data,
    auditBy(admin, {
      action: 'draft-item-added',
      subject: subjectOf(collection, itemId),
      detail: { reason: `new ${COLLECTION_WORDS[collection].one} “${itemName(data)}”` },
    }),
  )
  return written.ok ? written : { ok: false, reason: written.reason === 'conflict' ? 'exists' : written.reason }
}

export async function deleteDraftItem(
  admin: Admin,
  collection: Collection,
  itemId: string,
  baseRevision: number,
): Promise<SaveOutcome> {
  const draft = await findDraft()
  if (!draft) return { ok: false, reason: 'no-draft' }
  const written = await removeDraftItem(
    { draftId: draft.id, collection, itemId },
    baseRevision,
    auditBy(admin, {
      action: 'draft-item-deleted',
      subject: subjectOf(collection, itemId),
      detail: { revision: baseRevision + 1 },
    }),
  )
  if (written.ok) return written
  if (written.reason !== 'conflict') return { ok: false, reason: written.reason }
  const current = await findDraftItem(draft.id, collection, itemId)
  if (!current) return { ok: false, reason: 'gone' }
  return { ok: false, reason: 'conflict', current, meanwhile: await savesAfter(collection, itemId, baseRevision) }
}

/** The draft's problems and model warnings, against the live release and the reference personas. */
export async function checksOf(view: DraftView): Promise<DraftChecks> {
  return checkDraft(view.raw, (await currentContent()).content, personaAnswerSets())
}

/** The publish form's key for its flash (lib/knowledge/editor/forms/flashes.ts). */
export const PUBLISH_FORM = 'publish'

export type PublishOutcome =
  | { ok: true; release: ReleaseSummary }
  | { ok: false; reason: 'problems'; problems: Problem[] }
  /** A warning the admin has not accepted (or accepted without a note). */
  | { ok: false; reason: 'warnings'; warnings: ModelWarning[] }
  | { ok: false; reason: 'changed' | 'no-changes' | 'no-draft' }

/** Which warnings the admin accepted (their ids, as the publish form listed them), and why. */
export type Acceptance = { accepted: readonly string[]; note: string }

/**
 * Publishes the draft exactly as the admin last saw it (`fingerprint`), if it has no problems and every model
 * warning it raises is accepted with a note; the accepted warnings and the note go in the audit log.
 */
export async function publishDraft(
  admin: Admin,
  note: string,
  fingerprint: string,
  acceptance: Acceptance = { accepted: [], note: '' },
): Promise<PublishOutcome> {
  const view = await loadDraftView(admin)
  if (!view) return { ok: false, reason: 'no-draft' }
  if (view.fingerprint !== fingerprint) return { ok: false, reason: 'changed' }
  const checks = await checksOf(view)
  if (checks.problems.length > 0) return { ok: false, reason: 'problems', problems: checks.problems }
  const unaccepted = checks.warnings.filter((w) => !acceptance.accepted.includes(w.id))
  if (unaccepted.length > 0 || (checks.warnings.length > 0 && acceptance.note.trim() === ''))
    return { ok: false, reason: 'warnings', warnings: unaccepted.length > 0 ? unaccepted : checks.warnings }
  const content = parseContent(view.raw)
  const diffs = diffContent(view.published.data, content)
  if (diffs.length === 0) return { ok: false, reason: 'no-changes' }
  const version = contentVersion(content)
  const accepted =
    checks.warnings.length > 0
      ? {
          acceptedWarnings: checks.warnings.map((w) => ({ check: w.check, message: w.message.slice(0, 1000) })),
          warningNote: acceptance.note.trim(),
        }
      : {}
  const release = await insertRelease(
    { version, data: content, source: 'editor', note, publishedById: admin.userId },
    auditBy(admin, {
      action: 'published',
      detail: { version, note, changeCount: diffs.length, reason: describeCounts(diffs), ...accepted },
    }),
    view.draft.id,
  )
  return { ok: true, release }
}

export type RollbackOutcome =
  | { ok: true; release: ReleaseSummary }
  | { ok: false; reason: 'unknown' | 'already-latest' }
  | { ok: false; reason: 'incompatible'; problems: string[] }

/** Publishes an earlier release's content (by its number) again, as a new release. */
export async function rollBackTo(admin: Admin, releaseNumber: number, note: string): Promise<RollbackOutcome> {
  const [target, latest] = await Promise.all([findReleaseByNumber(releaseNumber), latestRelease()])
  if (!target) return { ok: false, reason: 'unknown' }
  if (target.id === latest.id) return { ok: false, reason: 'already-latest' }
  let content: ReturnType<typeof parseContent>
  try {
    content = parseContent(target.data)
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, reason: 'incompatible', problems: error.problems }
    throw error
  }
  const version = contentVersion(content)
  const release = await insertRelease(
    { version, data: content, source: 'rollback', note, publishedById: admin.userId, rollbackOfId: target.id },
    auditBy(admin, {
      action: 'rolled-back',
      detail: { version, note, reason: `content of release ${target.number} published again` },
    }),
  )
  return { ok: true, release }
}

export type ReplaceOutcome = { ok: true } | { ok: false; reason: 'changed' }

async function replaceDraft(
  admin: Admin,
  raw: Record<string, unknown>,
  basedOnReleaseId: number,
  fingerprint: string | undefined,
  event: Omit<NewAuditEvent, 'actor' | 'ip'>,
): Promise<ReplaceOutcome> {
  const view = await openDraft(admin)
  if (fingerprint !== undefined && view.fingerprint !== fingerprint) return { ok: false, reason: 'changed' }
  const expected = new Map(view.items.map((i) => [`${i.collection}/${i.itemId}`, i.revision]))
  const result = await replaceDraftItems(
    view.draft.id,
    basedOnReleaseId,
    expected,
    contentToItems(raw),
    auditBy(admin, event),
  )
  return result.ok ? result : { ok: false, reason: 'changed' }
}

/** Makes the draft the latest release again, throwing away its unpublished changes. */
export async function discardDraftChanges(admin: Admin, fingerprint: string): Promise<ReplaceOutcome> {
  const release = await latestRelease()
  return replaceDraft(admin, release.data as Record<string, unknown>, release.id, fingerprint, {
    action: 'draft-discarded',
    subject: `back to release ${release.number}`,
    detail: { releaseId: release.id, releaseNumber: release.number },
  })
}

/** Replaces the draft with imported content that passed every check. */
export async function importIntoDraft(admin: Admin, raw: Record<string, unknown>, fingerprint?: string) {
  const release = await latestRelease()
  const diffs = diffContent(release.data, raw)
  return replaceDraft(admin, raw, release.id, fingerprint, {
    action: 'imported',
    subject: 'draft',
    detail: { changeCount: diffs.length, reason: describeCounts(diffs) },
  })
}

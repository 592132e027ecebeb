import { appendAudit, type NewAuditEvent } from '@/lib/admin/audit-repo'
import type { Prisma } from '@/lib/generated/prisma/client'
import { getDb, rawQuery } from '@/lib/platform/db'
import { toJsonColumn } from '@/lib/platform/db/json'

// Published content releases: immutable rows (a database trigger refuses changes), newest = what new assessments
// use. A plan records the content version (hash) it was computed from; its stored payload renders it later.
// `data` is parsed by the engine's ContentSchema by the callers that need a Content.
// Admins see a release's `number` (1, 2, 3…, published releases only); `id` stays internal, since a sequence skips.

export type ReleaseSource = 'bundle' | 'editor' | 'import' | 'rollback'

export type ReleaseSummary = {
  id: number
  /** What admins call it: "Release 3". */
  number: number
  version: string
  source: ReleaseSource
  note: string
  publishedBy: string | null
  /** The number of the release whose content a rollback published again. */
  rollbackOfNumber: number | null
  createdAt: Date
}

export type ContentRelease = ReleaseSummary & { data: unknown }

const summarySelect = {
  id: true,
  number: true,
  version: true,
  source: true,
  note: true,
  createdAt: true,
  rollbackOfId: true,
  publishedBy: { select: { email: true } },
} satisfies Prisma.ContentReleaseSelect

const releaseSelect = { ...summarySelect, data: true } satisfies Prisma.ContentReleaseSelect

type SummaryRow = Prisma.ContentReleaseGetPayload<{ select: typeof summarySelect }>

// A rollback names the release it restored by id (no foreign key: backups refuse a table that references itself);
// admins see numbers, so the id is looked up. Releases are never deleted, so the lookup always finds it.
async function toSummaries(rows: SummaryRow[]): Promise<ReleaseSummary[]> {
  const ids = [...new Set(rows.map((r) => r.rollbackOfId).filter((id): id is number => id !== null))]
  const numbers =
    ids.length === 0
      ? new Map<number, number>()
      : new Map(
          (
            await getDb().contentRelease.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } })
          ).map((r) => [r.id, r.number]),
        )
  return rows.map(({ publishedBy, rollbackOfId, source, ...row }) => ({
    ...row,
    source: source as ReleaseSource,
    publishedBy: publishedBy?.email ?? null,
    rollbackOfNumber: rollbackOfId === null ? null : (numbers.get(rollbackOfId) ?? null),
  }))
}

async function toSummary(row: SummaryRow): Promise<ReleaseSummary> {
  return (await toSummaries([row]))[0] as ReleaseSummary
}

async function toRelease(row: SummaryRow & { data: unknown }): Promise<ContentRelease> {
  return { ...(await toSummary(row)), data: row.data }
}

// Numbers are handed out one transaction at a time: this lock serialises every insert of a release on every app
// instance sharing the database, so two publishes at once get 4 and 5, never 4 twice.
async function nextNumber(tx: Prisma.TransactionClient): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('content-release-number', 0))`
  const { _max } = await tx.contentRelease.aggregate({ _max: { number: true } })
  return (_max.number ?? 0) + 1
}

/**
 * Publishes the bundled content/ under this version unless that bundle was published before (safe to run on every
 * start, and concurrently). A bundle published once never becomes the latest again by a restart, so an admin's
 * later release stays in force. A start that finds its bundle published takes no number.
 */
export async function seedContentRelease(version: string, data: unknown): Promise<{ created: boolean }> {
  const db = getDb()
  if (await db.contentRelease.findUnique({ where: { bundleVersion: version }, select: { id: true } }))
    return { created: false }
  return db.$transaction(async (tx) => {
    const number = await nextNumber(tx)
    // Checked again under the lock: another instance may have published this bundle meanwhile.
    if (await tx.contentRelease.findUnique({ where: { bundleVersion: version }, select: { id: true } }))
      return { created: false }
    await tx.contentRelease.create({
      data: { number, version, bundleVersion: version, data: toJsonColumn(data, 'data'), note: 'Bundled content/' },
      select: { id: true },
    })
    return { created: true }
  })
}

export type NewRelease = {
  version: string
  data: unknown
  source: Exclude<ReleaseSource, 'bundle'>
  note: string
  publishedById: string
  rollbackOfId?: number
}

/**
 * Adds a release, which is the latest from this moment for every app instance on this database, together with its
 * audit row; when it was published from the draft, the draft now counts as based on it.
 */
export async function insertRelease(
  release: NewRelease,
  audit: NewAuditEvent,
  draftId?: number,
): Promise<ReleaseSummary> {
  return getDb().$transaction(async (tx) => {
    const row = await insertReleaseRow(tx, release)
    await appendAudit(
      {
        ...audit,
        subject: `release ${row.number}`,
        detail: { ...audit.detail, releaseId: row.id, releaseNumber: row.number },
      },
      tx,
    )
    if (draftId !== undefined)
      await tx.contentDraft.update({ where: { id: draftId }, data: { basedOnReleaseId: row.id } })
    return row
  })
}

async function insertReleaseRow(tx: Prisma.TransactionClient, release: NewRelease): Promise<ReleaseSummary> {
  const row = await tx.contentRelease.create({
    data: {
      number: await nextNumber(tx),
      version: release.version,
      data: toJsonColumn(release.data, 'data'),
      source: release.source,
      note: release.note,
      publishedById: release.publishedById,
      rollbackOfId: release.rollbackOfId ?? null,
    },
    select: summarySelect,
  })
  const rolledBack = release.rollbackOfId
    ? await tx.contentRelease.findUnique({ where: { id: release.rollbackOfId }, select: { number: true } })
    : null
  const { publishedBy, rollbackOfId: _, source, ...rest } = row
  return {
    ...rest,
    source: source as ReleaseSource,
    publishedBy: publishedBy?.email ?? null,
    rollbackOfNumber: rolledBack?.number ?? null,
  }
}

/** The id of the newest release: one index probe, cheap enough to ask on every request. */
export async function findLatestReleaseId(): Promise<number | null> {
  // Asked on every request that uses the content (immediate publishing), so without Prisma's per-query cost.
  const rows = await rawQuery<{ id: number }>('SELECT id FROM content_releases ORDER BY id DESC LIMIT 1')
  return rows[0]?.id ?? null
}

/** The most recently published release, or null before the first seed. */
export async function findLatestContentRelease(): Promise<ContentRelease | null> {
  const row = await getDb().contentRelease.findFirst({ orderBy: { id: 'desc' }, select: releaseSelect })
  return row ? toRelease(row) : null
}

const isDbInteger = (n: number) => Number.isSafeInteger(n) && n >= 1 && n <= 2_147_483_647

/** By internal id (what drafts and the current-content cache hold). */
export async function findReleaseById(id: number): Promise<ContentRelease | null> {
  if (!isDbInteger(id)) return null
  const row = await getDb().contentRelease.findUnique({ where: { id }, select: releaseSelect })
  return row ? toRelease(row) : null
}

/** By the number admins see (URLs, forms). */
export async function findReleaseByNumber(number: number): Promise<ContentRelease | null> {
  if (!isDbInteger(number)) return null
  const row = await getDb().contentRelease.findUnique({ where: { number }, select: releaseSelect })
  return row ? toRelease(row) : null
}

/** The newest release with this content version (a plan's `contentVersion`). */
export async function findContentRelease(version: string): Promise<ContentRelease | null> {
  const row = await getDb().contentRelease.findFirst({
    where: { version },
    orderBy: { id: 'desc' },
    select: releaseSelect,
  })
  return row ? toRelease(row) : null
}

/** Newest first. */
export async function listReleases(limit = 200): Promise<ReleaseSummary[]> {
  const rows = await getDb().contentRelease.findMany({ orderBy: { id: 'desc' }, take: limit, select: summarySelect })
  return toSummaries(rows)
}

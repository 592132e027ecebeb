import { appendAudit, type NewAuditEvent } from '@/lib/admin/audit-repo'
import { getDb } from '@/lib/db'
import { toJsonColumn } from '@/lib/db/json'
import type { Prisma } from '@/lib/generated/prisma/client'

// Published content releases: immutable rows (a database trigger refuses changes), newest = what new assessments
// use. A plan records the content version (hash) it was computed from; its stored payload renders it later.
// `data` is parsed by the engine's ContentSchema by the callers that need a Content.

export type ReleaseSource = 'bundle' | 'editor' | 'import' | 'rollback'

export type ReleaseSummary = {
  id: number
  version: string
  source: ReleaseSource
  note: string
  publishedBy: string | null
  rollbackOfId: number | null
  createdAt: Date
}

export type ContentRelease = ReleaseSummary & { data: unknown }

const summarySelect = {
  id: true,
  version: true,
  source: true,
  note: true,
  rollbackOfId: true,
  createdAt: true,
  publishedBy: { select: { email: true } },
} satisfies Prisma.ContentReleaseSelect

const releaseSelect = { ...summarySelect, data: true } satisfies Prisma.ContentReleaseSelect

type SummaryRow = Prisma.ContentReleaseGetPayload<{ select: typeof summarySelect }>

function toSummary({ publishedBy, source, ...row }: SummaryRow): ReleaseSummary {
  return { ...row, source: source as ReleaseSource, publishedBy: publishedBy?.email ?? null }
}

/**
 * Publishes the bundled content/ under this version unless that bundle was published before (safe to run on every
 * start, and concurrently). A bundle published once never becomes the latest again by a restart, so an admin's
 * later release stays in force.
 */
export async function seedContentRelease(version: string, data: unknown): Promise<{ created: boolean }> {
  const { count } = await getDb().contentRelease.createMany({
    data: [{ version, bundleVersion: version, data: toJsonColumn(data, 'data'), note: 'Bundled content/' }],
    skipDuplicates: true,
  })
  return { created: count === 1 }
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
    await appendAudit({ ...audit, subject: `release ${row.id}`, detail: { ...audit.detail, releaseId: row.id } }, tx)
    if (draftId !== undefined)
      await tx.contentDraft.update({ where: { id: draftId }, data: { basedOnReleaseId: row.id } })
    return row
  })
}

async function insertReleaseRow(tx: Prisma.TransactionClient, release: NewRelease): Promise<ReleaseSummary> {
  const row = await tx.contentRelease.create({
    data: {
      version: release.version,
      data: toJsonColumn(release.data, 'data'),
      source: release.source,
      note: release.note,
      publishedById: release.publishedById,
      rollbackOfId: release.rollbackOfId ?? null,
    },
    select: summarySelect,
  })
  return toSummary(row)
}

/** The id of the newest release: one index probe, cheap enough to ask on every request. */
export async function findLatestReleaseId(): Promise<number | null> {
  const row = await getDb().contentRelease.findFirst({ orderBy: { id: 'desc' }, select: { id: true } })
  return row?.id ?? null
}

/** The most recently published release, or null before the first seed. */
export async function findLatestContentRelease(): Promise<ContentRelease | null> {
  const row = await getDb().contentRelease.findFirst({ orderBy: { id: 'desc' }, select: releaseSelect })
  return row ? { ...toSummary(row), data: row.data } : null
}

export async function findReleaseById(id: number): Promise<ContentRelease | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null
  const row = await getDb().contentRelease.findUnique({ where: { id }, select: releaseSelect })
  return row ? { ...toSummary(row), data: row.data } : null
}

/** The newest release with this content version (a plan's `contentVersion`). */
export async function findContentRelease(version: string): Promise<ContentRelease | null> {
  const row = await getDb().contentRelease.findFirst({
    where: { version },
    orderBy: { id: 'desc' },
    select: releaseSelect,
  })
  return row ? { ...toSummary(row), data: row.data } : null
}

/** Newest first. */
export async function listReleases(limit = 200): Promise<ReleaseSummary[]> {
  const rows = await getDb().contentRelease.findMany({ orderBy: { id: 'desc' }, take: limit, select: summarySelect })
  return rows.map(toSummary)
}

import { appendAudit, type NewAuditEvent } from '@/lib/admin/audit-repo'
import type { Prisma } from '@/lib/generated/prisma/client'
import { getDb } from '@/lib/platform/db'
import { toJsonColumn } from '@/lib/platform/db/json'
import type { Collection, DraftItemData } from './collections'

// The admins' working copy, one row per item. Every change is a compare-and-set on that item's revision: the
// UPDATE matches only the revision the admin started from, so of two saves based on the same revision exactly one
// lands and the other is told, and saves to different items never wait on each other. Each change and its audit
// row commit together.

export type Draft = { id: number; basedOnReleaseId: number; createdAt: Date }
export type DraftItem = DraftItemData & { revision: number; updatedAt: Date; updatedBy: string | null }

const itemSelect = {
  collection: true,
  itemId: true,
  position: true,
  data: true,
  revision: true,
  updatedAt: true,
  updatedById: true,
} satisfies Prisma.ContentDraftItemSelect

type ItemRow = Prisma.ContentDraftItemGetPayload<{ select: typeof itemSelect }>

async function emails(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  if (wanted.length === 0) return new Map()
  const users = await getDb().adminUser.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } })
  return new Map(users.map((u) => [u.id, u.email]))
}

async function toItems(rows: ItemRow[]): Promise<DraftItem[]> {
  const byId = await emails(rows.map((r) => r.updatedById))
  return rows.map(({ updatedById, collection, ...row }) => ({
    ...row,
    collection: collection as Collection,
    updatedBy: updatedById ? (byId.get(updatedById) ?? null) : null,
  }))
}

export async function findDraft(): Promise<Draft | null> {
  return getDb().contentDraft.findUnique({
    where: { slot: 'main' },
    select: { id: true, basedOnReleaseId: true, createdAt: true },
  })
}

/** Creates the draft from these items unless one exists (two admins starting at once get the same draft). */
export async function createDraft(basedOnReleaseId: number, items: DraftItemData[], audit: NewAuditEvent) {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.contentDraft.createMany({ data: [{ basedOnReleaseId }], skipDuplicates: true })
    const draft = await tx.contentDraft.findUniqueOrThrow({ where: { slot: 'main' }, select: { id: true } })
    if (count === 1) {
      await tx.contentDraftItem.createMany({
        data: items.map((i) => ({
          ...i,
          draftId: draft.id,
          data: toJsonColumn(i.data, 'data'),
          updatedById: audit.actor?.id ?? null,
        })),
      })
      await appendAudit(audit, tx)
    }
    return { draftId: draft.id, created: count === 1 }
  })
}

export async function listDraftItems(draftId: number): Promise<DraftItem[]> {
  const rows = await getDb().contentDraftItem.findMany({
    where: { draftId },
    orderBy: [{ collection: 'asc' }, { position: 'asc' }, { itemId: 'asc' }],
    select: itemSelect,
  })
  return toItems(rows)
}

export async function findDraftItem(
  draftId: number,
  collection: Collection,
  itemId: string,
): Promise<DraftItem | null> {
  const row = await getDb().contentDraftItem.findUnique({
    where: { draftId_collection_itemId: { draftId, collection, itemId } },
    select: itemSelect,
  })
  return row ? ((await toItems([row]))[0] ?? null) : null
}

export type ItemWrite = { ok: true; revision: number } | { ok: false; reason: 'conflict' | 'gone' | 'exists' }

/** Saves an item if it is still at `baseRevision`. */
export async function updateDraftItem(
  key: { draftId: number; collection: Collection; itemId: string },
  data: unknown,
  baseRevision: number,
  audit: NewAuditEvent,
): Promise<ItemWrite> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.contentDraftItem.updateMany({
      where: { ...key, revision: baseRevision },
      data: {
        data: toJsonColumn(data, 'data'),
        revision: { increment: 1 },
        updatedAt: new Date(),
        updatedById: audit.actor?.id ?? null,
      },
    })
    if (count === 0) {
      const exists = await tx.contentDraftItem.count({ where: key })
      return { ok: false, reason: exists ? 'conflict' : 'gone' }
    }
    await appendAudit({ ...audit, detail: { ...audit.detail, revision: baseRevision + 1 } }, tx)
    return { ok: true, revision: baseRevision + 1 }
  })
}

/** Adds a new item at the end of its collection; refused if the id is taken. */
export async function insertDraftItem(
  key: { draftId: number; collection: Collection; itemId: string },
  data: unknown,
  audit: NewAuditEvent,
): Promise<ItemWrite> {
  return getDb().$transaction(async (tx) => {
    const last = await tx.contentDraftItem.aggregate({
      where: { draftId: key.draftId, collection: key.collection },
      _max: { position: true },
    })
    const { count } = await tx.contentDraftItem.createMany({
      data: [
        {
          ...key,
          position: (last._max.position ?? -1) + 1,
          data: toJsonColumn(data, 'data'),
          updatedById: audit.actor?.id ?? null,
        },
      ],
      skipDuplicates: true,
    })
    if (count === 0) return { ok: false, reason: 'exists' }
    await appendAudit({ ...audit, detail: { ...audit.detail, revision: 1 } }, tx)
    return { ok: true, revision: 1 }
  })
}

/** Removes an item if it is still at `baseRevision`. */
export async function removeDraftItem(
  key: { draftId: number; collection: Collection; itemId: string },
  baseRevision: number,
  audit: NewAuditEvent,
): Promise<ItemWrite> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.contentDraftItem.deleteMany({ where: { ...key, revision: baseRevision } })
    if (count === 0) {
      const exists = await tx.contentDraftItem.count({ where: key })
      return { ok: false, reason: exists ? 'conflict' : 'gone' }
    }
    await appendAudit(audit, tx)
    return { ok: true, revision: baseRevision }
  })
}

/**
 * Replaces every item (an import, or discarding the draft's changes), if the draft still has exactly the item
 * revisions the admin saw (`expected`: "collection/itemId" → revision), so nobody's newer save is thrown away unseen.
 */
export async function replaceDraftItems(
  draftId: number,
  basedOnReleaseId: number,
  expected: ReadonlyMap<string, number>,
  items: DraftItemData[],
  audit: NewAuditEvent,
): Promise<{ ok: true } | { ok: false; reason: 'conflict' }> {
  return getDb()
    .$transaction(async (tx) => {
      // Locks the draft row: a concurrent replace waits here, and then sees the revisions this one wrote.
      await tx.$queryRaw`SELECT id FROM content_drafts WHERE id = ${draftId} FOR UPDATE`
      const deleted = await tx.$queryRaw<{ collection: string; item_id: string; revision: number }[]>`
      DELETE FROM content_draft_items WHERE draft_id = ${draftId} RETURNING collection, item_id, revision`
      const same =
        deleted.length === expected.size &&
        deleted.every((d) => expected.get(`${d.collection}/${d.item_id}`) === d.revision)
      if (!same) throw new ConflictRollback()
      await tx.contentDraft.update({ where: { id: draftId }, data: { basedOnReleaseId } })
      // Revisions keep counting up per item, so a form opened before the replace is refused, not applied over it.
      const previous = new Map(deleted.map((d) => [`${d.collection}/${d.item_id}`, d.revision]))
      await tx.contentDraftItem.createMany({
        data: items.map((i) => ({
          ...i,
          draftId,
          data: toJsonColumn(i.data, 'data'),
          revision: (previous.get(`${i.collection}/${i.itemId}`) ?? 0) + 1,
          updatedById: audit.actor?.id ?? null,
        })),
      })
      await appendAudit(audit, tx)
      return { ok: true as const }
    })
    .catch((error: unknown) => {
      if (error instanceof ConflictRollback) return { ok: false as const, reason: 'conflict' as const }
      throw error
    })
}

class ConflictRollback extends Error {}

import type { Prisma } from '@/lib/generated/prisma/client'
import { getDb } from '@/lib/platform/db'
import { toJsonColumn } from '@/lib/platform/db/json'
import { type AuditAction, AuditActionSchema, type AuditDetail, AuditDetailSchema } from './audit'

// The audit log: rows are only ever added here (and a database trigger refuses UPDATE and DELETE).

export type NewAuditEvent = {
  action: AuditAction
  actor: { id: string; email: string } | null
  subject?: string
  detail?: AuditDetail
  ip?: string
}

export type AuditEvent = {
  id: string
  action: AuditAction
  actorEmail: string
  subject: string
  detail: AuditDetail
  ip: string
  createdAt: Date
}

const eventSelect = {
  id: true,
  action: true,
  actorEmail: true,
  subject: true,
  detail: true,
  ip: true,
  createdAt: true,
} satisfies Prisma.AdminAuditEventSelect

type Client = Pick<Prisma.TransactionClient, 'adminAuditEvent'>

/** Appends one event; pass a transaction client to make it part of the change it records. */
export async function appendAudit(event: NewAuditEvent, client: Client = getDb()): Promise<void> {
  await client.adminAuditEvent.create({
    data: {
      action: event.action,
      actorId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? '',
      subject: event.subject?.slice(0, 300) ?? '',
      detail: toJsonColumn(event.detail ?? {}, 'detail'),
      ip: event.ip?.slice(0, 64) ?? '',
    },
    select: { id: true },
  })
}

type Row = Prisma.AdminAuditEventGetPayload<{ select: typeof eventSelect }>

function toEvent(row: Row): AuditEvent {
  const action = AuditActionSchema.safeParse(row.action)
  const detail = AuditDetailSchema.safeParse(row.detail)
  return {
    ...row,
    id: row.id.toString(),
    // A row written by a newer version of the app still shows, with what can be read of it.
    action: action.success ? action.data : 'unknown',
    detail: detail.success ? detail.data : {},
  }
}

/** Newest first, `limit` at a time; pass the last id seen as `before` for the next page. */
export async function listAudit(options: { before?: string; limit?: number; subject?: string } = {}) {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200)
  const before = options.before && /^\d{1,18}$/.test(options.before) ? BigInt(options.before) : undefined
  const rows = await getDb().adminAuditEvent.findMany({
    where: {
      ...(before !== undefined ? { id: { lt: before } } : {}),
      ...(options.subject ? { subject: options.subject } : {}),
    },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: eventSelect,
  })
  const events = rows.slice(0, limit).map(toEvent)
  return { events, nextBefore: rows.length > limit ? events.at(-1)?.id : undefined }
}

/** Saves of one draft item after a given moment, oldest first: "what changed meanwhile" for a refused save. */
export async function listItemSavesSince(subject: string, since: Date): Promise<AuditEvent[]> {
  const rows = await getDb().adminAuditEvent.findMany({
    where: { subject, createdAt: { gt: since }, action: { in: ['draft-saved', 'draft-item-deleted', 'imported'] } },
    orderBy: { id: 'asc' },
    take: 50,
    select: eventSelect,
  })
  return rows.map(toEvent)
}

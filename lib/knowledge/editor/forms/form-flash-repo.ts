import { getDb } from '@/lib/platform/db'
import { isUuid } from '@/lib/platform/db/ids'
import { toJsonColumn } from '@/lib/platform/db/json'

// A failed form's input and errors, kept on the server for the page the action redirects back to. Readable only
// by the admin who typed it, for an hour; each write also sweeps old entries.

const TTL_MS = 60 * 60 * 1000

export async function stashForm(userId: string, formKey: string, payload: unknown): Promise<string> {
  const db = getDb()
  await db.adminFormFlash.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - TTL_MS) } } })
  const { id } = await db.adminFormFlash.create({
    data: { userId, formKey, payload: toJsonColumn(payload, 'payload') },
    select: { id: true },
  })
  return id
}

export async function readStashedForm(userId: string, formKey: string, id: unknown): Promise<unknown | null> {
  if (typeof id !== 'string' || !isUuid(id)) return null
  const row = await getDb().adminFormFlash.findFirst({
    where: { id, userId, formKey, createdAt: { gt: new Date(Date.now() - TTL_MS) } },
    select: { payload: true },
  })
  return row?.payload ?? null
}

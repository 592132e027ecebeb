import { getDb } from '@/lib/platform/db'

// Rows of lib/platform/flash/flash.ts. No business rules here: the caller hashes, encrypts and decides the expiry.

export type FlashRow = { idHash: string; formKey: string; payload: Uint8Array<ArrayBuffer>; expiresAt: Date }

/** Writes (or replaces) the flash stored under idHash. */
export async function putFlash(row: FlashRow): Promise<void> {
  const { idHash, ...rest } = row
  await getDb().formFlash.upsert({
    where: { idHash },
    create: row,
    update: rest,
    select: { idHash: true },
  })
}

/** The payload stored under idHash, only if it belongs to formKey and has not expired. */
export async function findFlash(idHash: string, formKey: string, now: Date): Promise<Uint8Array | null> {
  const row = await getDb().formFlash.findFirst({
    where: { idHash, formKey, expiresAt: { gt: now } },
    select: { payload: true },
  })
  return row?.payload ?? null
}

export async function deleteFlash(idHash: string): Promise<void> {
  await getDb().formFlash.deleteMany({ where: { idHash } })
}

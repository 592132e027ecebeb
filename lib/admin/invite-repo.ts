import { getDb } from '@/lib/platform/db'
import { isWellFormedToken, newToken, tokenHash } from '@/lib/platform/security/tokens'

// Invitations to become an admin: a single-use link valid for 48 hours, its token stored only as a hash.

export const INVITE_HOURS = 48

export type Invite = { id: string; email: string; expiresAt: Date; createdAt: Date }

export async function createInvite(email: string, invitedById: string, now = new Date()): Promise<{ token: string }> {
  const token = newToken()
  await getDb().adminInvite.create({
    data: {
      tokenHash: tokenHash(token),
      email,
      invitedById,
      expiresAt: new Date(now.getTime() + INVITE_HOURS * 3600_000),
    },
    select: { id: true },
  })
  return { token }
}

export async function findOpenInvite(token: string, now = new Date()): Promise<Invite | null> {
  if (!isWellFormedToken(token)) return null
  return getDb().adminInvite.findFirst({
    where: { tokenHash: tokenHash(token), usedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, expiresAt: true, createdAt: true },
  })
}

/** Marks the invitation used; false when someone used it first (two tabs), so it makes one account only. */
export async function markInviteUsed(id: string, now = new Date()): Promise<boolean> {
  const { count } = await getDb().adminInvite.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  })
  return count === 1
}

export async function listOpenInvites(now = new Date()): Promise<Invite[]> {
  return getDb().adminInvite.findMany({
    where: { usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, email: true, expiresAt: true, createdAt: true },
  })
}

export async function withdrawInvite(id: string): Promise<boolean> {
  const { count } = await getDb().adminInvite.updateMany({
    where: { id, usedAt: null },
    data: { usedAt: new Date(), expiresAt: new Date() },
  })
  return count === 1
}

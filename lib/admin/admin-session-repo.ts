import type { Prisma } from '@/lib/generated/prisma/client'
import { getDb } from '@/lib/platform/db'

// Sessions as admins manage them: listed, revoked by id (never by token), touched to keep the idle clock honest.

export type AdminSessionRow = {
  id: string
  createdAt: Date
  lastSeenAt: Date
  expiresAt: Date
  ipAddress: string | null
  userAgent: string | null
}

const sessionSelect = {
  id: true,
  createdAt: true,
  lastSeenAt: true,
  expiresAt: true,
  ipAddress: true,
  userAgent: true,
} satisfies Prisma.AdminSessionSelect

/** The admin's sessions that have not ended, newest activity first. */
export async function listLiveSessions(userId: string, idleSince: Date, now = new Date()): Promise<AdminSessionRow[]> {
  return getDb().adminSession.findMany({
    where: { userId, expiresAt: { gt: now }, lastSeenAt: { gt: idleSince } },
    orderBy: { lastSeenAt: 'desc' },
    select: sessionSelect,
  })
}

export async function touchSession(sessionId: string, at: Date): Promise<void> {
  await getDb().adminSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: at } })
}

/** Ends one of this admin's sessions. False when it is not theirs or already gone. */
export async function deleteSession(userId: string, sessionId: string): Promise<boolean> {
  const { count } = await getDb().adminSession.deleteMany({ where: { id: sessionId, userId } })
  return count === 1
}

/** Ends every session of this admin, this browser's included. */
export async function deleteAllSessions(userId: string): Promise<number> {
  const { count } = await getDb().adminSession.deleteMany({ where: { userId } })
  return count
}

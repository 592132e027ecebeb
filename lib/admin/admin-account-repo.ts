import type { Prisma } from '@/lib/generated/prisma/client'
import { getDb } from '@/lib/platform/db'

export type AdminAccountSummary = { id: string; email: string; name: string; createdAt: Date; liveSessions: number }

export async function findAdminByEmail(email: string): Promise<{ id: string } | null> {
  return getDb().adminUser.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } })
}

const adminSelect = { id: true, email: true, name: true, createdAt: true } satisfies Prisma.AdminUserSelect

export async function listAdmins(now = new Date()): Promise<AdminAccountSummary[]> {
  const rows = await getDb().adminUser.findMany({
    orderBy: { createdAt: 'asc' },
    select: { ...adminSelect, _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } } },
  })
  return rows.map(({ _count, ...row }) => ({ ...row, liveSessions: _count.sessions }))
}

export async function countAdmins(): Promise<number> {
  return getDb().adminUser.count()
}

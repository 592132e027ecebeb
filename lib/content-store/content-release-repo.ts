import { getDb } from '@/lib/db'
import { toJsonColumn } from '@/lib/db/json'
import type { Prisma } from '@/lib/generated/prisma/client'

// Published content bundles. A plan records the version it was computed from and is rendered with that release
// later, even after the content changes. `data` is parsed by the engine's ContentSchema at the call site.

export type ContentRelease = { version: string; data: unknown; createdAt: Date }

const releaseSelect = { version: true, data: true, createdAt: true } satisfies Prisma.ContentReleaseSelect

/** Stores the release unless that version exists (safe to run on every start, and concurrently). */
export async function seedContentRelease(version: string, data: unknown): Promise<{ created: boolean }> {
  const { count } = await getDb().contentRelease.createMany({
    data: [{ version, data: toJsonColumn(data, 'data') }],
    skipDuplicates: true,
  })
  return { created: count === 1 }
}

/** The most recently published release, or null before the first seed. */
export async function findLatestContentRelease(): Promise<ContentRelease | null> {
  return getDb().contentRelease.findFirst({ orderBy: { id: 'desc' }, select: releaseSelect })
}

export async function findContentRelease(version: string): Promise<ContentRelease | null> {
  return getDb().contentRelease.findUnique({ where: { version }, select: releaseSelect })
}

import { type ListingAnalysis, ListingAnalysisSchema } from '@/lib/engine/listings/analysis-schema'
import type { Prisma } from '@/lib/generated/prisma/client'
import { getDb } from '@/lib/platform/db'
import { isUuid } from '@/lib/platform/db/ids'
import { toJsonColumn } from '@/lib/platform/db/json'
import { isWellFormedToken, tokenHash } from '@/lib/platform/security/tokens'

// Job listings an owner keeps beside their plan. Every operation authorizes by the owner token: it only ever touches
// listings of the family whose owner-token hash matches, so another owner's listing id answers "not found". Listings
// go with the family (cascade): "delete everything" and the unclaimed-plan sweep erase them.

/** Enough to compare a handful of jobs side by side; stops one link filling the disk. */
export const MAX_SAVED_LISTINGS = 30

export type SavedListing = {
  id: string
  name: string
  text: string
  /** Null when the stored analysis no longer reads (made by an older version): analyse the text again. */
  analysis: ListingAnalysis | null
  contentVersion: string
  /** The owner shows this listing's check on the share page (at most one listing does). */
  shownOnShare: boolean
  createdAt: Date
}

const listingSelect = {
  id: true,
  name: true,
  text: true,
  analysis: true,
  contentVersion: true,
  shownOnShare: true,
  createdAt: true,
} satisfies Prisma.JobListingSelect

type Row = Prisma.JobListingGetPayload<{ select: typeof listingSelect }>

function toListing(row: Row): SavedListing {
  const analysis = ListingAnalysisSchema.safeParse(row.analysis)
  return { ...row, analysis: analysis.success ? analysis.data : null }
}

const familyWhere = (ownerToken: string) => ({ ownerTokenHash: tokenHash(ownerToken) })

export type NewListing = { name: string; text: string; analysis: ListingAnalysis; contentVersion: string }

/** Keeps a listing; null when the owner token is unknown, 'full' at MAX_SAVED_LISTINGS. */
export async function saveJobListing(ownerToken: string, input: NewListing): Promise<{ id: string } | 'full' | null> {
  if (!isWellFormedToken(ownerToken)) return null
  const db = getDb()
  const family = await db.planFamily.findUnique({
    where: familyWhere(ownerToken),
    select: { id: true, _count: { select: { jobListings: true } } },
  })
  if (!family) return null
  if (family._count.jobListings >= MAX_SAVED_LISTINGS) return 'full'
  return db.jobListing.create({
    data: {
      familyId: family.id,
      name: input.name,
      text: input.text,
      analysis: toJsonColumn(input.analysis, 'analysis'),
      contentVersion: input.contentVersion,
    },
    select: { id: true },
  })
}

/** The owner's listings, newest first. */
export async function listJobListings(ownerToken: string): Promise<SavedListing[]> {
  if (!isWellFormedToken(ownerToken)) return []
  const rows = await getDb().jobListing.findMany({
    where: { family: familyWhere(ownerToken) },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select: listingSelect,
  })
  return rows.map(toListing)
}

export async function findJobListing(ownerToken: string, id: string): Promise<SavedListing | null> {
  if (!isWellFormedToken(ownerToken) || !isUuid(id)) return null
  const row = await getDb().jobListing.findFirst({
    where: { id, family: familyWhere(ownerToken) },
    select: listingSelect,
  })
  return row ? toListing(row) : null
}

/** False when it is not this owner's listing. */
export async function renameJobListing(ownerToken: string, id: string, name: string): Promise<boolean> {
  if (!isWellFormedToken(ownerToken) || !isUuid(id)) return false
  const { count } = await getDb().jobListing.updateMany({
    where: { id, family: familyWhere(ownerToken) },
    data: { name },
  })
  return count === 1
}

/** False when it is not this owner's listing. */
export async function deleteJobListing(ownerToken: string, id: string): Promise<boolean> {
  if (!isWellFormedToken(ownerToken) || !isUuid(id)) return false
  const { count } = await getDb().jobListing.deleteMany({ where: { id, family: familyWhere(ownerToken) } })
  return count === 1
}

/**
 * Shows this listing's check on the share page, or stops. Showing one hides any other the owner showed before: the
 * share page shows at most one listing, the one the owner chose last. False when it is not this owner's listing.
 */
export async function showJobListingOnShare(ownerToken: string, id: string, show: boolean): Promise<boolean> {
  if (!isWellFormedToken(ownerToken) || !isUuid(id)) return false
  const db = getDb()
  const where = { id, family: familyWhere(ownerToken) }
  if (!show) return (await db.jobListing.updateMany({ where, data: { shownOnShare: false } })).count === 1
  const [, shown] = await db.$transaction([
    db.jobListing.updateMany({
      where: { family: familyWhere(ownerToken), NOT: { id } },
      data: { shownOnShare: false },
    }),
    db.jobListing.updateMany({ where, data: { shownOnShare: true } }),
  ])
  return shown.count === 1
}

/** The one listing the owner chose to show with this share link, or null (none chosen, or the link is not live). */
export async function findListingShownOnShare(shareToken: string): Promise<SavedListing | null> {
  if (!isWellFormedToken(shareToken)) return null
  const row = await getDb().jobListing.findFirst({
    where: { shownOnShare: true, family: { shareTokenHash: tokenHash(shareToken) } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select: listingSelect,
  })
  return row ? toListing(row) : null
}

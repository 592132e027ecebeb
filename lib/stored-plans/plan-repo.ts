import { getDb } from '@/lib/db'
import { isUuid } from '@/lib/db/ids'
import type { Prisma } from '@/lib/generated/prisma/client'
import { packPayload, unpackPayload } from './payload'
import { sealShareToken, unsealShareToken } from './share-seal'
import { isWellFormedToken, newToken, tokenHash } from './tokens'

// Stored plans behind two capability links. Every lookup is by the sha256 of a token; an unknown, malformed or
// revoked token gives null, and callers answer 404 without saying which.

export type NewPlan = { answers: unknown; result: unknown; plan: unknown; contentVersion: string }

/** The owner's view: everything, plus the live share token (null when the share link is off). */
export type OwnerPlan = {
  id: string
  contentVersion: string
  answers: unknown
  result: unknown
  plan: unknown
  createdAt: Date
  isShared: boolean
  shareToken: string | null
}

/** The read-only share view: no id, no answers, nothing about the owner's links. */
export type SharedPlan = { contentVersion: string; result: unknown; plan: unknown; createdAt: Date }

const ownerSelect = {
  id: true,
  contentVersion: true,
  payload: true,
  createdAt: true,
  shareTokenHash: true,
  shareTokenSealed: true,
} satisfies Prisma.PlanSelect

const sharedSelect = { contentVersion: true, payload: true, createdAt: true } satisfies Prisma.PlanSelect

export type CreatePlanOptions = {
  /** The questionnaire draft the answers came from: deleted in the same transaction, so no copy stays behind. */
  consumeDraftId?: string
  /** Swept at this time unless the owner opens the plan first (claimPlan). Unset: kept until deleted. */
  expiresUnlessOpenedAt?: Date
}

export async function createPlan(
  input: NewPlan,
  options: CreatePlanOptions = {},
): Promise<{ id: string; ownerToken: string; shareToken: string }> {
  const ownerToken = newToken()
  const shareToken = newToken()
  const db = getDb()
  const create = db.plan.create({
    data: {
      ownerTokenHash: tokenHash(ownerToken),
      shareTokenHash: tokenHash(shareToken),
      shareTokenSealed: sealShareToken(ownerToken, shareToken),
      contentVersion: input.contentVersion,
      payload: packPayload({ answers: input.answers, result: input.result, plan: input.plan }),
      expiresAt: options.expiresUnlessOpenedAt ?? null,
    },
    select: { id: true },
  })
  const draftId = options.consumeDraftId
  const { id } =
    draftId && isUuid(draftId)
      ? (await db.$transaction([create, db.draft.deleteMany({ where: { id: draftId } })]))[0]
      : await create
  return { id, ownerToken, shareToken }
}

/** The owner has opened the plan: it is no longer swept as unclaimed. A no-op (no row written) after the first. */
export async function claimPlan(ownerToken: string): Promise<void> {
  if (!isWellFormedToken(ownerToken)) return
  await getDb().plan.updateMany({
    where: { ownerTokenHash: tokenHash(ownerToken), expiresAt: { not: null } },
    data: { expiresAt: null },
  })
}

export async function findPlanByOwnerToken(ownerToken: string): Promise<OwnerPlan | null> {
  if (!isWellFormedToken(ownerToken)) return null
  const row = await getDb().plan.findUnique({ where: { ownerTokenHash: tokenHash(ownerToken) }, select: ownerSelect })
  if (!row) return null
  const { shareTokenHash, shareTokenSealed, payload, ...plan } = row
  const isShared = shareTokenHash !== null
  const shareToken = isShared && shareTokenSealed ? unsealShareToken(ownerToken, shareTokenSealed) : null
  return { ...plan, ...unpackPayload(payload), isShared, shareToken }
}

export async function findPlanByShareToken(shareToken: string): Promise<SharedPlan | null> {
  if (!isWellFormedToken(shareToken)) return null
  const row = await getDb().plan.findUnique({ where: { shareTokenHash: tokenHash(shareToken) }, select: sharedSelect })
  if (!row) return null
  const { result, plan } = unpackPayload(row.payload)
  return { contentVersion: row.contentVersion, createdAt: row.createdAt, result, plan }
}

/** Whether the share link works right now (a cheap existence check by hash, for cached pages). */
export async function isShareTokenLive(shareToken: string): Promise<boolean> {
  if (!isWellFormedToken(shareToken)) return false
  const row = await getDb().plan.findUnique({ where: { shareTokenHash: tokenHash(shareToken) }, select: { id: true } })
  return row !== null
}

/** Issues a new share link; the previous one stops working. Null when the owner token is unknown. */
export async function rotateShareToken(ownerToken: string): Promise<string | null> {
  if (!isWellFormedToken(ownerToken)) return null
  const shareToken = newToken()
  const { count } = await getDb().plan.updateMany({
    where: { ownerTokenHash: tokenHash(ownerToken) },
    data: { shareTokenHash: tokenHash(shareToken), shareTokenSealed: sealShareToken(ownerToken, shareToken) },
  })
  return count === 1 ? shareToken : null
}

/** Turns the share link off until the owner rotates a new one. False when the owner token is unknown. */
export async function revokeShareToken(ownerToken: string): Promise<boolean> {
  if (!isWellFormedToken(ownerToken)) return false
  const { count } = await getDb().plan.updateMany({
    where: { ownerTokenHash: tokenHash(ownerToken) },
    data: { shareTokenHash: null, shareTokenSealed: null },
  })
  return count === 1
}

/** Deletes the plan's row (answers, result, plan, both link hashes). False when the owner token is unknown. */
export async function deletePlan(ownerToken: string): Promise<boolean> {
  if (!isWellFormedToken(ownerToken)) return false
  const { count } = await getDb().plan.deleteMany({ where: { ownerTokenHash: tokenHash(ownerToken) } })
  return count === 1
}

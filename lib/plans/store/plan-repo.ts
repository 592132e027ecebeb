import { randomUUID } from 'node:crypto'
import type { Prisma } from '@/lib/generated/prisma/client'
import { getDb, rawQuery } from '@/lib/platform/db'
import {
  type PlanPayloadJson,
  packPayload,
  packPayloadJson,
  payloadJson,
  unpackPayload,
} from '@/lib/platform/db/payload'
import { isWellFormedToken, newToken, tokenHash } from '@/lib/platform/security/tokens'
import { planStored } from './capacity'
import { sealShareToken, unsealShareToken } from './share-seal'

// Stored plans behind two capability links. The links belong to a plan family: the first assessment and every
// retake after it, so one owner link keeps working for good. Every lookup is by the sha256 of a token; an unknown,
// malformed or revoked token gives null, and callers answer 404 without saying which.

export type NewPlan = {
  answers: unknown
  result: unknown
  plan: unknown
  contentVersion: string
  /** The questionnaire draft the answers came from, erased with the plan if it still exists. */
  draftId?: string | null
  /** The day week 1 begins, YYYY-MM-DD; defaults to today (UTC). */
  startsOn?: string
}

/** The owner's view of one plan of the family (the newest unless asked otherwise), plus the live share token. */
export type OwnerPlan = {
  id: string
  familyId: string
  /** 1 for the first assessment, 2 for the first retake… */
  sequence: number
  /** How many plans the family holds; the newest has sequence === planCount. */
  planCount: number
  contentVersion: string
  answers: unknown
  result: unknown
  plan: unknown
  createdAt: Date
  /** YYYY-MM-DD, as first set; moving it later is a progress event. */
  startsOn: string
  isShared: boolean
  shareToken: string | null
}

/** The read-only share view: no answers, nothing about the owner's links. `id` is only for loading its progress. */
export type SharedPlan = {
  id: string
  contentVersion: string
  result: unknown
  plan: unknown
  createdAt: Date
  startsOn: string
}

/** One entry of the owner's history of assessments. */
export type PlanHistoryEntry = { id: string; sequence: number; contentVersion: string; createdAt: Date }

const planSelect = {
  id: true,
  sequence: true,
  contentVersion: true,
  payload: true,
  createdAt: true,
  startsOn: true,
} satisfies Prisma.PlanSelect

const familySelect = {
  id: true,
  shareTokenHash: true,
  shareTokenSealed: true,
  _count: { select: { plans: true } },
} satisfies Prisma.PlanFamilySelect

const newestFirst = { sequence: 'desc' } as const

/** Dates travel as YYYY-MM-DD; the column is a DATE, which Prisma maps to midnight UTC. */
export const dayToDate = (day: string) => new Date(`${day}T00:00:00.000Z`)
export const dateToDay = (date: Date) => date.toISOString().slice(0, 10)

export type CreatePlanOptions = {
  /** Swept at this time unless the owner opens the plan first (claimPlan). Unset: kept until erased. */
  expiresUnlessOpenedAt?: Date
}

export async function createPlan(
  input: NewPlan,
  options: CreatePlanOptions = {},
): Promise<{ id: string; familyId: string; ownerToken: string; shareToken: string; json: PlanPayloadJson }> {
  const ownerToken = newToken()
  const shareToken = newToken()
  const familyId = randomUUID()
  const id = randomUUID()
  const day = input.startsOn ?? dateToDay(new Date())
  const json = payloadJson(planPayload(input))
  // One statement, so one round trip and atomic by itself: the family with its first plan. (Prisma's nested create
  // is five statements in a transaction, about half a submission's time on the embedded database: npm run bench.)
  // Sent without Prisma, whose handling of the statement and its ~19 kB payload cost more CPU than PostgreSQL's
  // insert itself (rawQuery).
  const rows = await rawQuery<{ id: string }>(
    `WITH family AS (
       INSERT INTO plan_families (id, owner_token_hash, share_token_hash, share_token_sealed, expires_at)
       VALUES ($1::uuid, $2, $3, $4, $5::timestamptz)
       RETURNING id
     )
     INSERT INTO plans (id, family_id, sequence, content_version, payload, starts_on, draft_id)
     SELECT $6::uuid, family.id, 1, $7, $8, $9::date, $10::uuid
     FROM family
     RETURNING id::text AS id`,
    [
      familyId,
      tokenHash(ownerToken),
      tokenHash(shareToken),
      sealShareToken(ownerToken, shareToken),
      options.expiresUnlessOpenedAt?.toISOString() ?? null,
      id,
      input.contentVersion,
      await packPayloadJson(json),
      day,
      input.draftId ?? null,
    ],
  )
  if (rows[0]?.id !== id) throw new Error('createPlan: the plan row was not created')
  planStored()
  return { id, familyId, ownerToken, shareToken, json }
}

const planPayload = (input: NewPlan) => ({ answers: input.answers, result: input.result, plan: input.plan })

function planData(input: NewPlan, payload: Uint8Array<ArrayBuffer>, sequence: number) {
  return {
    sequence,
    contentVersion: input.contentVersion,
    payload,
    startsOn: dayToDate(input.startsOn ?? dateToDay(new Date())),
    draftId: input.draftId ?? null,
  }
}

/**
 * Adds a retake to the owner's family: the newest plan from now on, behind the same links. Null when the owner token
 * is unknown. Two retakes stored at once get different sequence numbers (the unique index decides; the loser retries).
 */
export async function createRetakePlan(
  ownerToken: string,
  input: NewPlan,
): Promise<{ id: string; sequence: number } | null> {
  if (!isWellFormedToken(ownerToken)) return null
  const db = getDb()
  const payload = await packPayload(planPayload(input))
  for (let attempt = 0; attempt < 3; attempt++) {
    const family = await db.planFamily.findUnique({
      where: { ownerTokenHash: tokenHash(ownerToken) },
      select: { id: true, plans: { select: { sequence: true }, orderBy: newestFirst, take: 1 } },
    })
    if (!family) return null
    const sequence = (family.plans[0]?.sequence ?? 0) + 1
    try {
      const { id } = await db.plan.create({
        data: { ...planData(input, payload, sequence), familyId: family.id },
        select: { id: true },
      })
      planStored()
      return { id, sequence }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
  }
  throw new Error('createRetakePlan: could not take the next sequence number')
}

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'

/** The family's newest plan, or the one with this sequence number. */
export async function findPlanByOwnerToken(ownerToken: string, sequence?: number): Promise<OwnerPlan | null> {
  if (!isWellFormedToken(ownerToken)) return null
  if (sequence !== undefined && !(Number.isInteger(sequence) && sequence >= 1 && sequence < 1_000_000)) return null
  const family = await getDb().planFamily.findUnique({
    where: { ownerTokenHash: tokenHash(ownerToken) },
    select: {
      ...familySelect,
      plans: {
        select: planSelect,
        where: sequence === undefined ? undefined : { sequence },
        orderBy: newestFirst,
        take: 1,
      },
    },
  })
  const row = family?.plans[0]
  if (!family || !row) return null
  const isShared = family.shareTokenHash !== null
  const shareToken = isShared && family.shareTokenSealed ? unsealShareToken(ownerToken, family.shareTokenSealed) : null
  const { payload, startsOn, ...plan } = row
  return {
    ...plan,
    ...unpackPayload(payload),
    familyId: family.id,
    planCount: family._count.plans,
    startsOn: dateToDay(startsOn),
    isShared,
    shareToken,
  }
}

/** Every assessment in the owner's family, oldest first. Empty when the owner token is unknown. */
export async function listFamilyPlans(ownerToken: string): Promise<PlanHistoryEntry[]> {
  if (!isWellFormedToken(ownerToken)) return []
  const family = await getDb().planFamily.findUnique({
    where: { ownerTokenHash: tokenHash(ownerToken) },
    select: {
      plans: {
        select: { id: true, sequence: true, contentVersion: true, createdAt: true },
        orderBy: { sequence: 'asc' },
      },
    },
  })
  return family?.plans ?? []
}

/** The family's newest plan, read-only. */
export async function findPlanByShareToken(shareToken: string): Promise<SharedPlan | null> {
  if (!isWellFormedToken(shareToken)) return null
  const family = await getDb().planFamily.findUnique({
    where: { shareTokenHash: tokenHash(shareToken) },
    select: { plans: { select: planSelect, orderBy: newestFirst, take: 1 } },
  })
  const row = family?.plans[0]
  if (!row) return null
  const { result, plan } = unpackPayload(row.payload)
  return {
    id: row.id,
    contentVersion: row.contentVersion,
    createdAt: row.createdAt,
    startsOn: dateToDay(row.startsOn),
    result,
    plan,
  }
}

/**
 * The owner has opened the plan (or claimed it through the API): it is no longer swept as unclaimed. True when this
 * call claimed it; a no-op (no row written) after the first.
 */
export async function claimPlan(ownerToken: string): Promise<boolean> {
  if (!isWellFormedToken(ownerToken)) return false
  const { count } = await getDb().planFamily.updateMany({
    where: { ownerTokenHash: tokenHash(ownerToken), expiresAt: { not: null } },
    data: { expiresAt: null },
  })
  return count === 1
}

/** Whether an owner link leads to a plan family (claimed or not). */
export async function ownerTokenExists(ownerToken: string): Promise<boolean> {
  if (!isWellFormedToken(ownerToken)) return false
  const row = await getDb().planFamily.findUnique({
    where: { ownerTokenHash: tokenHash(ownerToken) },
    select: { id: true },
  })
  return row !== null
}

/** Whether the share link works right now (a cheap existence check by hash, for cached pages). */
export async function isShareTokenLive(shareToken: string): Promise<boolean> {
  if (!isWellFormedToken(shareToken)) return false
  const row = await getDb().planFamily.findUnique({
    where: { shareTokenHash: tokenHash(shareToken) },
    select: { id: true },
  })
  return row !== null
}

/** Issues a new share link; the previous one stops working. Null when the owner token is unknown. */
export async function rotateShareToken(ownerToken: string): Promise<string | null> {
  if (!isWellFormedToken(ownerToken)) return null
  const shareToken = newToken()
  const { count } = await getDb().planFamily.updateMany({
    where: { ownerTokenHash: tokenHash(ownerToken) },
    data: { shareTokenHash: tokenHash(shareToken), shareTokenSealed: sealShareToken(ownerToken, shareToken) },
  })
  return count === 1 ? shareToken : null
}

/** Turns the share link off until the owner rotates a new one. False when the owner token is unknown. */
export async function revokeShareToken(ownerToken: string): Promise<boolean> {
  if (!isWellFormedToken(ownerToken)) return false
  const { count } = await getDb().planFamily.updateMany({
    where: { ownerTokenHash: tokenHash(ownerToken) },
    data: { shareTokenHash: null, shareTokenSealed: null },
  })
  return count === 1
}

export type Erased = { plans: number; drafts: number }

/**
 * Erases everything behind the owner link in one transaction: every plan of the family (answers, results, plans),
 * their progress events, rater links and rater answers (by cascade), both link hashes, and the questionnaire drafts
 * the answers came from if they still exist. Null when the owner token is unknown.
 */
export async function deletePlan(ownerToken: string): Promise<Erased | null> {
  if (!isWellFormedToken(ownerToken)) return null
  return getDb().$transaction(async (tx) => {
    const family = await tx.planFamily.findUnique({
      where: { ownerTokenHash: tokenHash(ownerToken) },
      select: { id: true, plans: { select: { draftId: true } } },
    })
    if (!family) return null
    const draftIds = family.plans.flatMap((p) => (p.draftId ? [p.draftId] : []))
    const drafts = draftIds.length > 0 ? (await tx.draft.deleteMany({ where: { id: { in: draftIds } } })).count : 0
    await tx.planFamily.delete({ where: { id: family.id } })
    return { plans: family.plans.length, drafts }
  })
}

import { z } from 'zod'
import type { Prisma } from '@/lib/generated/prisma/client'
import { getDb } from '@/lib/platform/db'
import { isUuid } from '@/lib/platform/db/ids'
import { toJsonColumn } from '@/lib/platform/db/json'
import { isWellFormedToken, newToken, tokenHash } from '@/lib/platform/security/tokens'

// Rating links: a capability of their own (random token, only its sha256 stored), tied to the owner's plan family,
// revocable and expiring. A rater's answers sit in their own table and never touch the owner's stored plan.
// Owner operations authorize by the owner token; rater operations by the rater token, and only while it is live.

export const RaterAnswersSchema = z.record(z.string().max(80), z.string().max(80))
export type RaterAnswers = z.infer<typeof RaterAnswersSchema>

export type RaterResponse = {
  status: 'answered' | 'declined'
  answers: RaterAnswers
  contentVersion: string
  signature: string | null
  updatedAt: Date
}

export type RaterLink = {
  id: string
  label: string | null
  createdAt: Date
  expiresAt: Date
  revokedAt: Date | null
  response: RaterResponse | null
}

const responseSelect = {
  status: true,
  answers: true,
  contentVersion: true,
  signature: true,
  updatedAt: true,
} satisfies Prisma.RaterResponseSelect

const linkSelect = {
  id: true,
  label: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  response: { select: responseSelect },
} satisfies Prisma.RaterLinkSelect

type LinkRow = Prisma.RaterLinkGetPayload<{ select: typeof linkSelect }>

function toLink(row: LinkRow): RaterLink {
  const { response, ...link } = row
  if (!response) return { ...link, response: null }
  // Answers were validated on the way in; a row we cannot read shows as no answers rather than crash the page.
  const answers = RaterAnswersSchema.safeParse(response.answers)
  return { ...link, response: { ...response, answers: answers.success ? answers.data : {} } }
}

const familyWhere = (ownerToken: string) => ({ ownerTokenHash: tokenHash(ownerToken) })

export async function createRaterLink(
  ownerToken: string,
  input: { label: string | null; expiresAt: Date },
): Promise<{ id: string; token: string } | null> {
  if (!isWellFormedToken(ownerToken)) return null
  const family = await getDb().planFamily.findUnique({ where: familyWhere(ownerToken), select: { id: true } })
  if (!family) return null
  const token = newToken()
  const { id } = await getDb().raterLink.create({
    data: { familyId: family.id, tokenHash: tokenHash(token), label: input.label, expiresAt: input.expiresAt },
    select: { id: true },
  })
  return { id, token }
}

/** The owner's rating links, newest first, with what each rater said. */
export async function listRaterLinks(ownerToken: string): Promise<RaterLink[]> {
  if (!isWellFormedToken(ownerToken)) return []
  const rows = await getDb().raterLink.findMany({
    where: { family: familyWhere(ownerToken) },
    orderBy: { createdAt: 'desc' },
    select: linkSelect,
  })
  return rows.map(toLink)
}

/** Stops the link working; what the rater already said stays. False when it is not this owner's link. */
export async function revokeRaterLink(ownerToken: string, linkId: string, now: Date): Promise<boolean> {
  if (!isWellFormedToken(ownerToken) || !isUuid(linkId)) return false
  const { count } = await getDb().raterLink.updateMany({
    where: { id: linkId, family: familyWhere(ownerToken), revokedAt: null },
    data: { revokedAt: now },
  })
  return count === 1
}

/** Deletes the link and the rater's answers. False when it is not this owner's link. */
export async function deleteRaterLink(ownerToken: string, linkId: string): Promise<boolean> {
  if (!isWellFormedToken(ownerToken) || !isUuid(linkId)) return false
  const { count } = await getDb().raterLink.deleteMany({ where: { id: linkId, family: familyWhere(ownerToken) } })
  return count === 1
}

/** A rater token's link: live, turned off (or expired: the rater sees the same), or unknown (mistyped, deleted). */
export type RaterLinkLookup = { state: 'live'; link: RaterLink } | { state: 'off' } | { state: 'unknown' }

export async function findRaterLink(token: string, now: Date): Promise<RaterLinkLookup> {
  if (!isWellFormedToken(token)) return { state: 'unknown' }
  const row = await getDb().raterLink.findUnique({ where: { tokenHash: tokenHash(token) }, select: linkSelect })
  if (!row) return { state: 'unknown' }
  if (row.revokedAt !== null || row.expiresAt <= now) return { state: 'off' }
  return { state: 'live', link: toLink(row) }
}

/** The link behind a rater token while it is live (not revoked, not expired); null otherwise. */
export async function findLiveRaterLink(token: string, now: Date): Promise<RaterLink | null> {
  const found = await findRaterLink(token, now)
  return found.state === 'live' ? found.link : null
}

/** Records (or replaces) the rater's answer while the link is live. False when it is not. */
export async function saveRaterResponse(
  token: string,
  now: Date,
  input: Omit<RaterResponse, 'updatedAt'>,
): Promise<boolean> {
  const link = await findLiveRaterLink(token, now)
  if (!link) return false
  const data = {
    status: input.status,
    answers: toJsonColumn(input.answers, 'answers'),
    contentVersion: input.contentVersion,
    signature: input.signature,
  }
  await getDb().raterResponse.upsert({
    where: { linkId: link.id },
    create: { linkId: link.id, ...data },
    update: data,
    select: { id: true },
  })
  return true
}

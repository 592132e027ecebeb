import type { Prisma } from '@/lib/generated/prisma/client'
import { getDb } from '@/lib/platform/db'
import { isUuid } from '@/lib/platform/db/ids'
import { toJsonColumn } from '@/lib/platform/db/json'
import { isWellFormedToken, newToken, tokenHash } from '@/lib/platform/security/tokens'

// Questionnaire drafts, tied to a browser by an httpOnly cookie holding a random token (only its hash is stored).
// Answers are a Record<questionId, answer>; the engine's schemas validate them before they get here.

export type Draft = { id: string; answers: unknown; createdAt: Date; updatedAt: Date }

const draftSelect = { id: true, answers: true, createdAt: true, updatedAt: true } satisfies Prisma.DraftSelect

export async function createDraft(): Promise<{ id: string; token: string }> {
  const token = newToken()
  const { id } = await getDb().draft.create({ data: { tokenHash: tokenHash(token) }, select: { id: true } })
  return { id, token }
}

export async function findDraftByToken(token: string): Promise<Draft | null> {
  if (!isWellFormedToken(token)) return null
  return getDb().draft.findUnique({ where: { tokenHash: tokenHash(token) }, select: draftSelect })
}

/**
 * Merges answers into the draft in one statement, so saving one section never loses another — not even when two
 * tabs save at once. A null value removes that answer (valid answers are never null). Returns the merged answers,
 * or null when the draft no longer exists.
 */
export async function saveDraftAnswers(draftId: string, answers: Record<string, unknown>): Promise<unknown | null> {
  if (!isUuid(draftId)) return null
  const patch = JSON.stringify(toJsonColumn(answers, 'answers'))
  const rows = await getDb().$queryRaw<{ answers: unknown }[]>`
    UPDATE drafts
    SET answers = jsonb_strip_nulls(answers || ${patch}::jsonb), updated_at = now()
    WHERE id = ${draftId}::uuid
    RETURNING answers`
  return rows[0]?.answers ?? null
}

/** Replaces all answers (e.g. "start over" keeps the draft but clears it). False when the draft is gone. */
export async function replaceDraftAnswers(draftId: string, answers: Record<string, unknown>): Promise<boolean> {
  if (!isUuid(draftId)) return false
  const { count } = await getDb().draft.updateMany({
    where: { id: draftId },
    data: { answers: toJsonColumn(answers, 'answers') },
  })
  return count === 1
}

export async function deleteDraft(draftId: string): Promise<boolean> {
  if (!isUuid(draftId)) return false
  const { count } = await getDb().draft.deleteMany({ where: { id: draftId } })
  return count === 1
}

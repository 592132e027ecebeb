import type { StoryFields } from '@/lib/engine/stories/checklist'
import type { Prisma } from '@/lib/generated/prisma/client'
import { getDb } from '@/lib/platform/db'
import { isWellFormedToken, tokenHash } from '@/lib/platform/security/tokens'

// The owner's interview-story drafts, one per prompt. Every operation authorizes by the owner token and only touches
// that family's drafts; drafts go with the family (cascade) when the owner deletes everything.

export type StoryDraft = StoryFields & { promptId: string; question: string; updatedAt: Date }

const draftSelect = {
  promptId: true,
  question: true,
  problem: true,
  why: true,
  actions: true,
  outcome: true,
  updatedAt: true,
} satisfies Prisma.StoryDraftSelect

const familyWhere = (ownerToken: string) => ({ ownerTokenHash: tokenHash(ownerToken) })

/** The owner's drafts, most recently edited first. */
export async function listStoryDrafts(ownerToken: string): Promise<StoryDraft[]> {
  if (!isWellFormedToken(ownerToken)) return []
  return getDb().storyDraft.findMany({
    where: { family: familyWhere(ownerToken) },
    orderBy: { updatedAt: 'desc' },
    select: draftSelect,
  })
}

export async function findStoryDraft(ownerToken: string, promptId: string): Promise<StoryDraft | null> {
  if (!isWellFormedToken(ownerToken)) return null
  return getDb().storyDraft.findFirst({
    where: { promptId, family: familyWhere(ownerToken) },
    select: draftSelect,
  })
}

/**
 * Saves the draft for this prompt, creating it on the first save. Null when the owner token is unknown. Two saves at
 * once (autosave and the button) both land, the later one last: the unique (family, prompt) index keeps one row.
 */
export async function saveStoryDraft(
  ownerToken: string,
  input: StoryFields & { promptId: string; question: string },
): Promise<{ updatedAt: Date } | null> {
  if (!isWellFormedToken(ownerToken)) return null
  const db = getDb()
  const family = await db.planFamily.findUnique({ where: familyWhere(ownerToken), select: { id: true } })
  if (!family) return null
  const fields = { problem: input.problem, why: input.why, actions: input.actions, outcome: input.outcome }
  const upsert = () =>
    db.storyDraft.upsert({
      where: { familyId_promptId: { familyId: family.id, promptId: input.promptId } },
      create: { familyId: family.id, promptId: input.promptId, question: input.question, ...fields },
      update: fields,
      select: { updatedAt: true },
    })
  try {
    return await upsert()
  } catch (error) {
    // Two first saves at once: both tried to create; the loser now finds the row and updates it.
    if (!isUniqueViolation(error)) throw error
    return upsert()
  }
}

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'

/** False when this owner has no draft for the prompt. */
export async function deleteStoryDraft(ownerToken: string, promptId: string): Promise<boolean> {
  if (!isWellFormedToken(ownerToken)) return false
  const { count } = await getDb().storyDraft.deleteMany({ where: { promptId, family: familyWhere(ownerToken) } })
  return count === 1
}

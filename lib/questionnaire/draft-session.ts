import 'server-only'
import { cookies } from 'next/headers'
import { type Answers, AnswersSchema } from '@/lib/engine/content/answers'
import { limitRequest } from '@/lib/platform/rate-limit/request-limits'
import { cookieName, cookieOptions } from '@/lib/platform/security/cookies'
import { createDraft, type Draft, findDraftByToken } from '@/lib/questionnaire/answer-draft-repo'

// The questionnaire draft belongs to whoever holds this httpOnly cookie. Only the token's hash is stored, so a
// database leak does not let anyone take over a draft.
const cookie = () => cookieName('htw_draft')
// Long enough to close the tab on Monday and finish on Sunday.
const MAX_AGE_SECONDS = 60 * 60 * 24 * 30

export type DraftSession = { id: string; answers: Answers }

function toSession(draft: Draft): DraftSession {
  // Stored answers were validated on the way in; a row we cannot read (e.g. hand-edited) starts empty rather than crash.
  const parsed = AnswersSchema.safeParse(draft.answers)
  return { id: draft.id, answers: parsed.success ? parsed.data : {} }
}

/** The current browser's draft, or null. Read-only: safe in pages. */
export async function currentDraft(): Promise<DraftSession | null> {
  const token = (await cookies()).get(cookie())?.value
  if (!token) return null
  const draft = await findDraftByToken(token)
  return draft ? toSession(draft) : null
}

/** The current draft, created (and its cookie set) when there is none. Only in server actions. */
export async function currentOrNewDraft(): Promise<DraftSession> {
  return (await currentDraft()) ?? newDraft()
}

/**
 * The same for the questionnaire's own saves, where anyone can start a draft: unless this client has started too
 * many recently, which gives how long to wait instead. (Starting a retake needs the owner's link, so it is not
 * counted.)
 */
export async function currentOrNewDraftWithinLimit(): Promise<DraftSession | { retryAfterSeconds: number }> {
  const existing = await currentDraft()
  if (existing) return existing
  const limit = await limitRequest('drafts')
  if (!limit.allowed) return { retryAfterSeconds: limit.retryAfterSeconds }
  return newDraft()
}

async function newDraft(): Promise<DraftSession> {
  const { id, token } = await createDraft()
  ;(await cookies()).set(cookie(), token, cookieOptions(MAX_AGE_SECONDS))
  return { id, answers: {} }
}

export async function forgetDraftCookie() {
  // With the same attributes it was set with: browsers ignore a `__Host-` Set-Cookie that lacks Secure or Path=/.
  ;(await cookies()).delete({ name: cookie(), ...cookieOptions(0) })
}

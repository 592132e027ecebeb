import { cache } from 'react'
import { findPlanByOwnerToken, findPlanByShareToken, type OwnerPlan } from '@/lib/plans/plan-repo'
import { parseStoredPlan, type StoredPlanView } from './stored-plan'

// One lookup per request: generateMetadata and the page both ask, and React's cache() makes it a single query.

export const loadSharedPlanView = cache(async (shareToken: string): Promise<StoredPlanView | null> => {
  const row = await findPlanByShareToken(shareToken)
  return row ? parseStoredPlan(row) : null
})

export type OwnerPlanView = StoredPlanView & { isShared: boolean; shareToken: string | null | undefined }

/**
 * The owner's view. `shareToken` is the live share token when the repository can give it back, null when sharing is
 * off, and undefined when sharing is on but the token cannot be recovered (older repository shape).
 */
export const loadOwnerPlanView = cache(async (ownerToken: string): Promise<OwnerPlanView | null> => {
  const row = await findPlanByOwnerToken(ownerToken)
  if (!row) return null
  return { ...parseStoredPlan(row), isShared: row.isShared, shareToken: liveShareToken(row) }
})

function liveShareToken(row: OwnerPlan): string | null | undefined {
  if (!row.isShared) return null
  const token: unknown = (row as OwnerPlan & { shareToken?: unknown }).shareToken
  return typeof token === 'string' ? token : undefined
}

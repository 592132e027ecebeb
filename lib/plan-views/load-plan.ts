import { cache } from 'react'
import { findPlanByOwnerToken, findPlanByShareToken } from '@/lib/stored-plans/plan-repo'
import { parseStoredPlan, type StoredPlanView, withoutAnswers } from './stored-plan'

// One lookup per request: generateMetadata and the page both ask, and React's cache() makes it a single query.

export const loadSharedPlanView = cache(async (shareToken: string): Promise<StoredPlanView | null> => {
  const row = await findPlanByShareToken(shareToken)
  return row ? withoutAnswers(parseStoredPlan(row)) : null
})

/**
 * The owner's view. `shareToken` is the live share token, unsealed by the repository with the owner token; it is null
 * when sharing is off, and also for a plan shared before tokens were sealed (then `isShared` is still true).
 */
export type OwnerPlanView = StoredPlanView & { isShared: boolean; shareToken: string | null }

export const loadOwnerPlanView = cache(async (ownerToken: string): Promise<OwnerPlanView | null> => {
  const row = await findPlanByOwnerToken(ownerToken)
  if (!row) return null
  return { ...parseStoredPlan(row), isShared: row.isShared, shareToken: row.shareToken }
})

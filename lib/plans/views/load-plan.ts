import { cache } from 'react'
import { findPlanByOwnerToken, findPlanByShareToken } from '@/lib/plans/store/plan-repo'
import { parseStoredPlan, type StoredPlanView, withoutAnswers } from './stored-plan'

// One lookup per request: generateMetadata and the page both ask, and React's cache() makes it a single query.

/** The shared view; `id` is only for loading the plan's progress, never shown. */
export type SharedPlanView = StoredPlanView & { id: string; startsOn: string }

export const loadSharedPlanView = cache(async (shareToken: string): Promise<SharedPlanView | null> => {
  const row = await findPlanByShareToken(shareToken)
  return row ? { ...withoutAnswers(parseStoredPlan(row)), id: row.id, startsOn: row.startsOn } : null
})

/**
 * The owner's view of the newest plan in the family (or the one with `sequence`). `shareToken` is the live share
 * token, unsealed by the repository with the owner token; it is null when sharing is off, and also for a plan shared
 * before tokens were sealed (then `isShared` is still true).
 */
export type OwnerPlanView = StoredPlanView & {
  id: string
  sequence: number
  planCount: number
  startsOn: string
  answers: unknown
  contentVersion: string
  isShared: boolean
  shareToken: string | null
}

export const loadOwnerPlanView = cache(async (ownerToken: string, sequence?: number): Promise<OwnerPlanView | null> => {
  const row = await findPlanByOwnerToken(ownerToken, sequence)
  if (!row) return null
  return {
    ...parseStoredPlan(row),
    id: row.id,
    sequence: row.sequence,
    planCount: row.planCount,
    startsOn: row.startsOn,
    answers: row.answers,
    contentVersion: row.contentVersion,
    isShared: row.isShared,
    shareToken: row.shareToken,
  }
})

import type { Content } from '@/lib/engine/content/schema'
import { analyseListing } from '@/lib/engine/listings/analyse'
import type { ListingAnalysis } from '@/lib/engine/listings/analysis-schema'
import { compareWithListing, type ListingComparison } from '@/lib/engine/listings/compare'
import { currentContent } from '@/lib/knowledge/store/current-content'
import type { SavedListing } from '@/lib/plans/positioning/listing-repo'
import { loadOwnerProgress, type OwnerProgress } from '@/lib/plans/progress/load-progress'

// The owner's side of job listings: their plan as it stands (with what is done), and a listing read against it.
// The pages and the owner's JSON route load through here, so all of them compare the same way.

export type OwnerListingContext = { owner: OwnerProgress; content: Content; version: string; done: Set<string> }

/** The owner's plan with its progress and the current content; null when the owner token is unknown. */
export async function loadOwnerListingContext(ownerToken: string): Promise<OwnerListingContext | null> {
  const owner = await loadOwnerProgress(ownerToken)
  if (!owner) return null
  const { content, version } = await currentContent()
  return { owner, content, version, done: new Set(owner.progress.state.done.keys()) }
}

export function compareForOwner(ctx: OwnerListingContext, analysis: ListingAnalysis): ListingComparison {
  return compareWithListing(analysis, ctx.owner.view.result, ctx.owner.progress.currentPlan, ctx.done)
}

/** A saved listing's analysis: as stored, or made again from its text when the stored one no longer reads. */
export const analysisOf = (ctx: OwnerListingContext, listing: SavedListing): ListingAnalysis =>
  listing.analysis ?? analyseListing(ctx.content, listing.text)

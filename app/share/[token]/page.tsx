import type { Metadata } from 'next'
import { SharedPage } from '@/components/plan/shared-page'
import { SharedListing } from '@/components/positioning/shared-listing'
import { analyseListing } from '@/lib/engine/listings/analyse'
import { compareWithListing } from '@/lib/engine/listings/compare'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { findListingShownOnShare } from '@/lib/plans/positioning/listing-repo'
import { loadProgress } from '@/lib/plans/progress/load-progress'
import { currentResult } from '@/lib/plans/progress/state'
import { deadLink } from '@/lib/plans/views/dead-link'
import { loadSharedPlanView } from '@/lib/plans/views/load-plan'
import { shareMetadataText } from '@/lib/plans/views/share-metadata'

// The read-only copy for a mentor or manager. Rendered on first visit, then served from the response cache (ISR):
// no share token is known at build time, so none is prerendered. Turning the link off, replacing it or deleting the
// plan drops the cached pages at once (revalidatePath in the owner's actions); the time limit below bounds how long
// another server instance, which did not see that call, can keep serving a copy.
export const dynamicParams = true
export const revalidate = 60
export function generateStaticParams(): { token: string }[] {
  return []
}

type Props = { params: Promise<{ token: string }> }

// Never indexed, and no Referer out: headers, decided by lib/platform/security/headers.ts for every /share/ URL.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params
  const view = await loadSharedPlanView(token)
  if (!view) return { title: 'Page not found' }
  const { title, description } = shareMetadataText(view.plan)
  return { title, description, openGraph: { title, description, type: 'article', siteName: 'HowToWhy' } }
}

export default async function SharedPlanPage({ params }: Props) {
  const { token } = await params
  const view = await loadSharedPlanView(token)
  if (!view) deadLink('share')
  const [progress, listing] = await Promise.all([
    loadProgress(view.id, view.plan, view.startsOn),
    findListingShownOnShare(token),
  ])
  // The owner chose this listing for the read-only page: its check, read as the owner's own page reads it.
  const analysis = listing ? (listing.analysis ?? analyseListing((await currentContent()).content, listing.text)) : null
  return (
    <SharedPage
      token={token}
      result={currentResult(view.result, progress.state)}
      createdAt={view.createdAt}
      progress={progress}
      listing={
        listing && analysis ? (
          <SharedListing
            name={listing.name}
            comparison={compareWithListing(
              analysis,
              view.result,
              progress.currentPlan,
              new Set(progress.state.done.keys()),
            )}
          />
        ) : null
      }
    />
  )
}

import type { Metadata } from 'next'
import { OwnerPage } from '@/components/plan/owner-page'
import { findJobListing } from '@/lib/plans/positioning/listing-repo'
import { loadOwnerProgress } from '@/lib/plans/progress/load-progress'
import { currentResult } from '@/lib/plans/progress/state'
import { claimPlan } from '@/lib/plans/store/plan-repo'
import { deadLink } from '@/lib/plans/views/dead-link'
import { publicOrigin } from '@/lib/questionnaire/request'
import { revokeShareLinkAction, rotateShareLinkAction } from './actions'
import { unpointPlanAction } from './listings/actions'
import { toggleStepAction, toggleStepFormAction } from './progress/actions'

// The owner's private page. Rendered per request (it reads the query string), never cached: it holds the controls.

export const metadata: Metadata = {
  title: 'Your plan',
}

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const doneMessages: Record<string, string> = {
  'share-new': 'Your new read-only link is ready below. Any earlier link has stopped working.',
  'share-off': 'The read-only link is turned off. Anyone who opens it now is told it no longer works.',
  pointed: 'Your plan is re-planned from today for that listing: the steps for what it asks come first.',
  unpointed: 'Your plan no longer points at a listing: re-planned from today in your readout’s order.',
  'all-done': 'Every step of your plan is done: there is nothing left to re-plan.',
}

export default async function OwnerPlanPage({ params, searchParams }: Props) {
  const { token } = await params
  const query = await searchParams
  const owner = await loadOwnerProgress(token)
  if (!owner) deadLink('plan')
  const { view, progress } = owner
  // The owner has the link: the plan is no longer swept as one whose owner never arrived.
  await claimPlan(token)
  const origin = await publicOrigin()
  const done = typeof query.done === 'string' ? doneMessages[query.done] : undefined
  const pointed = progress.state.replan?.listing
  const pointedListing = pointed ? await findJobListing(token, pointed.listingId) : null
  return (
    <OwnerPage
      token={token}
      origin={origin}
      view={view}
      result={currentResult(view.result, progress.state)}
      progress={progress}
      isNew={query.new === '1'}
      done={done}
      rotateAction={rotateShareLinkAction}
      toggleActions={{ toggle: toggleStepAction, toggleForm: toggleStepFormAction }}
      revokeAction={revokeShareLinkAction}
      pointedListingHref={pointedListing ? `/plan/${token}/listings/${pointedListing.id}` : null}
      unpointAction={unpointPlanAction}
    />
  )
}

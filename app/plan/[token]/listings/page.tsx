import '@/components/results/readout.css'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { OwnerSubpageHeader } from '@/components/plan/owner-subpage-header'
import { ListingForm } from '@/components/positioning/listing-form'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { ownerFormKey } from '@/lib/plans/positioning/form-keys'
import { listJobListings, MAX_SAVED_LISTINGS } from '@/lib/plans/positioning/listing-repo'
import { analysisOf, compareForOwner, loadOwnerListingContext } from '@/lib/plans/positioning/owner-listings'
import { formatDate } from '@/lib/plans/views/format'
import { readFlash, TextFormFlashSchema } from '@/lib/platform/flash/flash'
import { checkListingAction, deleteListingAction } from './actions'

export const metadata: Metadata = {
  title: 'Check a job listing',
}

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function ListingsPage({ params, searchParams }: Props) {
  const { token } = await params
  const query = await searchParams
  const ctx = await loadOwnerListingContext(token)
  if (!ctx) notFound()
  const [listings, flash] = await Promise.all([
    listJobListings(token),
    readFlash(ownerFormKey.listing(token), TextFormFlashSchema),
  ])
  const pointedId = ctx.owner.progress.state.replan?.listing?.listingId
  const coverage = listings.map((listing) => {
    const { summary } = compareForOwner(ctx, analysisOf(ctx, listing))
    return { listing, summary }
  })
  return (
    <div className="space-y-8">
      <ErrorSummary errors={flash?.errors ?? []} />
      <OwnerSubpageHeader token={token} title="Check a job listing">
        <p>
          Paste a job listing you might apply to. We pick out what it asks for, match each line to the skills this
          assessment measures, and show where your answers give you evidence, where the gaps are and which step of your
          plan covers them. As the Dice article puts it, going through a real listing “becomes a to-do list”.
        </p>
        <p className="sub">
          Your listings are private to this link, on your shared page only if you choose to show one, and deleted when
          you delete everything.
        </p>
      </OwnerSubpageHeader>
      {query.done === 'deleted' ? (
        <p role="status" className="rounded-md border-l-8 border-good bg-white p-4 font-semibold">
          The listing is deleted.
        </p>
      ) : null}

      <ListingForm
        token={token}
        action={checkListingAction}
        values={flash?.values ?? {}}
        errors={flash?.errors ?? []}
      />

      <section aria-labelledby="saved-title" className="space-y-3">
        <h2 id="saved-title" className="scroll-mt-4 text-xl font-bold">
          Your listings
        </h2>
        {listings.length === 0 ? (
          <p>None yet. Check one above and it is kept here, so you can come back to it and compare.</p>
        ) : (
          <form method="get" action={`/plan/${token}/listings/compare`} className="space-y-3">
            <ul className="space-y-2">
              {coverage.map(({ listing, summary }) => (
                <li key={listing.id} className="card flex flex-wrap items-start gap-3">
                  <input
                    type="checkbox"
                    name="ids"
                    value={listing.id}
                    id={`pick-${listing.id}`}
                    className="mt-1.5 size-5 accent-accent"
                    aria-label={`Compare “${listing.name}”`}
                  />
                  <div className="min-w-0 flex-1">
                    <Link href={`/plan/${token}/listings/${listing.id}`} className="font-semibold break-words">
                      {listing.name}
                    </Link>
                    <p className="sub">
                      {`Checked ${formatDate(listing.createdAt)} · your evidence covers ${summary.covered} of ${summary.measured} requirements we measure`}
                      {summary.topGaps[0] ? ` · biggest gap: ${summary.topGaps[0].name}` : ''}
                      {listing.id === pointedId ? ' · your plan points at it' : ''}
                      {listing.shownOnShare ? ' · on your shared page' : ''}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
            {listings.length > 1 ? <Button variant="secondary">Compare the ones ticked, side by side</Button> : null}
          </form>
        )}
        {listings.length > 0 ? (
          <details className="fold">
            <summary>Delete a listing</summary>
            <div>
              <ul className="space-y-2">
                {listings.map((listing) => (
                  <li key={listing.id}>
                    <form action={deleteListingAction} className="flex flex-wrap items-center gap-3">
                      <input type="hidden" name="token" value={token} />
                      <input type="hidden" name="id" value={listing.id} />
                      <span className="min-w-0 flex-1 break-words">{listing.name}</span>
                      <Button variant="secondary">
                        Delete<span className="sr-only">{` “${listing.name}”`}</span>
                      </Button>
                    </form>
                  </li>
                ))}
              </ul>
            </div>
          </details>
        ) : null}
        <p className="sub">{`You can keep up to ${MAX_SAVED_LISTINGS} listings.`}</p>
      </section>
    </div>
  )
}

import '@/components/results/readout.css'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { type ComparedListing, ListingCompare } from '@/components/positioning/listing-compare'
import { findJobListing } from '@/lib/plans/positioning/listing-repo'
import { analysisOf, compareForOwner, loadOwnerListingContext } from '@/lib/plans/positioning/owner-listings'
import { isUuid } from '@/lib/platform/db/ids'

export const metadata: Metadata = {
  title: 'Job listings side by side',
}

/** More columns than this do not fit a page, even scrolled. */
const MAX_COMPARED = 4

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function CompareListingsPage({ params, searchParams }: Props) {
  const { token } = await params
  const query = await searchParams
  const ctx = await loadOwnerListingContext(token)
  if (!ctx) notFound()
  const asked = (Array.isArray(query.ids) ? query.ids : query.ids ? [query.ids] : []).filter(isUuid)
  const ids = [...new Set(asked)].slice(0, MAX_COMPARED)
  const found = await Promise.all(ids.map((id) => findJobListing(token, id)))
  const listings: ComparedListing[] = found.flatMap((l) =>
    l ? [{ id: l.id, name: l.name, comparison: compareForOwner(ctx, analysisOf(ctx, l)) }] : [],
  )
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href={`/plan/${token}/listings`}>All your listings</Link> ·{' '}
          <Link href={`/plan/${token}`}>Your plan</Link>
        </p>
        <h1 className="text-3xl font-bold leading-tight">Listings side by side</h1>
      </div>
      {listings.length < 2 ? (
        <p className="card">
          {`Tick two to ${MAX_COMPARED} of your listings, then choose “Compare”.`}{' '}
          <Link href={`/plan/${token}/listings#saved-title`}>Back to your listings</Link>
        </p>
      ) : (
        <>
          {asked.length > MAX_COMPARED ? <p>{`Showing the first ${MAX_COMPARED} you ticked.`}</p> : null}
          <ListingCompare listings={listings} />
          <p className="sub">
            “✓ shown” means your answers show the skill; a gap is a skill they don’t show yet. Each listing’s page has
            the detail, line by line.
          </p>
          <ul className="dots">
            {listings.map((l) => (
              <li key={l.id}>
                <Link href={`/plan/${token}/listings/${l.id}`}>{l.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

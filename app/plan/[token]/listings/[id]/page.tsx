import '@/components/results/readout.css'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ListingLines } from '@/components/positioning/listing-lines'
import { PointPlanControls, ShareListingControls } from '@/components/positioning/listing-plan-controls'
import { ListingSummary } from '@/components/positioning/listing-summary'
import { Button } from '@/components/ui/button'
import { DoneMessage } from '@/components/ui/done-message'
import { ErrorSummary } from '@/components/ui/error-summary'
import { FieldMessages, fieldMessageIds } from '@/components/ui/field-messages'
import { ownerFormKey } from '@/lib/plans/positioning/form-keys'
import { findJobListing } from '@/lib/plans/positioning/listing-repo'
import { analysisOf, compareForOwner, loadOwnerListingContext } from '@/lib/plans/positioning/owner-listings'
import { formatDate } from '@/lib/plans/views/format'
import { readFlash, TextFormFlashSchema } from '@/lib/platform/flash/flash'
import {
  deleteListingAction,
  pointPlanAction,
  renameListingAction,
  shareListingAction,
  unpointPlanAction,
} from '../actions'

export const metadata: Metadata = {
  title: 'A job listing, checked',
}

const doneMessages: Record<string, string> = {
  renamed: 'Renamed.',
  shown: 'Your shared page now shows this listing’s check.',
  hidden: 'Your shared page no longer shows this listing.',
  'all-done': 'Every step of your plan is done: there is nothing left to re-plan.',
}

type Props = {
  params: Promise<{ token: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function ListingPage({ params, searchParams }: Props) {
  const { token, id } = await params
  const query = await searchParams
  const ctx = await loadOwnerListingContext(token)
  const listing = ctx ? await findJobListing(token, id) : null
  if (!ctx || !listing) notFound()
  const comparison = compareForOwner(ctx, analysisOf(ctx, listing))
  const flash = await readFlash(ownerFormKey.rename(token, listing.id), TextFormFlashSchema)
  const renameError = flash?.errors[0]?.message
  const rename = fieldMessageIds('rename', undefined, renameError)
  const done = typeof query.done === 'string' ? doneMessages[query.done] : undefined
  return (
    <div className="space-y-8">
      <ErrorSummary errors={flash?.errors ?? []} />
      <div className="space-y-2">
        <p className="text-sm">
          <Link href={`/plan/${token}/listings`}>All your listings</Link> ·{' '}
          <Link href={`/plan/${token}`}>Your plan</Link>
        </p>
        <h1 className="text-3xl font-bold leading-tight break-words">{listing.name}</h1>
        <p className="text-muted">{`Checked on ${formatDate(listing.createdAt)} against your plan of ${formatDate(ctx.owner.view.createdAt)}.`}</p>
      </div>
      <DoneMessage text={done} />
      {comparison.lines.length === 0 ? (
        <p className="card">
          We found no requirement lines in this text. Paste the part of the listing that says what you would do and what
          they are looking for.
        </p>
      ) : (
        <>
          <ListingSummary summary={comparison.summary} />
          <PointPlanControls
            token={token}
            id={listing.id}
            topGaps={comparison.summary.topGaps.map((g) => g.name)}
            pointedAt={ctx.owner.progress.state.replan?.listing ?? null}
            pointAction={pointPlanAction}
            unpointAction={unpointPlanAction}
          />
          <ListingLines lines={comparison.lines} />
        </>
      )}
      <ShareListingControls
        token={token}
        id={listing.id}
        shown={listing.shownOnShare}
        shareLinkOn={ctx.owner.view.isShared}
        action={shareListingAction}
      />
      <details className="fold">
        <summary>The listing as you pasted it</summary>
        <div>
          <pre className="whitespace-pre-wrap break-words font-sans text-sm">{listing.text}</pre>
        </div>
      </details>
      <section aria-labelledby="manage-title" className="space-y-3 rounded-lg border border-line bg-white p-5">
        <h2 id="manage-title" className="text-xl font-bold">
          Rename or delete
        </h2>
        <form action={renameListingAction} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="id" value={listing.id} />
          <div className={`min-w-0 flex-1 space-y-1 ${renameError ? 'border-l-4 border-bad pl-3' : ''}`}>
            <label htmlFor="rename" className="block font-semibold">
              Name
            </label>
            <FieldMessages name="rename" error={renameError} />
            <input
              id="rename"
              name="name"
              type="text"
              autoComplete="off"
              defaultValue={flash?.values.name ?? listing.name}
              aria-describedby={rename.describedBy}
              aria-invalid={renameError ? true : undefined}
              className="min-h-11 w-full rounded-md border-2 border-ink bg-white px-3 py-2"
            />
          </div>
          <Button variant="secondary">Rename</Button>
        </form>
        <form action={deleteListingAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="id" value={listing.id} />
          <Button variant="danger">Delete this listing</Button>
        </form>
      </section>
    </div>
  )
}

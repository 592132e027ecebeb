import { ListingLines } from '@/components/positioning/listing-lines'
import { ListingSummary } from '@/components/positioning/listing-summary'
import type { ListingComparison } from '@/lib/engine/listings/compare'

/**
 * On the read-only page, only when the owner chose to show it: one job listing's check against their readout (the
 * requirement lines, the summary), never the text as they pasted it.
 */
export function SharedListing({ name, comparison }: { name: string; comparison: ListingComparison }) {
  return (
    <section aria-labelledby="shared-listing-title" className="space-y-4">
      <div className="space-y-1">
        <h2 id="shared-listing-title" className="text-2xl font-bold break-words">
          A job listing they are aiming at: {name}
        </h2>
        <p className="text-muted">
          They chose to show this check: each requirement the listing states, read against the readout above.
        </p>
      </div>
      {comparison.lines.length === 0 ? (
        <p className="card">No requirement lines were found in this listing.</p>
      ) : (
        <>
          <ListingSummary summary={comparison.summary} />
          <ListingLines lines={comparison.lines} />
        </>
      )}
    </section>
  )
}

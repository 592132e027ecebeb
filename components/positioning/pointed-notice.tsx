import Link from 'next/link'
import { Button } from '@/components/ui/button'
import { formatDay } from '@/lib/plans/progress/days'

type FormAction = (form: FormData) => Promise<void>

/**
 * On the owner page while the plan points at a job listing: which listing, since when, a link to its check (when it
 * is still kept), and the way back — a re-plan from today in the readout's own order. A plain form: no JavaScript.
 */
export function PointedNotice({
  token,
  name,
  since,
  listingHref,
  unpointAction,
}: {
  token: string
  name: string
  since: string
  listingHref: string | null
  unpointAction: FormAction
}) {
  return (
    <section aria-labelledby="pointed-title" className="space-y-2 rounded-lg border border-line bg-white p-4">
      <h2 id="pointed-title" className="text-lg font-bold break-words">
        Your plan points at “{name}”
      </h2>
      <p>
        Re-planned on {formatDay(since)} so the steps for what this listing asks go first; the window and the short
        answer follow the new schedule.{' '}
        {listingHref ? (
          <Link prefetch={false} href={listingHref}>
            See the listing’s check
          </Link>
        ) : (
          'You have since deleted the listing.'
        )}
      </p>
      <form action={unpointAction} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="token" value={token} />
        <Button variant="secondary">Stop pointing at it</Button>
        <span className="text-sm text-muted">Re-plans from today in your readout’s order of gaps.</span>
      </form>
    </section>
  )
}

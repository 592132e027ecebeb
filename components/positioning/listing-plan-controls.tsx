import { Button } from '@/components/ui/button'
import { list } from '@/lib/engine/scoring/text'

type FormAction = (form: FormData) => Promise<void>

type Hidden = { token: string; id: string }

function HiddenFields({ token, id }: Hidden) {
  return (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="id" value={id} />
    </>
  )
}

/**
 * "Point my plan at this listing" on a listing's page: what it will do (the gaps this listing cares about go first;
 * the window and short answer follow), or, when the plan already points here, the way back. Plain forms.
 */
export function PointPlanControls({
  token,
  id,
  topGaps,
  pointedAt,
  pointAction,
  unpointAction,
}: Hidden & {
  topGaps: readonly string[]
  /** The listing the plan points at now, if any. */
  pointedAt: { listingId: string; name: string } | null
  pointAction: FormAction
  unpointAction: FormAction
}) {
  const here = pointedAt?.listingId === id
  return (
    <section aria-labelledby="point-title" className="space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 id="point-title" className="scroll-mt-4 text-xl font-bold">
        Point your plan at this listing
      </h2>
      {here ? (
        <>
          <p>
            Your plan points at this listing: the steps for what it asks come first. The window and the short answer on
            your plan follow the new schedule.
          </p>
          <form action={unpointAction}>
            <input type="hidden" name="token" value={token} />
            <Button variant="secondary">Stop pointing at it</Button>
          </form>
        </>
      ) : (
        <>
          <p>
            {topGaps.length > 0
              ? `Re-plan from today with this listing’s gaps first (${list(topGaps)}).`
              : 'Re-plan from today with the skills this listing asks for first.'}{' '}
            The steps you have done stay done; the window and the short answer follow the new schedule, and you can undo
            it from your plan.
            {pointedAt ? ` Your plan points at “${pointedAt.name}” now: this takes its place.` : ''}
          </p>
          <form action={pointAction}>
            <HiddenFields token={token} id={id} />
            <Button>Point my plan at this listing</Button>
          </form>
        </>
      )}
    </section>
  )
}

/** The share page shows no listing unless the owner chooses one: the choice, per listing. A plain form. */
export function ShareListingControls({
  token,
  id,
  shown,
  shareLinkOn,
  action,
}: Hidden & { shown: boolean; shareLinkOn: boolean; action: FormAction }) {
  return (
    <section aria-labelledby="share-title" className="space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 id="share-title" className="scroll-mt-4 text-xl font-bold">
        On your shared page
      </h2>
      <p>
        {shown
          ? 'Your read-only page shows this listing’s check: its requirement lines and how your readout covers them. Not the text as you pasted it, and no other listing.'
          : 'Your read-only page shows no job listing unless you choose one. Show this one’s check to a mentor: its requirement lines and how your readout covers them, nothing else you pasted.'}
        {shareLinkOn ? '' : ' Your read-only link is off just now, so nobody sees it until you turn the link on.'}
      </p>
      <form action={action}>
        <HiddenFields token={token} id={id} />
        <input type="hidden" name="show" value={shown ? 'no' : 'yes'} />
        <Button variant="secondary">{shown ? 'Stop showing it' : 'Show it on my shared page'}</Button>
      </form>
    </section>
  )
}

import Link from 'next/link'
import { Button } from '@/components/ui/button'
import { LinkField } from './link-field'

type FormAction = (form: FormData) => Promise<void>

type Props = {
  ownerToken: string
  /** The live read-only link; null when sharing is off. */
  shareUrl: string | null
  /** Sharing is on but the link can't be shown (it is stored only as a hash). */
  sharedButHidden: boolean
  rotateAction: FormAction
  revokeAction: FormAction
}

// Plain forms posting to server actions: they work without JavaScript, and each action checks the owner token again.
export function OwnerControls({ ownerToken, shareUrl, sharedButHidden, rotateAction, revokeAction }: Props) {
  const sharing = shareUrl !== null || sharedButHidden
  return (
    <section aria-labelledby="controls-title" className="no-print space-y-6 rounded-lg border border-line bg-white p-5">
      <h2 id="controls-title" className="scroll-mt-4 text-xl font-bold">
        Share or delete
      </h2>
      <div className="space-y-3">
        <h3 id="share-title" className="scroll-mt-4 text-lg font-semibold">
          Read-only link for a mentor or manager
        </h3>
        {shareUrl !== null ? (
          <LinkField id="share-link" label="Read-only link" url={shareUrl} copyLabel="Copy read-only link" />
        ) : null}
        {sharedButHidden ? (
          <p>
            A read-only link is on. We keep links only in scrambled form, so we can't show it again here; create a new
            one if you need it (the old one then stops working).
          </p>
        ) : null}
        {sharing ? (
          <p className="text-sm">
            Whoever has this link sees your readout and plan, not your answers, and can't change anything.
          </p>
        ) : (
          <p>Sharing is off. Nobody but you can see this plan.</p>
        )}
        <div className="flex flex-wrap gap-3">
          <form action={rotateAction}>
            <input type="hidden" name="token" value={ownerToken} />
            <Button variant={sharing ? 'secondary' : 'primary'}>
              {sharing ? 'Create a new read-only link' : 'Create a read-only link'}
            </Button>
          </form>
          {sharing ? (
            <form action={revokeAction}>
              <input type="hidden" name="token" value={ownerToken} />
              <Button variant="secondary">Turn off the read-only link</Button>
            </form>
          ) : null}
        </div>
        {sharing ? (
          <p className="text-sm text-muted">A new link replaces the current one, which then stops working.</p>
        ) : null}
      </div>
      <div className="space-y-2">
        <h3 className="text-lg font-semibold">Delete everything</h3>
        <p>Deletes your answers, plans, progress and raters’ answers for good. Every link stops working.</p>
        <p>
          <Link prefetch={false} href={`/plan/${ownerToken}/delete`} className="font-semibold text-bad">
            Delete everything…
          </Link>
        </p>
      </div>
    </section>
  )
}

import type { Metadata } from 'next'
import { LinkField } from '@/components/plan/link-field'
import { OwnerSubpageHeader } from '@/components/plan/owner-subpage-header'
import { RaterComparison } from '@/components/progress/rater-comparison'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { ownerFormKey } from '@/lib/plans/positioning/form-keys'
import { AGGREGATE_FROM, BLIND_SPOT_MARGIN, compareWithRaters } from '@/lib/plans/raters/compare'
import { DEFAULT_EXPIRY_DAYS, EXPIRY_DAYS } from '@/lib/plans/raters/expiry'
import { raterItems } from '@/lib/plans/raters/items'
import { listRaterLinks, type RaterLink } from '@/lib/plans/raters/rater-repo'
import { deadLink } from '@/lib/plans/views/dead-link'
import { formatDate } from '@/lib/plans/views/format'
import { loadOwnerPlanView } from '@/lib/plans/views/load-plan'
import { readFlash } from '@/lib/platform/flash/flash'
import { createRaterLinkAction, deleteRaterLinkAction, revokeRaterLinkAction } from './actions'

export const metadata: Metadata = {
  title: 'A mentor’s view',
}

function status(link: RaterLink, now: Date): string {
  if (link.response?.status === 'answered') return `Answered ${formatDate(link.response.updatedAt)}`
  if (link.response?.status === 'declined') return 'Declined'
  if (link.revokedAt) return 'Turned off'
  if (link.expiresAt <= now) return 'Expired'
  return 'Waiting for an answer'
}

export default async function RatersPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const view = await loadOwnerPlanView(token)
  if (!view) deadLink('plan')
  const now = new Date()
  const links = await listRaterLinks(token)
  const flash = await readFlash(ownerFormKey.raters(token))
  const fresh = await readFlash(ownerFormKey.raterNew(token))
  const freshUrl = typeof fresh?.values.url === 'string' ? fresh.values.url : null
  const content = (await currentContent()).content
  const items = raterItems(content)
  const answered = links.flatMap((l) =>
    l.response?.status === 'answered' ? [{ answers: l.response.answers, signature: l.response.signature }] : [],
  )
  const self =
    typeof view.answers === 'object' && view.answers !== null ? (view.answers as Record<string, unknown>) : {}
  const comparison = compareWithRaters(content, items, self, answered)
  const signed = answered.flatMap((a) => (a.signature ? [a.signature] : []))

  return (
    <div className="space-y-8">
      <ErrorSummary errors={flash?.errors ?? []} />
      <OwnerSubpageHeader token={token} title="A mentor’s view">
        <p>
          Ask a mentor, manager or peer how they see your work. They answer {items.length} of the questions about what
          you actually do, worded about you, and may skip any they haven’t seen — or decline. Their answers sit beside
          your readout and never change it.
        </p>
      </OwnerSubpageHeader>

      <section aria-labelledby="compare-title" className="space-y-3">
        <h2 id="compare-title" className="text-2xl font-bold">
          You and others, side by side
        </h2>
        <RaterComparison
          comparison={comparison}
          scores={new Map(view.result.skills.map((s) => [s.skillId, s.score]))}
        />
        {answered.length > 0 ? (
          <>
            <p className="text-sm">
              The score beside each skill is your readout’s, as on your plan: your raters’ answers never change it. Each
              row compares their answers with yours on the questions they answered; questions they skipped are left out
              for both of you. A skill is flagged when, on those questions, their answers and yours are far apart (
              {BLIND_SPOT_MARGIN} points or more on a scale of 100 from the lowest to the highest answers).
              {signed.length > 0 ? ` Signed by: ${signed.join(', ')}.` : ' Nobody signed.'}
            </p>
            <p className="rounded-md border-l-8 border-accent bg-white p-4 text-sm">
              <strong>How much this can tell you.</strong> One or two raters tell you how one or two people see you, in
              the situations they have seen you in. Studies of multi-rater (“360-degree”) feedback find that two people
              rating the same person often disagree, which is why such programmes ask several people in each group. Take
              a gap as a question to talk through with them, not as a verdict. From {AGGREGATE_FROM} raters on, only
              their average is shown.
            </p>
          </>
        ) : null}
      </section>

      <section aria-labelledby="new-title" className="space-y-3 rounded-lg border border-line bg-white p-5">
        <h2 id="new-title" className="text-xl font-bold">
          Create a rating link
        </h2>
        {freshUrl ? (
          <div id="new-link" className="space-y-2 rounded-md border-2 border-good p-3">
            <p className="font-semibold">Your new rating link. Copy it now: we keep only a scrambled form of it.</p>
            <LinkField id="rater-link" label="Rating link" url={freshUrl} copyLabel="Copy rating link" />
          </div>
        ) : null}
        <p className="text-sm">
          One link per person, so each answers once. The link works without an account and shows them nothing of your
          plan or answers.
        </p>
        <form action={createRaterLinkAction} className="flex flex-wrap items-end gap-4">
          <input type="hidden" name="token" value={token} />
          <div>
            <label htmlFor="rater-label" className="block font-semibold">
              Who it is for (optional)
            </label>
            <p id="rater-label-hint" className="text-sm text-muted">
              A reminder for you only, such as “my manager”.
            </p>
            <input
              id="rater-label"
              name="label"
              maxLength={120}
              defaultValue={typeof flash?.values.label === 'string' ? flash.values.label : ''}
              aria-describedby="rater-label-hint"
              className="min-h-11 rounded-md border border-ink bg-white px-2"
            />
          </div>
          <div>
            <label htmlFor="rater-days" className="block font-semibold">
              Works for
            </label>
            <select
              id="rater-days"
              name="days"
              defaultValue={String(DEFAULT_EXPIRY_DAYS)}
              className="min-h-11 rounded-md border border-ink bg-white px-2"
            >
              {EXPIRY_DAYS.map((d) => (
                <option key={d} value={d}>{`${d} days`}</option>
              ))}
            </select>
          </div>
          <Button>Create a rating link</Button>
        </form>
      </section>

      <section aria-labelledby="links-title" className="space-y-3">
        <h2 id="links-title" className="scroll-mt-4 text-xl font-bold">
          Your rating links
        </h2>
        {links.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul className="space-y-2">
            {links.map((link) => {
              const live = !link.revokedAt && link.expiresAt > now
              return (
                <li
                  key={link.id}
                  className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line bg-white p-3"
                >
                  <span>
                    <strong>{link.label ?? 'Rating link'}</strong>
                    <span className="block text-sm text-muted">
                      {`${status(link, now)} · made ${formatDate(link.createdAt)} · ${live ? 'works until' : 'worked until'} ${formatDate(link.revokedAt ?? link.expiresAt)}`}
                    </span>
                  </span>
                  <span className="flex flex-wrap gap-2">
                    {live ? (
                      <form action={revokeRaterLinkAction}>
                        <input type="hidden" name="token" value={token} />
                        <input type="hidden" name="linkId" value={link.id} />
                        <Button variant="secondary">
                          Turn off<span className="sr-only">{` ${link.label ?? 'this rating link'}`}</span>
                        </Button>
                      </form>
                    ) : null}
                    <form action={deleteRaterLinkAction}>
                      <input type="hidden" name="token" value={token} />
                      <input type="hidden" name="linkId" value={link.id} />
                      <Button variant="secondary">
                        Delete with its answers<span className="sr-only">{` (${link.label ?? 'rating link'})`}</span>
                      </Button>
                    </form>
                  </span>
                </li>
              )
            })}
          </ul>
        )}
      </section>
    </div>
  )
}

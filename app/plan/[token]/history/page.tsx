import type { Metadata } from 'next'
import Link from 'next/link'
import { OwnerSubpageHeader } from '@/components/plan/owner-subpage-header'
import { Button } from '@/components/ui/button'
import { plural } from '@/lib/engine/scoring/text'
import { listFamilyPlans } from '@/lib/plans/store/plan-repo'
import { deadLink } from '@/lib/plans/views/dead-link'
import { formatDate } from '@/lib/plans/views/format'
import { loadOwnerPlanView } from '@/lib/plans/views/load-plan'
import { startRetakeAction } from './actions'

export const metadata: Metadata = {
  title: 'Retake and history',
}

/** Answers about what you have done need time to change; sooner than this, a retake mostly measures mood. */
const SUGGESTED_WEEKS = 6
const WEEK_MS = 7 * 24 * 60 * 60 * 1000

export default async function HistoryPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const view = await loadOwnerPlanView(token)
  if (!view) deadLink('plan')
  const history = await listFamilyPlans(token)
  const weeksSince = Math.floor((Date.now() - view.createdAt.getTime()) / WEEK_MS)
  return (
    <div className="space-y-8">
      <OwnerSubpageHeader token={token} title="Retake and history" />
      <section aria-labelledby="retake-title" className="space-y-3 rounded-lg border border-line bg-white p-5">
        <h2 id="retake-title" className="text-xl font-bold">
          Retake the assessment
        </h2>
        <p>
          The questionnaire opens with your answers from {formatDate(view.createdAt)} filled in, and every one can be
          changed. Where a step you finished counts as evidence, the answer it bears on is raised, and we say so next to
          it. The new plan joins this history behind the same private link, and you see what moved and why.
        </p>
        <p>
          {weeksSince < SUGGESTED_WEEKS
            ? `We suggest waiting until at least ${SUGGESTED_WEEKS} weeks after your last assessment (it was ${weeksSince === 0 ? 'this week' : `${plural(weeksSince, 'week')} ago`}), or until you reach a milestone: answers about what you have done need time to change.`
            : `It has been ${weeksSince} weeks since your last assessment: a good time to retake it, especially after a milestone.`}{' '}
          Nothing stops you retaking it sooner.
        </p>
        <p className="text-sm text-muted">Any unfinished questionnaire in this browser is replaced by these answers.</p>
        <form action={startRetakeAction}>
          <input type="hidden" name="token" value={token} />
          <Button>Retake the assessment</Button>
        </form>
      </section>
      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-xl font-bold">
          Your assessments
        </h2>
        <ol className="space-y-2">
          {[...history].reverse().map((entry) => (
            <li
              key={entry.id}
              className="flex flex-wrap items-baseline justify-between gap-2 rounded-md border border-line bg-white p-3"
            >
              <span>
                <strong>{`Assessment ${entry.sequence}`}</strong>
                {` · ${formatDate(entry.createdAt)}`}
                {entry.sequence === view.sequence ? ' · the plan your links show' : ''}
              </span>
              <span className="flex gap-4 text-sm">
                <Link href={`/plan/${token}/history/${entry.sequence}`}>
                  Open<span className="sr-only">{` assessment ${entry.sequence}`}</span>
                </Link>
                {entry.sequence > 1 ? (
                  <Link href={`/plan/${token}/delta/${entry.sequence}`}>
                    What moved<span className="sr-only">{` in assessment ${entry.sequence}`}</span>
                  </Link>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}

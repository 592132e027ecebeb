import type { Metadata } from 'next'
import Link from 'next/link'
import { Button } from '@/components/ui/button'
import { deadLink } from '@/lib/plans/views/dead-link'
import { yourAssessments } from '@/lib/plans/views/format'
import { loadOwnerPlanView } from '@/lib/plans/views/load-plan'
import { deletePlanAction } from '../actions'

// The confirmation step for deleting, as its own page so it works without JavaScript: nothing is deleted until this
// form is sent, and the action refuses a request without its confirmation field.

export const metadata: Metadata = {
  title: 'Delete everything?',
}

export default async function DeletePlanPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const view = await loadOwnerPlanView(token)
  if (!view) deadLink('plan')
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold leading-tight">Delete everything?</h1>
      <p>
        This deletes, for good, everything stored behind your private link: {yourAssessments(view.planCount)} (answers,
        readouts and plans), your progress and its history, every rating link and what your raters answered, and the
        unfinished questionnaire your answers came from if it is still stored. We keep no copy, so it can’t be undone.
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          Your private link, its calendar and Markdown downloads, and every rating link will stop working; anyone who
          opens them is told so.
        </li>
        <li>
          {view.isShared
            ? 'The read-only link stops working too: anyone you shared it with is told it no longer works.'
            : 'There is no read-only link turned on, so nobody else is affected.'}
        </li>
        <li>To plan again later, you would take the assessment again from the start.</li>
      </ul>
      <form action={deletePlanAction} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="confirm" value="yes" />
        <Button variant="danger">Yes, delete everything</Button>
        <Link href={`/plan/${token}`}>No, keep my plan</Link>
      </form>
    </div>
  )
}

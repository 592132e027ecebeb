import type { Metadata } from 'next'
import Link from 'next/link'
import { yourAssessments } from '@/lib/plans/views/format'

export const metadata: Metadata = { title: 'Everything deleted' }

export default async function PlanDeletedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const plans = Number((await searchParams).plans)
  const what = yourAssessments(plans)
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold leading-tight">Everything has been deleted</h1>
      <p>
        We deleted {what} (answers, readouts and plans), your progress, your rating links and what your raters answered,
        and the questionnaire your answers came from. Your private link, the read-only link and every rating link now
        say the link no longer works. If you saved, printed or downloaded a copy, that copy is still yours.
      </p>
      <p>
        <Link href="/privacy">What we store, and for how long</Link>
      </p>
      <p>
        <Link href="/assessment">Take the assessment again</Link> or <Link href="/">go to the home page</Link>.
      </p>
    </div>
  )
}

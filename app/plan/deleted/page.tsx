import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Plan deleted', robots: { index: false, follow: false } }

export default function PlanDeletedPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold leading-tight">Your plan has been deleted</h1>
      <p>
        Your answers, readout and plan are gone, and both links to it now show “Page not found”. If you saved the page
        or printed it, that copy is still yours.
      </p>
      <p>
        <Link href="/assessment">Take the assessment again</Link> or <Link href="/">go to the home page</Link>.
      </p>
    </div>
  )
}

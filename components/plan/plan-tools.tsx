import Link from 'next/link'
import { PrintButton } from '@/components/progress/print-button'

/**
 * What the owner comes back to do, one tap from the top of the page: check steps off, see every step, check a job
 * listing against their evidence, work on their product stories, retake, ask a mentor, take the plan away (calendar,
 * Markdown, print), share or delete. Plain links (and downloads): they work
 * without JavaScript; printing needs it, and the browser's own Print menu does the same.
 */
export function PlanTools({ token, sequence }: { token: string; sequence: number }) {
  const base = `/plan/${token}`
  return (
    <nav aria-label="Your plan" className="rounded-lg border border-line bg-white px-3 py-2 text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <a href="#progress-title">Check off steps</a>
        </li>
        <li>
          <Link prefetch={false} href={`${base}/progress`}>
            Every step
          </Link>
        </li>
        <li>
          <Link prefetch={false} href={`${base}/listings`}>
            Check a job listing
          </Link>
        </li>
        <li>
          <Link prefetch={false} href={`${base}/stories`}>
            Your product stories
          </Link>
        </li>
        <li>
          <Link prefetch={false} href={`${base}/history`}>
            Retake
          </Link>
        </li>
        {sequence > 1 ? (
          <li>
            <Link prefetch={false} href={`${base}/delta/${sequence}`}>
              What moved
            </Link>
          </li>
        ) : null}
        <li>
          <Link prefetch={false} href={`${base}/raters`}>
            A mentor’s view
          </Link>
        </li>
        <li>
          <a href={`${base}/calendar`} download>
            Calendar (.ics)
          </a>
        </li>
        <li>
          <a href={`${base}/markdown`} download>
            Markdown (.md)
          </a>
        </li>
        <PrintButton wrapper="li" />
        <li>
          <a href="#controls-title">Share or delete</a>
        </li>
      </ul>
    </nav>
  )
}

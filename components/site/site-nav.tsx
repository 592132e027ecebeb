'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

// On an owner's pages the header offers the retake of that plan, not a new assessment (which would start an
// unrelated plan); everywhere else, the assessment. Read from the address, so it is right without JavaScript too.
const ownerPage = /^\/plan\/([A-Za-z0-9_-]{43})(?:\/|$)/

export function SiteNav() {
  const token = ownerPage.exec(usePathname() ?? '')?.[1]
  return (
    <nav aria-label="Main">
      {token ? (
        <Link prefetch={false} href={`/plan/${token}/history#retake-title`} className="text-sm">
          Retake the assessment
        </Link>
      ) : (
        <Link prefetch={false} href="/assessment" className="text-sm">
          Take the assessment
        </Link>
      )}
    </nav>
  )
}

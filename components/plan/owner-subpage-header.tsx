import Link from 'next/link'
import type { ReactNode } from 'react'

/**
 * The top of every page under an owner link (listings, stories, history, raters, progress): the way back to the
 * plan, the page's one h1, then whatever short introduction the page gives. `titleId` lets a page point at its
 * heading (the progress page's actions redirect to it).
 */
export function OwnerSubpageHeader({
  token,
  title,
  titleId,
  children,
}: {
  token: string
  title: ReactNode
  titleId?: string
  children?: ReactNode
}) {
  return (
    <div className="space-y-2">
      <p className="text-sm">
        <Link href={`/plan/${token}`}>Back to your plan</Link>
      </p>
      <h1 id={titleId} className={`${titleId ? 'scroll-mt-4 ' : ''}text-3xl font-bold leading-tight`}>
        {title}
      </h1>
      {children}
    </div>
  )
}

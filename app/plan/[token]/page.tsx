import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { KeepLinkNotice } from '@/components/plan/keep-link-notice'
import { OwnerControls } from '@/components/plan/owner-controls'
import { PageContents, PlanDocument } from '@/components/plan/plan-document'
import { ProgressBlock } from '@/components/progress/progress-block'
import { publicOrigin } from '@/lib/assessment/request'
import { formatDate } from '@/lib/plan-views/format'
import { loadOwnerProgress } from '@/lib/progress/load-progress'
import { currentResult } from '@/lib/progress/state'
import { claimPlan } from '@/lib/stored-plans/plan-repo'
import { revokeShareLinkAction, rotateShareLinkAction } from './actions'

// The owner's private page. Rendered per request (it reads the query string), never cached: it holds the controls.

export const metadata: Metadata = {
  title: 'Your plan',
  robots: { index: false, follow: false },
  // The referrer policy (same-origin, so the owner's forms work without JavaScript) is a header: lib/security/headers.ts.
}

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const doneMessages: Record<string, string> = {
  'share-new': 'Your new read-only link is ready below. Any earlier link has stopped working.',
  'share-off': 'The read-only link is turned off. Anyone who opens it now sees “Page not found”.',
}

export default async function OwnerPlanPage({ params, searchParams }: Props) {
  const { token } = await params
  const query = await searchParams
  const owner = await loadOwnerProgress(token)
  if (!owner) notFound()
  const { view, progress } = owner
  // The owner has the link: the plan is no longer swept as one whose owner never arrived.
  await claimPlan(token)
  const origin = await publicOrigin()
  const done = typeof query.done === 'string' ? doneMessages[query.done] : undefined
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold leading-tight">Your move into product management</h1>
        <p className="text-muted">Your private readout and plan, made on {formatDate(view.createdAt)}.</p>
      </div>
      {done ? (
        <p role="status" className="rounded-md border-l-8 border-good bg-white p-4 font-semibold">
          {done}
        </p>
      ) : null}
      <KeepLinkNotice ownerUrl={`${origin}/plan/${token}`} prominent={query.new === '1'} />
      <ProgressBlock progress={progress} ownerToken={token} sequence={view.sequence} />
      <PageContents extra={{ href: '#controls-title', label: 'Share or delete' }} />
      <PlanDocument
        result={currentResult(view.result, progress.state)}
        plan={progress.currentPlan}
        skillsHref={`/plan/${token}/skills`}
      />
      <OwnerControls
        ownerToken={token}
        shareUrl={view.shareToken ? `${origin}/share/${view.shareToken}` : null}
        sharedButHidden={view.isShared && !view.shareToken}
        rotateAction={rotateShareLinkAction}
        revokeAction={revokeShareLinkAction}
      />
    </div>
  )
}

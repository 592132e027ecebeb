import { KeepLinkNotice } from '@/components/plan/keep-link-notice'
import { OwnerControls } from '@/components/plan/owner-controls'
import { PlanDocument } from '@/components/plan/plan-document'
import { PlanTools } from '@/components/plan/plan-tools'
import { PointedNotice } from '@/components/positioning/pointed-notice'
import { ProgressBlock } from '@/components/progress/progress-block'
import { DoneMessage } from '@/components/ui/done-message'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'
import type { PlanProgress } from '@/lib/plans/progress/load-progress'
import type { StepToggleActions } from '@/lib/plans/progress/progress-input'
import { formatDate } from '@/lib/plans/views/format'
import type { OwnerPlanView } from '@/lib/plans/views/load-plan'
import { staleEstimate } from '@/lib/plans/views/readout-view'

type FormAction = (form: FormData) => Promise<void>

export type OwnerPageProps = {
  token: string
  origin: string
  view: Pick<OwnerPlanView, 'createdAt' | 'sequence' | 'shareToken' | 'isShared'>
  /** The readout to show: the stored one, or as a re-plan re-estimated it (window, headline, hours). */
  result: AssessmentResult
  progress: PlanProgress
  /** Right after the plan was made (?new=1). */
  isNew: boolean
  /** A confirmation to show once (a share link made or turned off). */
  done?: string
  rotateAction: FormAction
  /** Checking a step off, by script and as a plain form post. */
  toggleActions: StepToggleActions
  revokeAction: FormAction
  /** While the plan points at a job listing: the listing's page, or null when it has since been deleted. */
  pointedListingHref?: string | null
  /** Needed to offer "stop pointing at it"; without it (a render outside the app) the notice is not shown. */
  unpointAction?: FormAction
}

/**
 * The owner's private page, phone first: the keep-the-link notice (compact), the owner's tools one tap from the top,
 * then the short answer on the first screen, progress with the next steps to check off, and the rest of the readout.
 */
export function OwnerPage({
  token,
  origin,
  view,
  result,
  progress,
  isNew,
  done,
  rotateAction,
  toggleActions,
  revokeAction,
  pointedListingHref = null,
  unpointAction,
}: OwnerPageProps) {
  const pointed = progress.state.replan?.listing
    ? { ...progress.state.replan.listing, since: progress.state.replan.day }
    : null
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">Your move into product management</h1>
        <p className="text-sm text-muted">Your private readout and plan, made on {formatDate(view.createdAt)}.</p>
      </div>
      <DoneMessage text={done} />
      <KeepLinkNotice ownerUrl={`${origin}/plan/${token}`} prominent={isNew} />
      <PlanTools token={token} sequence={view.sequence} />
      {pointed && unpointAction ? (
        <PointedNotice
          token={token}
          name={pointed.name}
          since={pointed.since}
          listingHref={pointedListingHref}
          unpointAction={unpointAction}
        />
      ) : null}
      <PlanDocument
        result={result}
        plan={progress.currentPlan}
        replan={staleEstimate(progress)}
        skillsHref={`/plan/${token}/skills`}
        progress={<ProgressBlock progress={progress} ownerToken={token} toggleActions={toggleActions} />}
      />
      <OwnerControls
        ownerToken={token}
        shareUrl={view.shareToken ? `${origin}/share/${view.shareToken}` : null}
        sharedButHidden={view.isShared && !view.shareToken}
        rotateAction={rotateAction}
        revokeAction={revokeAction}
      />
    </div>
  )
}

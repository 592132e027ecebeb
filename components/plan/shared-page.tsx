import type { ReactNode } from 'react'
import { PageContents, PlanDocument } from '@/components/plan/plan-document'
import { ProgressBlock } from '@/components/progress/progress-block'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'
import type { PlanProgress } from '@/lib/plans/progress/load-progress'
import { formatDate } from '@/lib/plans/views/format'
import { staleEstimate } from '@/lib/plans/views/readout-view'

/** The read-only copy for a mentor or manager: the same readout and plan, progress without controls. */
export function SharedPage({
  token,
  result,
  createdAt,
  progress,
  listing,
}: {
  token: string
  result: AssessmentResult
  createdAt: Date
  progress: PlanProgress
  /** The one job listing's check the owner chose to show, if any. */
  listing?: ReactNode
}) {
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">
          A plan to move from engineering into product management
        </h1>
        <p className="rounded-md border-l-8 border-accent bg-white p-4">
          This is a <strong>read-only copy</strong>, shared by the person it belongs to. Where it says “you”, it means
          them. It was made on {formatDate(createdAt)} from their own answers to a self-assessment.
        </p>
      </div>
      <PageContents />
      <PlanDocument
        result={result}
        plan={progress.currentPlan}
        replan={staleEstimate(progress)}
        skillsHref={`/share/${token}/skills`}
        progress={<ProgressBlock progress={progress} />}
      />
      {listing}
    </div>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { PlanDocument } from '@/components/plan/plan-document'
import { SkillDetails } from '@/components/results/skill-details'
import { deadLink } from '@/lib/plans/views/dead-link'
import { formatDate } from '@/lib/plans/views/format'
import { loadOwnerPlanView } from '@/lib/plans/views/load-plan'

export const metadata: Metadata = {
  title: 'An earlier assessment',
}

type Props = { params: Promise<{ token: string; sequence: string }> }

export default async function EarlierPlanPage({ params }: Props) {
  const { token, sequence } = await params
  const n = /^\d{1,6}$/.test(sequence) ? Number(sequence) : Number.NaN
  const view = Number.isNaN(n) ? null : await loadOwnerPlanView(token, n)
  // A plan that exists but has no such assessment: nothing at this address; no plan at all: the link is dead.
  if (!view) deadLink((await loadOwnerPlanView(token)) ? 'page' : 'plan')
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href={`/plan/${token}/history`}>Back to the history</Link>
        </p>
        <h1 className="text-3xl font-bold leading-tight">{`Assessment ${view.sequence} of ${formatDate(view.createdAt)}`}</h1>
        <p className="text-muted">
          As it was made. Your current plan is on <Link href={`/plan/${token}`}>your plan page</Link>.
        </p>
      </div>
      <PlanDocument result={view.result} plan={view.plan} skillsHref="#skill-details" />
      <div className="rd space-y-4">
        <h2 id="skill-details" className="scroll-mt-4">
          Why each skill scored as it did
        </h2>
        <SkillDetails result={view.result} showAnswers />
      </div>
    </div>
  )
}

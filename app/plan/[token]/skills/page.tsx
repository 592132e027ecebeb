import '@/components/results/readout.css'
import type { Metadata } from 'next'
import Link from 'next/link'
import { SkillDetails } from '@/components/results/skill-details'
import { deadLink } from '@/lib/plans/views/dead-link'
import { loadOwnerPlanView } from '@/lib/plans/views/load-plan'

// The working behind each score, for the owner: every answer that moved it. Authorized by the owner token, like the
// owner's page; never cached.

export const metadata: Metadata = {
  title: 'Why each skill scored as it did',
}

export default async function OwnerSkillsPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const view = await loadOwnerPlanView(token)
  if (!view) deadLink('plan')
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/plan/${token}`}>Back to your readout and plan</Link>
      </p>
      <h1 className="text-3xl font-bold leading-tight">Why each skill scored as it did</h1>
      <SkillDetails result={view.result} showAnswers />
    </div>
  )
}

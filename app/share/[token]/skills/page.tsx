import '@/components/results/readout.css'
import type { Metadata } from 'next'
import Link from 'next/link'
import { SkillDetails } from '@/components/results/skill-details'
import { deadLink } from '@/lib/plans/views/dead-link'
import { loadSharedPlanView } from '@/lib/plans/views/load-plan'

// The working behind each score in the read-only copy: the reasons, not the owner's answers themselves.

export const metadata: Metadata = {
  title: 'Why each skill scored as it did',
}

export default async function SharedSkillsPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const view = await loadSharedPlanView(token)
  if (!view) deadLink('share')
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/share/${token}`}>Back to the readout and plan</Link>
      </p>
      <h1 className="text-3xl font-bold leading-tight">Why each skill scored as it did</h1>
      <p className="rounded-md border-l-8 border-accent bg-white p-4">
        A <strong>read-only copy</strong>, shared by the person it belongs to. Where it says “you”, it means them.
      </p>
      <SkillDetails result={view.result} showAnswers={false} />
    </div>
  )
}

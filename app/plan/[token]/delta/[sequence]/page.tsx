import type { Metadata } from 'next'
import Link from 'next/link'
import { DeltaView } from '@/components/progress/delta-view'
import { AnswersSchema } from '@/lib/engine/content/answers'
import { loadProgress } from '@/lib/plans/progress/load-progress'
import { contentForVersion } from '@/lib/plans/retakes/content-for'
import { computeDelta } from '@/lib/plans/retakes/delta'
import { prefillRetake } from '@/lib/plans/retakes/prefill'
import { deadLink } from '@/lib/plans/views/dead-link'
import { formatDate } from '@/lib/plans/views/format'
import { loadOwnerPlanView } from '@/lib/plans/views/load-plan'

export const metadata: Metadata = {
  title: 'What moved',
}

type Props = { params: Promise<{ token: string; sequence: string }> }

export default async function DeltaPage({ params }: Props) {
  const { token, sequence } = await params
  const n = /^\d{1,6}$/.test(sequence) ? Number(sequence) : Number.NaN
  const [after, before] =
    n >= 2 ? await Promise.all([loadOwnerPlanView(token, n), loadOwnerPlanView(token, n - 1)]) : []
  if (!after || !before) deadLink((await loadOwnerPlanView(token)) ? 'page' : 'plan')
  const { content, exact } = await contentForVersion(after.contentVersion)
  const answers = (value: unknown) => {
    const parsed = AnswersSchema.safeParse(value)
    return parsed.success ? parsed.data : {}
  }
  // Steps finished in the earlier plan that the content counts as evidence: say so next to the answer they raised.
  const earlier = await loadProgress(before.id, before.plan, before.startsOn)
  const doneSteps = earlier.made.actions
    .filter((a) => earlier.state.done.has(a.actionId))
    .map((a) => ({ actionId: a.actionId, title: a.title }))
  const afterAnswers = answers(after.answers)
  const prefill = prefillRetake(content, answers(before.answers), doneSteps)
  // Only where the new answer is still the one the step raised it to (the owner may have changed it since).
  const raisedBy = new Map(
    prefill.raised
      .filter((r) => JSON.stringify(afterAnswers[r.questionId]) === JSON.stringify(prefill.answers[r.questionId]))
      .map((r) => [r.questionId, r.because]),
  )
  const delta = computeDelta(
    content,
    { result: before.result, answers: answers(before.answers) },
    { result: after.result, answers: answers(after.answers) },
  )
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href={`/plan/${token}`}>Your plan</Link>
          <Link href={`/plan/${token}/history`}>Retake and history</Link>
        </p>
        <h1 className="text-3xl font-bold leading-tight">What moved since your last assessment</h1>
        <p className="text-muted">
          {`Assessment ${n - 1} (${formatDate(before.createdAt)}) against assessment ${n} (${formatDate(after.createdAt)}).`}
        </p>
      </div>
      <DeltaView
        delta={delta}
        sameModel={before.contentVersion === after.contentVersion}
        exact={exact}
        raisedBy={raisedBy}
      />
    </div>
  )
}

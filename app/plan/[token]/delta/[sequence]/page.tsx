import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DeltaView } from '@/components/progress/delta-view'
import { AnswersSchema } from '@/lib/content/answers'
import { formatDate } from '@/lib/plan-views/format'
import { loadOwnerPlanView } from '@/lib/plan-views/load-plan'
import { contentForVersion } from '@/lib/reassess/content-for'
import { computeDelta } from '@/lib/reassess/delta'

export const metadata: Metadata = {
  title: 'What moved',
  robots: { index: false, follow: false },
  referrer: 'same-origin',
}

type Props = { params: Promise<{ token: string; sequence: string }> }

export default async function DeltaPage({ params }: Props) {
  const { token, sequence } = await params
  const n = /^\d{1,6}$/.test(sequence) ? Number(sequence) : Number.NaN
  if (!(n >= 2)) notFound()
  const [after, before] = await Promise.all([loadOwnerPlanView(token, n), loadOwnerPlanView(token, n - 1)])
  if (!after || !before) notFound()
  const { content, exact } = await contentForVersion(after.contentVersion)
  const answers = (value: unknown) => {
    const parsed = AnswersSchema.safeParse(value)
    return parsed.success ? parsed.data : {}
  }
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
      <DeltaView delta={delta} sameModel={before.contentVersion === after.contentVersion} exact={exact} />
    </div>
  )
}

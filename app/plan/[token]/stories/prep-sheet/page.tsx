import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PrintButton } from '@/components/progress/print-button'
import { loadOwnerStories } from '@/lib/plans/positioning/owner-stories'

export const metadata: Metadata = {
  title: 'Interview prep sheet',
}

// One printable page: every story the owner has started, in the four parts, to read before a mock or real interview.

const PARTS = [
  ['problem', 'Problem'],
  ['why', 'Why it mattered'],
  ['actions', 'What I did'],
  ['outcome', 'Outcome'],
] as const

export default async function PrepSheetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const stories = await loadOwnerStories(token)
  if (!stories) notFound()
  const written = stories.entries.filter((e) => e.draft)
  return (
    <div className="space-y-5 text-sm">
      <div className="no-print flex flex-wrap gap-4">
        <Link href={`/plan/${token}/stories`}>Back to your stories</Link>
        <PrintButton />
      </div>
      <h1 className="text-2xl font-bold">Interview prep sheet</h1>
      {written.length === 0 ? (
        <p>
          No stories yet. <Link href={`/plan/${token}/stories`}>Start one</Link>.
        </p>
      ) : (
        written.map((entry) => (
          <section
            key={entry.promptId}
            aria-labelledby={`q-${entry.promptId}`}
            className="break-inside-avoid space-y-1"
          >
            <h2 id={`q-${entry.promptId}`} className="text-base font-bold">
              {entry.question}
              {entry.check && !entry.check.passes ? (
                <span className="font-normal text-muted">{` · ${entry.check.missing === 1 ? 'one part' : `${entry.check.missing} parts`} to add`}</span>
              ) : null}
            </h2>
            <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1">
              {PARTS.map(([key, label]) => (
                <div key={key} className="contents">
                  <dt className="font-semibold">{label}</dt>
                  <dd className="whitespace-pre-wrap break-words">{entry.draft?.[key] || '—'}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))
      )}
    </div>
  )
}

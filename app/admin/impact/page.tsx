import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminPage } from '@/components/admin/admin-nav'
import { ImpactRows } from '@/components/admin/impact-table'
import { ListingImpactSection } from '@/components/admin/listing-impact'
import { ProblemList } from '@/components/admin/problem-list'
import { requireAdmin } from '@/lib/admin/admin-session'
import { DEFAULT_SAMPLE, impactOfDraft, MAX_SAMPLE } from '@/lib/knowledge/editor/impact-preview'
import { DIMENSION_WORDS, DIMENSIONS, itemWords } from '@/lib/knowledge/store/impact'

export const metadata: Metadata = { title: 'Impact preview' }

export default async function ImpactPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const admin = await requireAdmin('/admin/impact')
  const asked = Number((await searchParams).sample)
  const sample = Number.isInteger(asked) && asked >= 0 && asked <= MAX_SAMPLE ? asked : DEFAULT_SAMPLE
  const preview = await impactOfDraft(admin, sample)
  const page = (children: React.ReactNode, intro?: string) => (
    <AdminPage email={admin.email} current="/admin/impact" title="Impact preview" intro={intro}>
      {children}
    </AdminPage>
  )
  if (!preview.ok && preview.reason === 'no-draft')
    return page(<p>There is no draft yet: nothing differs from what users see.</p>)
  if (!preview.ok)
    return page(
      <ProblemList problems={preview.problems} />,
      'The draft must pass every check before its readouts can be compared.',
    )
  const { report } = preview
  const personas = report.rows.filter((r) => r.kind === 'persona')
  const changedPersonas = personas.filter((r) => r.changed.length > 0)
  return page(
    <>
      <section aria-labelledby="summary-title" className="space-y-3 rounded-md border border-line bg-white p-4">
        <h2 id="summary-title" className="text-xl font-bold">
          {report.changedAny} of {report.compared} readouts change
        </h2>
        <p className="text-muted">
          {preview.personas} reference personas and the {preview.plans} newest stored plans, scored under release{' '}
          {preview.releaseNumber} and under the draft.{' '}
          <Link href={`/admin/impact?sample=${MAX_SAMPLE}`}>Use {MAX_SAMPLE} plans</Link>
        </p>
        <ul className="grid gap-2 sm:grid-cols-5">
          {DIMENSIONS.map((d) => (
            <li key={d} className="rounded-md bg-paper p-3">
              <span className="block text-2xl font-bold tabular-nums">{report.changedBy[d]}</span>
              <span className="text-sm">{DIMENSION_WORDS[d]} changed</span>
            </li>
          ))}
        </ul>
        <p>
          {report.edited.length === 0
            ? 'The draft edits nothing.'
            : `The draft edits ${report.edited
                .slice(0, 8)
                .map((e) => itemWords(e))
                .join(', ')}${report.edited.length > 8 ? ` and ${report.edited.length - 8} more` : ''}.`}{' '}
          {changedPersonas.length === 0
            ? 'No reference persona’s readout changes.'
            : `Personas whose readout changes: ${changedPersonas.map((r) => r.id).join(', ')}.`}
        </p>
      </section>
      <ListingImpactSection impact={preview.listings} />
      <section aria-labelledby="personas-title" className="space-y-3">
        <h2 id="personas-title" className="text-xl font-bold">
          Reference personas
        </h2>
        <p className="text-sm text-muted">
          For each persona that changes: what changes, the scores that moved, and why — its answers that the edited
          items read, and what each edit alone does (the published release with only that edit made).
        </p>
        <ImpactRows rows={personas} empty="No reference persona’s readout changes." edits={report.edited.length} />
      </section>
      {report.invalidUnderDraft.length > 0 ? (
        <section aria-labelledby="invalid-title" className="space-y-2 rounded-md border-4 border-warn bg-white p-4">
          <h2 id="invalid-title" className="text-lg font-bold">
            {report.invalidUnderDraft.length} answer {report.invalidUnderDraft.length === 1 ? 'set does' : 'sets do'}{' '}
            not fit the draft
          </h2>
          <p>
            People with these answers could not finish the assessment as they did: a required question was added, or an
            option they chose was removed.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {report.invalidUnderDraft.map((r) => (
              <li key={r.id}>
                <span className="font-semibold">{r.label}</span>: {r.problem}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.failed.length + report.invalidUnderPublished.length > 0 ? (
        <p className="text-muted">
          Not compared: {report.invalidUnderPublished.length} stored plans made on older content that does not fit the
          published release either
          {report.failed.length > 0
            ? `, and ${report.failed.length} the engine could not score (${report.failed.map((r) => r.id).join(', ')})`
            : ''}
          .
        </p>
      ) : null}
      <section aria-labelledby="plans-title" className="space-y-3">
        <h2 id="plans-title" className="text-xl font-bold">
          Stored plans whose readout changes
        </h2>
        <ImpactRows
          rows={report.rows.filter((r) => r.kind === 'plan' && r.changed.length > 0)}
          empty="None of the sampled plans’ readouts changes."
          edits={report.edited.length}
        />
      </section>
    </>,
    'How the draft would change readouts, before you publish it.',
  )
}

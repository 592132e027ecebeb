import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminPage } from '@/components/admin/admin-nav'
import { formatWhen } from '@/components/admin/format'
import { Button } from '@/components/ui/button'
import { requireAdmin } from '@/lib/admin/admin-session'
import { CONTENT_FILE_NAMES } from '@/lib/knowledge/store/bundle-format'
import { listReleases } from '@/lib/knowledge/store/content-release-repo'
import { rollBackAction } from '../publish/actions'

export const metadata: Metadata = { title: 'Releases' }

const sourceWords = {
  bundle: 'bundled content/',
  editor: 'published from the editor',
  import: 'imported',
  rollback: 'rollback',
} as const
const rollbackWords: Record<string, string> = {
  'already-latest': 'That release is already the one users see.',
  unknown: 'There is no such release.',
  incompatible: 'That release was made for an older content format and cannot be published again.',
}

export default async function ReleasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const admin = await requireAdmin('/admin/releases')
  const query = await searchParams
  const releases = await listReleases()
  const latest = releases[0]
  return (
    <AdminPage
      email={admin.email}
      current="/admin/releases"
      title="Releases"
      intro="Every published version of the knowledge base, newest first. Rolling back publishes an earlier release’s content again as a new release."
      status={
        query.published
          ? `Release ${query.published} is published: new assessments use it now.`
          : query.rollback
            ? rollbackWords[query.rollback]
            : undefined
      }
    >
      <p>
        <Link href="/admin/import">Import a release into the draft</Link>
      </p>
      <ol className="space-y-4">
        {releases.map((r, i) => {
          const previous = releases[i + 1]
          return (
            <li key={r.id} className="space-y-2 rounded-md border border-line bg-white p-4">
              <h2 className="text-lg font-bold">
                Release {r.number}
                {r.id === latest?.id ? (
                  <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-sm text-green-950">live</span>
                ) : null}
              </h2>
              <p className="text-sm text-muted">
                {formatWhen(r.createdAt)} · {r.publishedBy ?? 'system'} · {sourceWords[r.source]}
                {r.rollbackOfNumber ? ` of release ${r.rollbackOfNumber}` : ''} · content {r.version}
              </p>
              {r.note ? <p>{r.note}</p> : null}
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {previous ? (
                  <Link href={`/admin/diff?from=${previous.number}&to=${r.number}`}>
                    Changes from release {previous.number}
                  </Link>
                ) : null}
                <Link href={`/admin/releases/${r.number}/export`}>Download (all files)</Link>
                {CONTENT_FILE_NAMES.map((f) => (
                  <Link key={f} href={`/admin/releases/${r.number}/export?file=${f}`}>
                    {f}.json<span className="sr-only"> of release {r.number}</span>
                  </Link>
                ))}
              </p>
              {r.id !== latest?.id ? (
                <form action={rollBackAction} className="flex flex-wrap items-end gap-3">
                  <input type="hidden" name="releaseNumber" value={r.number} />
                  <div className="grow space-y-1">
                    <label htmlFor={`note-${r.number}`} className="block text-sm font-semibold">
                      Why roll back (optional)
                    </label>
                    <input
                      id={`note-${r.number}`}
                      name="note"
                      className="w-full rounded-md border-2 border-ink bg-white px-3 py-2"
                    />
                  </div>
                  <Button variant="secondary">Roll back to release {r.number}</Button>
                </form>
              ) : null}
            </li>
          )
        })}
      </ol>
    </AdminPage>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminPage } from '@/components/admin/admin-nav'
import { DiffView } from '@/components/admin/diff-view'
import { requireAdmin } from '@/lib/admin/admin-session'
import { loadDraftView } from '@/lib/knowledge/store/content-admin'
import { findLatestContentRelease, findReleaseByNumber, listReleases } from '@/lib/knowledge/store/content-release-repo'
import { describeCounts, diffContent } from '@/lib/knowledge/store/diff'

export const metadata: Metadata = { title: 'Compare releases' }

type Side = { label: string; data: unknown } | null

async function side(admin: Awaited<ReturnType<typeof requireAdmin>>, key: string | undefined): Promise<Side> {
  if (key === 'draft') {
    const view = await loadDraftView(admin)
    return view ? { label: 'the draft', data: view.raw } : null
  }
  if (key === 'published' || key === undefined) {
    const latest = await findLatestContentRelease()
    return latest ? { label: `release ${latest.number} (live)`, data: latest.data } : null
  }
  const release = /^\d{1,9}$/.test(key) ? await findReleaseByNumber(Number(key)) : null
  return release ? { label: `release ${release.number}`, data: release.data } : null
}

export default async function DiffPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const admin = await requireAdmin('/admin/diff')
  const query = await searchParams
  const [from, to, releases] = await Promise.all([
    side(admin, query.from),
    side(admin, query.to ?? 'draft'),
    listReleases(50),
  ])
  const diffs = from && to ? diffContent(from.data, to.data) : []
  const options = [
    { value: 'draft', label: 'The draft' },
    { value: 'published', label: 'The live release' },
    ...releases.map((r) => ({
      value: String(r.number),
      label: `Release ${r.number}${r.note ? ` — ${r.note.slice(0, 40)}` : ''}`,
    })),
  ]
  return (
    <AdminPage
      email={admin.email}
      current="/admin/releases"
      title="Compare"
      intro={
        from && to ? `From ${from.label} to ${to.label}: ${describeCounts(diffs)}.` : 'Choose two versions to compare.'
      }
    >
      <form method="get" className="flex flex-wrap items-end gap-4">
        {(['from', 'to'] as const).map((k) => (
          <div key={k} className="space-y-1">
            <label htmlFor={`diff-${k}`} className="block font-semibold">
              {k === 'from' ? 'From' : 'To'}
            </label>
            <select
              id={`diff-${k}`}
              name={k}
              defaultValue={query[k] ?? (k === 'to' ? 'draft' : String(releases[0]?.number ?? ''))}
              className="rounded-md border-2 border-ink bg-white px-3 py-2"
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="min-h-11 rounded-md border border-ink bg-white px-5 py-2.5 font-semibold">
          Compare
        </button>
      </form>
      {from && to ? (
        <DiffView diffs={diffs} linkItems={query.to === 'draft' || query.to === undefined} />
      ) : (
        <p>
          One of those versions does not exist. <Link href="/admin/releases">See the releases</Link>.
        </p>
      )}
    </AdminPage>
  )
}

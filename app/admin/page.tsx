import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminPage } from '@/components/admin/admin-nav'
import { formatWhen } from '@/components/admin/format'
import { requireAdmin } from '@/lib/admin/admin-session'
import { loadDraftView } from '@/lib/content-store/content-admin'
import { findLatestContentRelease } from '@/lib/content-store/content-release-repo'
import { describeCounts, diffContent } from '@/lib/content-store/diff'
import { draftProblems } from '@/lib/content-store/problems'

export const metadata: Metadata = { title: 'Admin' }

export default async function AdminHome() {
  const admin = await requireAdmin('/admin')
  const [release, view] = await Promise.all([findLatestContentRelease(), loadDraftView(admin)])
  const changes = view ? diffContent(view.published.data, view.raw) : []
  const problems = view ? draftProblems(view.raw) : []
  return (
    <AdminPage email={admin.email} current="/admin" title="Knowledge base admin">
      <section aria-labelledby="live-title" className="rounded-md border border-line bg-white p-4">
        <h2 id="live-title" className="text-lg font-bold">
          What users see
        </h2>
        {release ? (
          <p>
            Release {release.id}, published {formatWhen(release.createdAt)} by {release.publishedBy ?? 'the system'}
            {release.note ? `: “${release.note}”` : ''}. <Link href="/admin/releases">All releases</Link>
          </p>
        ) : (
          <p>No release yet.</p>
        )}
      </section>
      <section aria-labelledby="draft-title" className="rounded-md border border-line bg-white p-4">
        <h2 id="draft-title" className="text-lg font-bold">
          The draft
        </h2>
        {view ? (
          <p>
            Unpublished changes: {describeCounts(changes)}.{' '}
            {problems.length > 0 ? `${problems.length} problems block publishing.` : 'It passes every check.'}{' '}
            <Link href="/admin/publish">Check and publish</Link> · <Link href="/admin/impact">Impact preview</Link>
          </p>
        ) : (
          <p>
            No draft. <Link href="/admin/content">Edit the content</Link> to start one.
          </p>
        )}
      </section>
    </AdminPage>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminPage } from '@/components/admin/admin-nav'
import { formatWhen } from '@/components/admin/format'
import { requireAdmin } from '@/lib/admin/admin-session'
import { checksOf, loadDraftView } from '@/lib/knowledge/store/content-admin'
import { findLatestContentRelease } from '@/lib/knowledge/store/content-release-repo'
import { describeCounts, diffContent } from '@/lib/knowledge/store/diff'

export const metadata: Metadata = { title: 'Admin' }

export default async function AdminHome() {
  const admin = await requireAdmin('/admin')
  const [release, view] = await Promise.all([findLatestContentRelease(), loadDraftView(admin)])
  const changes = view ? diffContent(view.published.data, view.raw) : []
  const checks = view ? await checksOf(view) : null
  return (
    <AdminPage email={admin.email} current="/admin" title="Knowledge base admin">
      <section aria-labelledby="live-title" className="rounded-md border border-line bg-white p-4">
        <h2 id="live-title" className="text-lg font-bold">
          What users see
        </h2>
        {release ? (
          <p>
            Release {release.number}, published {formatWhen(release.createdAt)} by {release.publishedBy ?? 'the system'}
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
            {!checks
              ? ''
              : checks.problems.length > 0
                ? `${checks.problems.length} ${checks.problems.length === 1 ? 'problem blocks' : 'problems block'} publishing.`
                : checks.warnings.length > 0
                  ? `${checks.warnings.length} ${checks.warnings.length === 1 ? 'warning needs' : 'warnings need'} a second look.`
                  : 'It passes every check.'}{' '}
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

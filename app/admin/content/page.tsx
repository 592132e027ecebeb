import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminPage } from '@/components/admin/admin-nav'
import { Button } from '@/components/ui/button'
import { requireAdmin } from '@/lib/admin/admin-session'
import { editableContent } from '@/lib/knowledge/editor/content-editing'
import { COLLECTION_WORDS, COLLECTIONS } from '@/lib/knowledge/store/collections'
import { describeCounts, diffContent } from '@/lib/knowledge/store/diff'
import { startDraftAction } from './actions'

export const metadata: Metadata = { title: 'Edit content' }

export default async function ContentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const admin = await requireAdmin('/admin/content')
  const query = await searchParams
  const content = await editableContent(admin)
  const changes = content.hasDraft ? diffContent(content.published.data, content.raw) : []
  return (
    <AdminPage
      email={admin.email}
      current="/admin/content"
      title="Edit content"
      status={
        query.started
          ? 'A draft was started from the published release. Nothing changes for users until you publish.'
          : undefined
      }
      intro={
        content.hasDraft
          ? `You are editing the draft (started from release ${content.published.number}). Unpublished changes: ${describeCounts(changes)}.`
          : `Showing release ${content.published.number}, which users see now. Your first save starts a draft; users see nothing until you publish.`
      }
    >
      {content.hasDraft ? (
        <p>
          <Link href="/admin/publish">Check the draft and publish it</Link> ·{' '}
          <Link href="/admin/diff?from=published&to=draft">See every change</Link>
        </p>
      ) : (
        <form action={startDraftAction}>
          <Button variant="secondary">Start a draft</Button>
        </form>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {COLLECTIONS.map((c) => (
          <section key={c} aria-labelledby={`h-${c}`} className="rounded-md border border-line bg-white p-4">
            <h2 id={`h-${c}`} className="text-lg font-bold">
              <Link href={`/admin/content/${c}`}>{COLLECTION_WORDS[c].many}</Link>
            </h2>
            <p className="text-sm text-muted">{content.raw[c].length} in all</p>
          </section>
        ))}
      </div>
    </AdminPage>
  )
}

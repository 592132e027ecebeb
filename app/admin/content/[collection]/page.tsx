import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminPage } from '@/components/admin/admin-nav'
import { formatWhen } from '@/components/admin/format'
import { requireAdmin } from '@/lib/admin/admin-session'
import { editableContent } from '@/lib/knowledge/editor/content-editing'
import { COLLECTION_WORDS, isCollection, itemName } from '@/lib/knowledge/store/collections'

type Props = { params: Promise<{ collection: string }>; searchParams: Promise<Record<string, string | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection } = await params
  return { title: isCollection(collection) ? COLLECTION_WORDS[collection].many : 'Not found' }
}

export default async function CollectionPage({ params, searchParams }: Props) {
  const { collection } = await params
  if (!isCollection(collection)) notFound()
  const admin = await requireAdmin(`/admin/content/${collection}`)
  const query = await searchParams
  const content = await editableContent(admin)
  const words = COLLECTION_WORDS[collection]
  const items = content.items.filter((i) => i.collection === collection).sort((a, b) => a.position - b.position)
  return (
    <AdminPage
      email={admin.email}
      current="/admin/content"
      title={words.many}
      status={query.deleted ? `“${query.deleted}” was deleted from the draft.` : undefined}
      intro={<Link href="/admin/content">All content</Link>}
    >
      <p>
        <Link href={`/admin/content/new/${collection}`} className="font-semibold">
          Add a {words.one}
        </Link>
      </p>
      <ol className="divide-y divide-line rounded-md border border-line bg-white">
        {items.map((item) => (
          <li key={item.itemId} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
            <Link href={`/admin/content/${collection}/${encodeURIComponent(item.itemId)}`}>{itemName(item.data)}</Link>
            <span className="text-sm text-muted">
              {item.itemId}
              {content.hasDraft && item.revision > 1
                ? ` · saved ${formatWhen(item.updatedAt)}${item.updatedBy ? ` by ${item.updatedBy}` : ''}`
                : ''}
            </span>
          </li>
        ))}
      </ol>
    </AdminPage>
  )
}

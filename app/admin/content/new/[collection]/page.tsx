import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { deleteItemAction, saveItemAction } from '@/app/admin/content/actions'
import { AdminPage } from '@/components/admin/admin-nav'
import { ItemEditor } from '@/components/admin/item-editor'
import { requireAdmin } from '@/lib/admin/admin-session'
import { editableContent } from '@/lib/knowledge/editor/content-editing'
import { EditorFlashSchema, editorFlashKey } from '@/lib/knowledge/editor/forms/flashes'
import { choicesFrom } from '@/lib/knowledge/editor/forms/item-schemas'
import { COLLECTION_WORDS, isCollection } from '@/lib/knowledge/store/collections'
import { readFlash } from '@/lib/platform/flash/flash'

type Props = { params: Promise<{ collection: string }>; searchParams: Promise<Record<string, string | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection } = await params
  return { title: `Add a ${isCollection(collection) ? COLLECTION_WORDS[collection].one : 'item'}` }
}

export default async function NewItemPage({ params, searchParams }: Props) {
  const { collection } = await params
  if (!isCollection(collection)) notFound()
  const admin = await requireAdmin(`/admin/content/new/${collection}`)
  const _query = await searchParams
  const content = await editableContent(admin)
  const flash = await readFlash(editorFlashKey(admin.userId, collection, null), EditorFlashSchema)
  const words = COLLECTION_WORDS[collection]
  return (
    <AdminPage
      email={admin.email}
      current="/admin/content"
      title={`Add a ${words.one}`}
      intro={<Link href={`/admin/content/${collection}`}>{words.many}</Link>}
    >
      <ItemEditor
        saveAction={saveItemAction}
        deleteAction={deleteItemAction}
        collection={collection}
        itemId={null}
        values={flash?.values ?? (collection === 'questions' ? { kind: 'single' } : {})}
        baseRevision={0}
        choices={choicesFrom(content.raw)}
        flash={flash}
      />
    </AdminPage>
  )
}

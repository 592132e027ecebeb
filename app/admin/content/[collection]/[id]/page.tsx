import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { deleteItemAction, saveItemAction } from '@/app/admin/content/actions'
import { AdminPage } from '@/components/admin/admin-nav'
import { ItemEditor } from '@/components/admin/item-editor'
import { requireAdmin } from '@/lib/admin/admin-session'
import { decodeSegment } from '@/lib/engine/input/storable-text'
import { editableContent, formValues } from '@/lib/knowledge/editor/content-editing'
import { adminFormFailed, EditorFlashSchema, editorFlashKey } from '@/lib/knowledge/editor/forms/flashes'
import { choicesFrom } from '@/lib/knowledge/editor/forms/item-schemas'
import { COLLECTION_WORDS, isCollection, itemName } from '@/lib/knowledge/store/collections'
import { readFlash } from '@/lib/platform/flash/flash'

type Props = {
  params: Promise<{ collection: string; id: string }>
  searchParams: Promise<Record<string, string | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection, id } = await params
  const itemId = decodeSegment(id)
  const failed = itemId !== null && (await adminFormFailed((userId) => editorFlashKey(userId, collection, itemId)))
  return {
    title: `${failed ? 'Error: ' : ''}${isCollection(collection) ? COLLECTION_WORDS[collection].one : 'Item'} ${decodeSegment(id) ?? id}`,
  }
}

const deleteMessages: Record<string, string> = {
  conflict: 'Not deleted: someone saved this item since you opened it. Check it, then delete again.',
  gone: 'It was already gone from the draft.',
}

export default async function EditItemPage({ params, searchParams }: Props) {
  const { collection, id } = await params
  // An id whose %-escapes do not decode names no item (decodeURIComponent would throw: a 500).
  const itemId = decodeSegment(id)
  if (!isCollection(collection) || itemId === null) notFound()
  const admin = await requireAdmin(`/admin/content/${collection}/${encodeURIComponent(itemId)}`)
  const query = await searchParams
  const content = await editableContent(admin)
  const item = content.items.find((i) => i.collection === collection && i.itemId === itemId)
  if (!item) notFound()
  const flash = await readFlash(editorFlashKey(admin.userId, collection, itemId), EditorFlashSchema)
  const values = flash?.values ?? formValues(collection, item.data)
  const words = COLLECTION_WORDS[collection]
  return (
    <AdminPage
      email={admin.email}
      current="/admin/content"
      title={`Edit ${words.one}: ${itemName(item.data)}`}
      status={
        query.saved
          ? 'Saved to the draft. Users see it once the draft is published.'
          : query.delete
            ? deleteMessages[query.delete]
            : undefined
      }
      intro={
        <>
          <Link href={`/admin/content/${collection}`}>{words.many}</Link> · id <code>{itemId}</code>
          {content.hasDraft ? ` · revision ${item.revision}` : ' · from the published release (saving starts a draft)'}
        </>
      }
    >
      <ItemEditor
        saveAction={saveItemAction}
        deleteAction={deleteItemAction}
        collection={collection}
        itemId={itemId}
        values={values}
        baseRevision={flash?.baseRevision ?? item.revision}
        choices={choicesFrom(content.raw)}
        flash={flash}
      />
    </AdminPage>
  )
}

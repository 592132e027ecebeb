'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { requireAdminAction } from '@/lib/admin/admin-session'
import { saveEditedItem } from '@/lib/knowledge/editor/content-editing'
import { NEW_COLUMN_FIELD } from '@/lib/knowledge/editor/forms/editor-layout'
import { editorFlashKey } from '@/lib/knowledge/editor/forms/flashes'
import { readForm } from '@/lib/knowledge/editor/forms/form-data'
import { COLLECTIONS } from '@/lib/knowledge/store/collections'
import { deleteDraftItem, openDraft } from '@/lib/knowledge/store/content-admin'
import { clearFlash, setFlash } from '@/lib/platform/flash/flash'
import { formInput } from '@/lib/platform/security/action-input'

const ItemFormSchema = z.object({
  collection: z.enum(COLLECTIONS),
  itemId: z.string().min(1).max(100).nullable(),
  baseRevision: z.coerce.number().int().min(0).max(2_147_483_647),
})

const editUrl = (collection: string, itemId: string | null) =>
  itemId ? `/admin/content/${collection}/${encodeURIComponent(itemId)}` : `/admin/content/new/${collection}`

export async function saveItemAction(input: unknown): Promise<void> {
  const admin = await requireAdminAction()
  const form = formInput(input)
  const meta = ItemFormSchema.safeParse({
    collection: form.get('collection'),
    itemId: form.get('itemId') || null,
    baseRevision: form.get('baseRevision'),
  })
  if (!meta.success) redirect('/admin/content')
  const { collection, itemId, baseRevision } = meta.data
  const added = form.get(NEW_COLUMN_FIELD)
  const result = await saveEditedItem(admin, {
    collection,
    itemId,
    baseRevision,
    raw: readForm(form),
    addedSkill: typeof added === 'string' ? added.trim() : '',
  })
  if (result.ok) {
    await clearFlash()
    redirect(`${editUrl(collection, result.itemId)}?saved=1`)
  }
  await setFlash(editorFlashKey(admin.userId, collection, itemId), result.flash)
  redirect(`${editUrl(collection, itemId)}#error-summary`)
}

export async function deleteItemAction(input: unknown): Promise<void> {
  const admin = await requireAdminAction()
  const form = formInput(input)
  const meta = ItemFormSchema.safeParse({
    collection: form.get('collection'),
    itemId: form.get('itemId') || null,
    baseRevision: form.get('baseRevision'),
  })
  if (!meta.success || !meta.data.itemId || form.get('confirm') !== 'yes') redirect('/admin/content')
  await openDraft(admin)
  const { collection, itemId, baseRevision } = meta.data
  const result = await deleteDraftItem(admin, collection, itemId, baseRevision)
  if (result.ok) redirect(`/admin/content/${collection}?deleted=${encodeURIComponent(itemId)}`)
  redirect(`${editUrl(collection, itemId)}?delete=${result.reason}`)
}

export async function startDraftAction(): Promise<void> {
  const admin = await requireAdminAction()
  await openDraft(admin)
  redirect('/admin/content?started=1')
}

import { type Collection, contentToItems, itemsToContent } from '@/lib/content-store/collections'
import {
  addDraftItem,
  loadDraftView,
  type Meanwhile,
  openDraft,
  saveDraftItem,
} from '@/lib/content-store/content-admin'
import { findLatestContentRelease } from '@/lib/content-store/content-release-repo'
import { diffItem, namesOf } from '@/lib/content-store/diff'
import type { Admin } from './admin-session'
import type { RawRecord } from './forms/fields'
import { type FieldError, fieldErrors, fromRaw, toRaw } from './forms/form-values'
import { ITEM_SCHEMAS } from './forms/item-schemas'
import { fieldsFor } from './forms/specs'

// One item's save, from posted form input to a stored draft item or a result the form shows: field errors from the
// engine's schema, or a conflict with what changed meanwhile. What the admin typed always comes back in `values`.

export type EditorFlash = {
  values: RawRecord
  errors: FieldError[]
  /** The revision to base the next save on (after a conflict: the one now saved, so saving again is deliberate). */
  baseRevision: number
  conflict?: { meanwhile: Meanwhile[]; differences: { field: string; before: string; after: string }[] }
}

/** Which form a stashed flash belongs to. */
export const editorFormKey = (collection: string, itemId: string | null) => `item:${collection}/${itemId ?? '(new)'}`

export type EditorSave = { ok: true; itemId: string } | { ok: false; flash: EditorFlash }

export async function saveEditedItem(
  admin: Admin,
  input: { collection: Collection; itemId: string | null; baseRevision: number; raw: RawRecord },
): Promise<EditorSave> {
  const fields = fieldsFor(input.collection, input.raw)
  const item = fromRaw(fields, input.raw)
  // An existing item keeps its id: stored answers and other items refer to it.
  if (input.itemId) item.id = input.itemId
  const values = toRaw(fields, item)
  const parsed = ITEM_SCHEMAS[input.collection].safeParse(item)
  if (!parsed.success) {
    return {
      ok: false,
      flash: { values, errors: fieldErrors(fields, item, parsed.error), baseRevision: input.baseRevision },
    }
  }
  if (!input.itemId) {
    const added = await addDraftItem(admin, input.collection, parsed.data.id, parsed.data)
    if (added.ok) return { ok: true, itemId: parsed.data.id }
    const message = 'That id is already used by another item in this collection. Choose another.'
    return { ok: false, flash: { values, errors: [{ fieldId: 'f-id', message: `Id: ${message}` }], baseRevision: 0 } }
  }
  await openDraft(admin)
  const saved = await saveDraftItem(admin, input.collection, input.itemId, parsed.data, input.baseRevision)
  if (saved.ok) return { ok: true, itemId: input.itemId }
  if (saved.reason === 'conflict') {
    const differences = diffItem(saved.current.data, parsed.data, namesOf())
    const who = [...new Set(saved.meanwhile.map((m) => m.who))].join(', ') || 'Someone'
    return {
      ok: false,
      flash: {
        values,
        baseRevision: saved.current.revision,
        errors: [
          {
            fieldId: 'conflict',
            message: `${who} saved this item while you were editing it. Your version is kept below: check the differences, then save again to replace theirs.`,
          },
        ],
        conflict: { meanwhile: saved.meanwhile, differences },
      },
    }
  }
  return {
    ok: false,
    flash: {
      values,
      baseRevision: input.baseRevision,
      errors: [
        {
          fieldId: 'conflict',
          message:
            'This item is no longer in the draft (it was deleted or the draft was replaced). Your version is kept below; save it as a new item to keep it.',
        },
      ],
    },
  }
}

/** The content admins edit right now: the draft when there is one, else the latest release (revision 1 each). */
export async function editableContent(admin: Admin) {
  const view = await loadDraftView(admin)
  if (view)
    return {
      hasDraft: true as const,
      raw: view.raw,
      items: view.items,
      published: view.published,
      fingerprint: view.fingerprint,
    }
  const published = await findLatestContentRelease()
  if (!published) throw new Error('No content release exists: the database was not seeded.')
  const raw = itemsToContent(contentToItems(published.data as Record<string, unknown>))
  const items = contentToItems(raw).map((i) => ({ ...i, revision: 1, updatedAt: published.createdAt, updatedBy: null }))
  return { hasDraft: false as const, raw, items, published, fingerprint: '' }
}

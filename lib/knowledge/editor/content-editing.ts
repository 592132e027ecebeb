import type { Admin } from '@/lib/admin/admin-session'
import type { FieldError } from '@/lib/engine/input/field-errors'
import { NEW_COLUMN_FIELD, prepareGrid } from '@/lib/knowledge/editor/forms/editor-layout'
import { editorFieldErrors, type NameOf } from '@/lib/knowledge/editor/forms/field-errors'
import { parseRaw, type RawRecord, toRaw } from '@/lib/knowledge/editor/forms/form-data'
import { choicesFrom, ITEM_SCHEMAS, nameIn } from '@/lib/knowledge/editor/forms/item-schemas'
import { itemModel, variantOf } from '@/lib/knowledge/editor/forms/schema-model'
import { type Collection, contentToItems, itemsToContent } from '@/lib/knowledge/store/collections'
import {
  addDraftItem,
  loadDraftView,
  type Meanwhile,
  openDraft,
  saveDraftItem,
} from '@/lib/knowledge/store/content-admin'
import { findLatestContentRelease } from '@/lib/knowledge/store/content-release-repo'
import { diffItem, namesOf } from '@/lib/knowledge/store/diff'

// One item's save, from posted form input to a stored draft item or a result the form shows: field errors from the
// engine's schema, or a conflict with what changed meanwhile. What the admin typed always comes back in `values`,
// exactly as typed.

export type EditorFlash = {
  values: RawRecord
  errors: FieldError[]
  /** The revision to base the next save on (after a conflict: the one now saved, so saving again is deliberate). */
  baseRevision: number
  conflict?: { meanwhile: Meanwhile[]; differences: { field: string; before: string; after: string }[] }
}

/** Which form an editor flash belongs to (lib/knowledge/editor/forms/flashes.ts). */
export const editorFormKey = (collection: string, itemId: string | null) => `item:${collection}/${itemId ?? '(new)'}`

export type EditorSave = { ok: true; itemId: string } | { ok: false; flash: EditorFlash }

/** An item as its form shows it (the strings of each field, by the item's schema). */
export function formValues(collection: Collection, item: unknown): RawRecord {
  const model = itemModel(ITEM_SCHEMAS[collection])
  const variant = variantOf(model, item)
  const values = toRaw(variant.model, item)
  if (model.discriminator) values[model.discriminator] = variant.value
  return values
}

export type EditedItem =
  | { ok: true; data: { id: string }; values: RawRecord }
  | { ok: false; values: RawRecord; errors: FieldError[] }

/**
 * What a posted form holds, checked by the item's own schema: the item, or the errors, each on the input typed
 * into. `values` is the input as typed (the grid's new column placed, a new answer's id made), for showing again.
 */
export function readEditedItem(
  collection: Collection,
  posted: RawRecord,
  opts: { itemId: string | null; addedSkill: string; names: NameOf },
): EditedItem {
  const model = itemModel(ITEM_SCHEMAS[collection])
  const { raw, problem } = prepareGrid(posted, opts.addedSkill)
  // An existing item keeps its id: stored answers and other items refer to it.
  if (opts.itemId) raw.id = opts.itemId
  const variant = variantOf(model, raw)
  const { item, trace } = parseRaw(variant.model, raw)
  if (model.discriminator) item[model.discriminator] = raw[model.discriminator] ?? variant.value
  const parsed = ITEM_SCHEMAS[collection].safeParse(item)
  const errors: FieldError[] = [
    ...(problem ? [{ fieldId: `f-${NEW_COLUMN_FIELD}`, message: problem, where: 'Add a skill' }] : []),
    ...(parsed.success ? [] : editorFieldErrors(variant.model, raw, trace, parsed.error, opts.names)),
  ]
  if (!parsed.success || errors.length > 0) return { ok: false, values: raw, errors }
  return { ok: true, data: parsed.data, values: raw }
}

export async function saveEditedItem(
  admin: Admin,
  input: { collection: Collection; itemId: string | null; baseRevision: number; raw: RawRecord; addedSkill: string },
): Promise<EditorSave> {
  const content = await editableContent(admin)
  const read = readEditedItem(input.collection, input.raw, {
    itemId: input.itemId,
    addedSkill: input.addedSkill,
    names: nameIn(choicesFrom(content.raw)),
  })
  if (!read.ok)
    return { ok: false, flash: { values: read.values, errors: read.errors, baseRevision: input.baseRevision } }
  const { data, values } = read
  if (!input.itemId) {
    const added = await addDraftItem(admin, input.collection, data.id, data)
    if (added.ok) return { ok: true, itemId: data.id }
    return {
      ok: false,
      flash: {
        values,
        errors: [
          {
            fieldId: 'f-id',
            message: `“${data.id}” is already used by another item here. Choose another id.`,
            where: 'Id',
          },
        ],
        baseRevision: 0,
      },
    }
  }
  await openDraft(admin)
  const saved = await saveDraftItem(admin, input.collection, input.itemId, data, input.baseRevision)
  if (saved.ok) return { ok: true, itemId: input.itemId }
  if (saved.reason === 'conflict') {
    const differences = diffItem(saved.current.data, data, namesOf())
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

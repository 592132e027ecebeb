import Link from 'next/link'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { summaryLine } from '@/lib/engine/input/field-errors'
import type { EditorFlash } from '@/lib/knowledge/editor/content-editing'
import type { RawRecord } from '@/lib/knowledge/editor/forms/form-data'
import { type Choices, ITEM_SCHEMAS } from '@/lib/knowledge/editor/forms/item-schemas'
import { itemModel } from '@/lib/knowledge/editor/forms/schema-model'
import { COLLECTION_WORDS, type Collection } from '@/lib/knowledge/store/collections'
import { FocusFromHash } from './focus-from-hash'
import { formatWhen } from './format'
import { ItemFields } from './item-fields'

type Props = {
  collection: Collection
  itemId: string | null
  values: RawRecord
  baseRevision: number
  choices: Choices
  flash: EditorFlash | null
  /** The page passes its actions in: components never import from app/. */
  saveAction: (form: FormData) => Promise<void>
  deleteAction: (form: FormData) => Promise<void>
}

/** The whole editor for one item: error summary, conflict notice, the fields the item's schema gives, save, delete. */
export function ItemEditor({
  collection,
  itemId,
  values,
  baseRevision,
  choices,
  flash,
  saveAction,
  deleteAction,
}: Props) {
  const errors = flash?.errors ?? []
  const words = COLLECTION_WORDS[collection]
  return (
    <div className="space-y-8">
      <FocusFromHash />
      <ErrorSummary errors={errors.map((e) => ({ fieldId: e.fieldId, message: summaryLine(e) }))} />
      {flash?.conflict ? (
        <section
          id="conflict"
          aria-labelledby="conflict-title"
          className="space-y-3 rounded-md border-4 border-warn bg-white p-4"
        >
          <h2 id="conflict-title" className="text-lg font-bold">
            Someone else saved this {words.one} meanwhile
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {flash.conflict.meanwhile.map((m) => (
              <li key={`${m.who}-${String(m.when)}`}>
                {m.who} at {formatWhen(new Date(m.when))}
                {m.changes.length > 0
                  ? `: ${m.changes.map((c) => `${c.field} (${c.before} → ${c.after})`).join('; ')}`
                  : ''}
              </li>
            ))}
          </ul>
          {flash.conflict.differences.length > 0 ? (
            <>
              <p>Saving your version would change what is saved now like this:</p>
              <ul className="list-disc space-y-1 pl-5">
                {flash.conflict.differences.map((d) => (
                  <li key={d.field}>
                    <span className="font-semibold">{d.field}</span>: {d.before} → {d.after}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Your version and the saved one are the same.</p>
          )}
          <p>
            Save again to keep your version, or{' '}
            <Link href={itemId ? `/admin/content/${collection}/${encodeURIComponent(itemId)}` : '#'}>
              reload the saved one
            </Link>
            .
          </p>
        </section>
      ) : null}
      <form action={saveAction} className="space-y-8" noValidate>
        <input type="hidden" name="collection" value={collection} />
        <input type="hidden" name="itemId" value={itemId ?? ''} />
        <input type="hidden" name="baseRevision" value={baseRevision} />
        {itemId ? <input type="hidden" name="item.id" value={itemId} /> : null}
        <ItemFields
          model={itemModel(ITEM_SCHEMAS[collection])}
          values={values}
          errors={errors}
          choices={choices}
          isNew={!itemId}
        />
        <div className="sticky bottom-0 z-20 -mx-2 flex flex-wrap items-center gap-4 border-t border-line bg-paper px-2 py-3">
          <Button>{itemId ? 'Save to draft' : `Add ${words.one} to draft`}</Button>
          <Link href={`/admin/content/${collection}`}>Back to {words.many.toLowerCase()}</Link>
        </div>
      </form>
      {itemId ? (
        <details className="rounded-md border border-line bg-white">
          <summary className="cursor-pointer px-3 py-2 font-semibold">Delete this {words.one}</summary>
          <form action={deleteAction} className="space-y-3 border-t border-line p-3">
            <input type="hidden" name="collection" value={collection} />
            <input type="hidden" name="itemId" value={itemId} />
            <input type="hidden" name="baseRevision" value={baseRevision} />
            <label className="flex items-center gap-2">
              <input type="checkbox" name="confirm" value="yes" className="size-5 accent-accent" /> Yes, delete it from
              the draft
            </label>
            <Button variant="danger">Delete from draft</Button>
          </form>
        </details>
      ) : null}
    </div>
  )
}

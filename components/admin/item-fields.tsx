import type { FieldError } from '@/lib/engine/input/field-errors'
import { GRID_ROWS, keyGridCells } from '@/lib/knowledge/editor/forms/editor-layout'
import type { RawRecord } from '@/lib/knowledge/editor/forms/form-data'
import { type Choices, nameIn } from '@/lib/knowledge/editor/forms/item-schemas'
import { type ItemModel, variantOf } from '@/lib/knowledge/editor/forms/schema-model'
import { QuestionEditor } from './question-editor'
import { type Ctx, Field } from './schema-fields'

/**
 * The inputs of one item, from its form model: a question (an item whose answers form the grid) gets the question
 * layout; any other item its fields in schema order. The surrounding <form> adds the hidden fields and the buttons.
 */
export function ItemFields({
  model,
  values,
  errors,
  choices,
  isNew,
}: {
  model: ItemModel
  values: RawRecord
  errors: readonly FieldError[]
  choices: Choices
  isNew: boolean
}) {
  const variant = variantOf(model, values)
  const ctx: Ctx = { root: values, errors: new Map(errors.map((e) => [e.fieldId, e.message])), choices }
  if (variant.model.fields.some((f) => GRID_ROWS.has(f.key) && f.kind === 'list'))
    return (
      <QuestionEditor
        model={variant.model}
        kinds={model.variants.map((v) => v.value)}
        ctx={{ ...ctx, root: keyGridCells(values) }}
        isNew={isNew}
        skillName={(id) => nameIn(choices)('skills', id) ?? id}
      />
    )
  const wide = (f: (typeof variant.model.fields)[number]) =>
    f.kind === 'list' || f.kind === 'group' || f.kind === 'refs' || (f.kind === 'text' && (f.maxLength ?? 0) >= 240)
  return (
    <div className="grid gap-5 md:grid-cols-2">
      {variant.model.fields
        .filter((f) => !(f.key === 'id' && !isNew))
        .map((f) => (
          <div key={f.key} className={wide(f) ? 'md:col-span-2' : ''}>
            <Field node={f} path={[f.key]} ctx={ctx} />
          </div>
        ))}
    </div>
  )
}

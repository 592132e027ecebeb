import { FieldMessages, fieldMessageIds } from '@/components/ui/field-messages'
import { type Field, fieldId, fieldName, isRawRecord, type Raw, type RawRecord } from '@/lib/admin/forms/fields'
import { type Choices, resolveChoices } from '@/lib/admin/forms/item-schemas'
import { fieldWord } from '@/lib/content-store/field-words'

// Draws any item's form from its field list (lib/admin/forms/specs.ts): labels, hints and errors next to each
// field, spare blank rows for adding to lists, a "remove" box on each row — all plain HTML, so it works without
// JavaScript. Posted names are dotted paths under "item."; element ids follow fieldId(), which problem links use too.

type Ctx = { root: RawRecord; errors: ReadonlyMap<string, string>; choices: Choices; inRow?: boolean }

const labelOf = (f: Field) => f.label ?? fieldWord(f.key)
const text = (v: Raw | undefined) => (typeof v === 'string' ? v : '')
const box = (error?: string) => `rounded-md border-2 bg-white px-3 py-2 ${error ? 'border-bad' : 'border-ink'}`

function Leaf({
  field: given,
  path,
  value,
  ctx,
}: {
  field: Field
  path: (string | number)[]
  value: Raw | undefined
  ctx: Ctx
}) {
  // Inside a list row the hints are said once, above the list, not again on every row.
  const field: Field = ctx.inRow ? { ...given, hint: undefined } : given
  const id = fieldId(path, ctx.root)
  const name = `item.${fieldName(path)}`
  const error = ctx.errors.get(id)
  const { describedBy } = fieldMessageIds(id, field.hint, error)
  const wrap = `space-y-1 ${error ? 'border-l-4 border-bad pl-3' : ''}`
  const label = labelOf(field)
  const optional = ('optional' in field && field.optional) || field.kind === 'refs' ? ' (optional)' : ''

  if (field.kind === 'boolean') {
    return (
      <div className={wrap}>
        <div className="flex items-start gap-3">
          <input
            id={id}
            type="checkbox"
            name={name}
            defaultChecked={text(value) === 'on'}
            aria-describedby={describedBy}
            className="mt-1 size-5 accent-accent"
          />
          <label htmlFor={id} className="font-semibold">
            {label}
          </label>
        </div>
        <FieldMessages name={id} hint={field.hint} error={error} />
      </div>
    )
  }
  if (field.kind === 'choice') {
    const current = text(value)
    const choices = resolveChoices(field.from, ctx.choices)
    const known = current === '' || choices.some((c) => c.value === current)
    return (
      <div className={wrap}>
        <label htmlFor={id} className="block font-semibold">
          {label}
          {optional}
        </label>
        <FieldMessages name={id} hint={field.hint} error={error} />
        <select
          id={id}
          name={name}
          defaultValue={current}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`${box(error)} w-full`}
        >
          <option value="">{field.optional ? '(none)' : 'Choose…'}</option>
          {known ? null : <option value={current}>{current} (not found)</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    )
  }
  if (field.kind === 'refs') {
    const selected = new Set(Array.isArray(value) ? (value as string[]) : value ? [text(value)] : [])
    const choices = resolveChoices(field.from, ctx.choices)
    const unknown = [...selected].filter((v) => !choices.some((c) => c.value === v))
    return (
      <fieldset id={id} aria-describedby={describedBy} className={wrap}>
        <legend className="font-semibold">{label}</legend>
        <FieldMessages name={id} hint={field.hint} error={error} />
        <div className="grid max-h-64 gap-1 overflow-y-auto rounded-md border border-line bg-white p-2 sm:grid-cols-2">
          {[...unknown.map((v) => ({ value: v, label: `${v} (not found)` })), ...choices].map((c) => (
            <label key={c.value} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name={name}
                value={c.value}
                defaultChecked={selected.has(c.value)}
                className="mt-0.5 size-4 accent-accent"
              />
              <span>{c.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    )
  }
  const lines = field.kind === 'lines'
  const long = (field.kind === 'text' && field.long) || lines
  const numeric = field.kind === 'number'
  return (
    <div className={wrap}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {optional}
      </label>
      <FieldMessages name={id} hint={field.hint} error={error} />
      {long ? (
        <textarea
          id={id}
          name={name}
          rows={lines ? Math.min(12, Math.max(3, text(value).split('\n').length + 1)) : 2}
          defaultValue={text(value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`${box(error)} w-full`}
        />
      ) : (
        <input
          id={id}
          name={name}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          defaultValue={text(value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`${box(error)} ${numeric ? 'w-28' : 'w-full'}`}
        />
      )}
    </div>
  )
}

function Fields({
  fields,
  path,
  values,
  ctx,
  className = 'space-y-5',
}: {
  fields: readonly Field[]
  path: (string | number)[]
  values: RawRecord
  ctx: Ctx
  className?: string
}) {
  return (
    <div className={className}>
      {fields.map((field) => {
        const here = [...path, field.key]
        const value = values[field.key]
        if (field.kind === 'list')
          return <ListField key={field.key} field={field} path={here} value={value} ctx={ctx} />
        if (field.kind === 'group') {
          const id = fieldId(here, ctx.root)
          const error = ctx.errors.get(id)
          return (
            <fieldset key={field.key} id={id} className="space-y-4 rounded-md border border-line bg-white p-4">
              <legend className="px-1 font-semibold">{labelOf(field)} (optional)</legend>
              <FieldMessages name={id} hint={field.hint} error={error} />
              <Fields fields={field.fields} path={here} values={isRawRecord(value) ? value : {}} ctx={ctx} />
            </fieldset>
          )
        }
        return <Leaf key={field.key} field={field} path={here} value={value} ctx={ctx} />
      })}
    </div>
  )
}

function rowTitle(
  field: Extract<Field, { kind: 'list' }>,
  row: RawRecord,
  index: number,
  spare: boolean,
  choices: Choices,
): string {
  const word = field.rowWord.replace(/^./, (c) => c.toUpperCase())
  if (spare) return `New ${field.rowWord} (fill in to add)`
  const named = (list: readonly { value: string; label: string }[], id: string) =>
    list.find((c) => c.value === id)?.label ?? id
  const name =
    text(row.label) ||
    (text(row.skillId) && named(choices.skills, text(row.skillId))) ||
    (text(row.roleId) && named(choices.roles, text(row.roleId))) ||
    (text(row.pathId) && named(choices.paths, text(row.pathId))) ||
    text(row.signal)
  return `${word} ${index + 1}${name ? `: ${name.length > 60 ? `${name.slice(0, 57)}…` : name}` : ''}`
}

function ListField({
  field,
  path,
  value,
  ctx,
}: {
  field: Extract<Field, { kind: 'list' }>
  path: (string | number)[]
  value: Raw | undefined
  ctx: Ctx
}) {
  const rows = Array.isArray(value) ? (value as Raw[]).filter(isRawRecord) : []
  const id = fieldId(path, ctx.root)
  const error = ctx.errors.get(id)
  const nested = path.length > 1
  const all = [
    ...rows.map((r) => ({ row: r, spare: false })),
    ...Array.from({ length: field.spare }, () => ({ row: {} as RawRecord, spare: true })),
  ]
  const rowHints = field.fields
    .filter((f) => f.hint && f.kind !== 'list')
    .map((f) => `${labelOf(f)}: ${f.hint}`)
    .join(' ')
  const hint = [field.hint, rowHints].filter(Boolean).join(' ') || undefined
  const body = (
    <fieldset id={id} className={`space-y-3 ${error ? 'border-l-4 border-bad pl-3' : ''}`}>
      <legend className={nested ? 'font-semibold' : 'text-xl font-bold'}>{labelOf(field)}</legend>
      <FieldMessages name={id} hint={hint} error={error} />
      {all.map(({ row, spare }, index) => {
        const here = [...path, index]
        const rowId = fieldId(here, ctx.root)
        const title = rowTitle(field, row, index, spare, ctx.choices)
        return (
          <fieldset
            key={rowId}
            id={spare ? undefined : rowId}
            className={`space-y-4 rounded-md border p-4 ${spare ? 'border-dashed border-muted bg-paper' : 'border-line bg-white'}`}
          >
            <legend className="px-1 text-sm font-semibold">{title}</legend>
            <Fields
              fields={field.fields}
              path={here}
              values={row}
              ctx={{ ...ctx, inRow: true }}
              className={
                field.fields.length <= 3 && !field.fields.some((f) => f.kind === 'list')
                  ? 'grid items-start gap-4 sm:grid-cols-3'
                  : 'space-y-5'
              }
            />
            {spare ? null : (
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={`item.${fieldName([...here, '_remove'])}`}
                  className="size-4 accent-accent"
                />
                Remove this {field.rowWord} when saving
              </label>
            )}
          </fieldset>
        )
      })}
    </fieldset>
  )
  // An answer's less common effects (roles, paths, signals) stay folded until they are used; <details> needs no script.
  if (nested && rows.length === 0 && !error && field.key !== 'skills') {
    return (
      <details className="rounded-md border border-line p-3">
        <summary className="cursor-pointer font-semibold">Add {labelOf(field).toLowerCase()}</summary>
        <div className="mt-3">{body}</div>
      </details>
    )
  }
  return body
}

/** The fields of one item. The surrounding <form> adds the hidden fields and the buttons. */
export function ItemFields({
  fields,
  values,
  errors,
  choices,
}: {
  fields: readonly Field[]
  values: RawRecord
  errors: readonly { fieldId: string; message: string }[]
  choices: Choices
}) {
  const ctx: Ctx = { root: values, errors: new Map(errors.map((e) => [e.fieldId, e.message])), choices }
  return <Fields fields={fields} path={[]} values={values} ctx={ctx} />
}

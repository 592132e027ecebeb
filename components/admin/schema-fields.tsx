import { FieldMessages, fieldMessageIds } from '@/components/ui/field-messages'
import { enumWords, hintFor } from '@/lib/knowledge/editor/forms/editor-layout'
import {
  fieldId,
  fieldName,
  isBlank,
  nextRowKey,
  type Path,
  type Raw,
  type RawRecord,
  rawAt,
  rowsOf,
  text,
} from '@/lib/knowledge/editor/forms/form-data'
import type { Choices } from '@/lib/knowledge/editor/forms/item-schemas'
import type { FormNode } from '@/lib/knowledge/editor/forms/schema-model'
import { fieldWord } from '@/lib/knowledge/store/field-words'
import { TextInput } from './text-input'

// Draws form fields from the form model the content schema gives (lib/knowledge/editor/forms/schema-model.ts): a label from the
// field's name, its hint, the error next to it, the input its type calls for. Lists get a blank spare row for adding
// and a "remove" box per row. All plain HTML: it works without JavaScript. Names are dotted paths under "item.";
// element ids follow fieldId(), which the error summary and the check page's problem links use too.

export type Ctx = { root: RawRecord; errors: ReadonlyMap<string, string>; choices: Choices }

const box = (error?: string) => `rounded-md border-2 bg-white px-3 py-2 ${error ? 'border-bad' : 'border-ink'}`
export const labelOf = (node: FormNode) => fieldWord(node.key)
const optionalMark = (node: FormNode) =>
  (node.kind === 'refs' || node.kind === 'ids' || node.kind === 'lines') && node.minItems === 0
    ? ' (optional)'
    : !node.required && node.kind !== 'boolean' && node.kind !== 'list' && node.kind !== 'group'
      ? ' (optional)'
      : ''

/** The key of the list or group a path sits in ("options" for options.2.id), for hints that depend on it. */
const parentKey = (path: Path) =>
  [...path.slice(0, -1)].reverse().find((p) => typeof p === 'string' && !/^\d+$/.test(p))

export function Field({
  node,
  path,
  ctx,
  hideHint,
  labelSuffix = '',
}: {
  node: FormNode
  path: Path
  ctx: Ctx
  hideHint?: boolean
  /** Said after the label: " — Customer discovery" for a per-skill field. */
  labelSuffix?: string
}) {
  const value = rawAt(ctx.root, path)
  if (node.kind === 'list') return <ListField node={node} path={path} ctx={ctx} />
  const id = fieldId(path, ctx.root)
  const error = ctx.errors.get(id)
  const hint = hideHint ? undefined : hintFor(node.key, parentKey(path) as string | undefined, node.description)
  if (node.kind === 'group') {
    return (
      <fieldset id={id} className="space-y-4 rounded-md border border-line bg-white p-4">
        <legend className="px-1 font-semibold">
          {labelOf(node)}
          {node.required ? '' : ' (optional)'}
        </legend>
        <FieldMessages name={id} hint={hint} error={error} />
        <div className="grid gap-4 sm:grid-cols-2">
          {node.item.fields.map((f) => (
            <Field key={f.key} node={f} path={[...path, f.key]} ctx={ctx} />
          ))}
        </div>
      </fieldset>
    )
  }
  return (
    <Leaf
      node={node}
      id={id}
      name={fieldName(path)}
      value={value}
      hint={hint}
      error={error}
      ctx={ctx}
      labelSuffix={labelSuffix}
    />
  )
}

function Leaf({
  node,
  id,
  name,
  value,
  hint,
  error,
  ctx,
  labelSuffix,
}: {
  labelSuffix: string
  node: Exclude<FormNode, { kind: 'list' | 'group' }>
  id: string
  name: string
  value: Raw | undefined
  hint?: string
  error?: string
  ctx: Ctx
}) {
  const { describedBy } = fieldMessageIds(id, hint, error)
  const wrap = `space-y-1 ${error ? 'border-l-4 border-bad pl-3' : ''}`
  const label = `${labelOf(node)}${labelSuffix}${optionalMark(node)}`
  const invalid = error ? true : undefined

  if (node.kind === 'opaque') {
    return (
      <div className={wrap}>
        <input type="hidden" name={name} value={text(value)} />
        <p className="text-sm text-muted">
          {labelOf(node)}: kept as it is (the editor has no input for this kind of field).
        </p>
      </div>
    )
  }
  if (node.kind === 'boolean') {
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
        <FieldMessages name={id} hint={hint} error={error} />
      </div>
    )
  }
  if (node.kind === 'choice' || node.kind === 'ref') {
    const current = text(value)
    const choices =
      node.kind === 'choice'
        ? node.values.map((v) => ({ value: v, label: enumWords(v) }))
        : ctx.choices[node.collection]
    const known = current === '' || choices.some((c) => c.value === current)
    return (
      <div className={wrap}>
        <label htmlFor={id} className="block font-semibold">
          {label}
        </label>
        <FieldMessages name={id} hint={hint} error={error} />
        <select
          id={id}
          name={name}
          defaultValue={current}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={`${box(error)} w-full`}
        >
          <option value="">{node.required ? 'Choose…' : '(none)'}</option>
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
  if (node.kind === 'refs') {
    const ticked = Array.isArray(value) ? (value as string[]) : value ? [text(value)] : []
    const selected = new Set(ticked)
    const all = ctx.choices[node.collection]
    // The ticked ones first, in their saved order (a list's order can matter: citations are shown in it).
    const choices = [
      ...ticked.map((v) => all.find((c) => c.value === v) ?? { value: v, label: `${v} (not found)` }),
      ...all.filter((c) => !selected.has(c.value)),
    ]
    return (
      <fieldset id={id} aria-describedby={describedBy} className={wrap}>
        <legend className="font-semibold">{label}</legend>
        <FieldMessages name={id} hint={hint} error={error} />
        <div className="grid max-h-48 gap-1 overflow-y-auto rounded-md border border-line bg-white p-2 sm:grid-cols-2 lg:grid-cols-3">
          {choices.map((c) => (
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
  const numeric = node.kind === 'number'
  return (
    <TextInput
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={error}
      defaultValue={text(value)}
      long={(node.kind === 'text' && (node.maxLength ?? 0) >= 240) || node.kind === 'lines'}
      rows={2}
      inputMode={numeric ? 'numeric' : undefined}
      width={numeric ? 'narrow' : 'full'}
    />
  )
}

/** A list's rows (each in a fieldset with a "remove" box), then one blank row to add another. */
function ListField({ node, path, ctx }: { node: Extract<FormNode, { kind: 'list' }>; path: Path; ctx: Ctx }) {
  // A spare row posted blank comes back blank: it is not a row.
  const rows = rowsOf(rawAt(ctx.root, path), node.item).filter(({ row }) => !isBlank(row))
  const id = fieldId(path, ctx.root)
  const error = ctx.errors.get(id)
  const hint = hintFor(node.key, parentKey(path) as string | undefined, node.description)
  const word = labelOf(node)
  const compact = node.item.fields.length <= 4 && node.item.fields.every((f) => f.kind !== 'list' && f.kind !== 'group')
  const rowHints = node.item.fields
    .map((f) => [f, hintFor(f.key, node.key, f.description)] as const)
    .filter(([, h]) => h)
    .map(([f, h]) => `${labelOf(f)}: ${h}`)
  // One blank row to add another, or as many as the schema's minimum still needs.
  const spares = Array.from({ length: Math.max(1, node.minItems - rows.length) }, (_, i) => ({
    key: nextRowKey(rows) + i,
    row: {} as RawRecord,
    spare: true,
  }))
  const all = [...rows.map((r) => ({ ...r, spare: false })), ...spares]
  const body = (
    <fieldset id={id} className={`space-y-3 ${error ? 'border-l-4 border-bad pl-3' : ''}`}>
      <legend className="font-semibold">{word}</legend>
      <FieldMessages name={id} hint={[hint, ...rowHints].filter(Boolean).join(' ') || undefined} error={error} />
      {all.map(({ key, spare }, index) => {
        const here = [...path, key]
        const rowId = fieldId(here, ctx.root)
        return (
          <fieldset
            key={spare ? `spare-${key}` : rowId}
            id={spare ? undefined : rowId}
            className={`rounded-md border p-3 ${spare ? 'border-dashed border-muted bg-paper' : 'border-line bg-white'}`}
          >
            <legend className="px-1 text-sm font-semibold">
              {spare ? `New: fill in to add one` : `${word} ${index + 1}`}
            </legend>
            <div className={compact ? 'grid items-start gap-3 sm:grid-cols-3' : 'space-y-4'}>
              {node.item.fields.map((f) => (
                <Field key={f.key} node={f} path={[...here, f.key]} ctx={ctx} hideHint />
              ))}
            </div>
            {spare ? null : (
              <label className="mt-2 flex items-center gap-2 text-sm">
                <input type="checkbox" name={fieldName([...here, '_remove'])} className="size-4 accent-accent" />
                Remove when saving
              </label>
            )}
          </fieldset>
        )
      })}
    </fieldset>
  )
  // Lists nobody has used yet stay folded; <details> needs no script, and one holding an error is open.
  if (rows.length === 0 && !error && path.length > 1)
    return (
      <details className="rounded-md border border-line bg-white p-3">
        <summary className="cursor-pointer font-semibold">Add {word.toLowerCase()}</summary>
        <div className="mt-3">{body}</div>
      </details>
    )
  return body
}

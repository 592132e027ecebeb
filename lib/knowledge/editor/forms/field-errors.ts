import type { z } from 'zod'
import { type FieldError, fieldErrors } from '@/lib/engine/input/field-errors'
import type { Collection } from '@/lib/knowledge/store/collections'
import { fieldWord, signed } from '@/lib/knowledge/store/field-words'
import { fieldId, isRawRecord, type Path, type RawRecord, rawAt, rawPathOf, type Trace, text } from './form-data'
import { type FormNode, nodeAt, type ObjectModel } from './schema-model'

// A schema issue as a sentence next to the field it is about, in the editor's words, with what was typed:
// "Weights go from −3 to +3; you entered +5." The error summary adds where: "“Every week or more” › Customer
// discovery: …" — names, never positions ("Options › Option 4 › Skills it moves › Skill 1 › Weight").

/** The names of the items ids point at, for the summary's words. */
export type NameOf = (collection: Collection, id: string) => string | undefined

const quoted = (s: string) => `“${s.length > 50 ? `${s.slice(0, 47)}…` : s}”`
const sentence = (s: string) => s.replace(/^./, (c) => c.toUpperCase()).replace(/([^.;:!?])$/, '$1.')

function range(node: { min?: number; max?: number }, sign: boolean): string {
  const f = (n: number) => (sign ? signed(n) : String(n).replace('-', '−'))
  if (node.min !== undefined && node.max !== undefined) return `from ${f(node.min)} to ${f(node.max)}`
  if (node.min !== undefined) return `of ${f(node.min)} or more`
  if (node.max !== undefined) return `of ${f(node.max)} or less`
  return ''
}

function numberMessage(node: Extract<FormNode, { kind: 'number' }>, typed: string): string {
  const sign = node.min !== undefined && node.min < 0
  const you = typed.trim() === '' ? '' : `; you entered ${typed.trim()}`
  if (node.key === 'weight') return `Weights go ${range(node, sign)}${you}.`
  if (node.key === 'atMost') return `Caps go ${range(node, sign)}${you}.`
  return `Use a whole number ${range(node, sign)}${you}.`.replace(' .', '.')
}

/** The sentence for one issue on one field; `typed` is what the form holds there. */
export function plainMessage(issue: z.core.$ZodIssue, node: FormNode | undefined, typed: string): string {
  const blank = typed.trim() === ''
  if (node?.kind === 'number' && (issue.code === 'too_small' || issue.code === 'too_big' || !blank))
    if (issue.code !== 'custom') return numberMessage(node, typed)
  switch (issue.code) {
    case 'invalid_type':
      if (blank) return node?.kind === 'ref' || node?.kind === 'choice' ? 'Choose one.' : 'Fill this in.'
      return `Enter a valid value; you entered ${quoted(typed)}.`
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'Fill this in.' : `Use at least ${issue.minimum} characters.`
      if (issue.origin === 'array')
        return node?.kind === 'refs' ? `Tick at least ${issue.minimum}.` : `Add at least ${issue.minimum}.`
      return `Use ${issue.minimum} or more.`
    case 'too_big':
      if (issue.origin === 'string') return `Keep it to ${issue.maximum} characters; it has ${typed.trim().length}.`
      if (issue.origin === 'array') return `Use at most ${issue.maximum}.`
      return `Use ${issue.maximum} or less.`
    case 'invalid_value':
      return 'Choose one of the options.'
    case 'invalid_format':
      if (blank) return 'Fill this in.'
      if (issue.format === 'url')
        return `Enter a web address such as https://example.com; you entered ${quoted(typed)}.`
      if (issue.format === 'date') return `Enter a date as YYYY-MM-DD, e.g. 2026-03-01; you entered ${quoted(typed)}.`
      return `${sentence(issue.message).replace(/\.$/, '')}; you entered ${quoted(typed)}.`
    case 'invalid_union':
      return 'Choose an answer type.'
    default:
      return sentence(issue.message)
  }
}

/** A row's name for the summary: its wording, its name, what it is about, or its position. */
function rowName(row: unknown, key: string | number, list: Extract<FormNode, { kind: 'list' }>, names: NameOf) {
  const record = isRawRecord(row) ? row : {}
  for (const k of ['label', 'name', 'title']) {
    const v = text(record[k]).trim()
    if (v) return quoted(v)
  }
  if (text(record.min) || text(record.max)) return `${text(record.min)}–${text(record.max)}`
  const ref = list.item.fields.find((f) => f.kind === 'ref')
  const id = ref && (text(record[ref.key]) || (typeof key === 'string' ? key : ''))
  if (ref?.kind === 'ref' && id) return names(ref.collection, id) ?? id
  return `${fieldWord(list.key)} ${typeof key === 'number' ? key + 1 : key}`
}

/** Where a raw path points, in the editor's words. */
export function whereWords(model: ObjectModel, path: Path, root: RawRecord, names: NameOf): string {
  const words: string[] = []
  let fields = model.fields
  let list: Extract<FormNode, { kind: 'list' }> | undefined
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number
    if (list) {
      words.push(rowName(rawAt(root, path.slice(0, i + 1)), segment, list, names))
      fields = list.item.fields
      list = undefined
      continue
    }
    const node = fields.find((f) => f.key === segment)
    if (!node) break
    if (node.kind === 'list') {
      list = node
      // A row's name says which list it is in ("“Never”" is an answer); a list with no row named is said by name.
      if (i === path.length - 1) words.push(fieldWord(node.key))
      continue
    }
    // The grid's cells are said by their row and column; the message names the value ("Weights go from…").
    if (!(i === path.length - 1 && (node.key === 'weight' || node.key === 'atMost'))) words.push(fieldWord(node.key))
    fields = node.kind === 'group' ? node.item.fields : []
  }
  return words.join(' › ')
}

/**
 * Field errors from the schema's issues on the item parsed from `raw`, each on the element of the input typed into
 * (one per element: the first issue wins).
 */
export function editorFieldErrors(
  model: ObjectModel,
  raw: RawRecord,
  trace: Trace,
  error: z.ZodError,
  names: NameOf,
): FieldError[] {
  return fieldErrors(error, (issue) => {
    const path = rawPathOf(issue.path, trace)
    const typed = rawAt(raw, path)
    const where = whereWords(model, path, raw, names)
    return {
      fieldId: fieldId(path, raw),
      message: plainMessage(issue, nodeAt(model, path), typeof typed === 'string' ? typed : ''),
      ...(where ? { where } : {}),
    }
  })
}

import { fieldAnchor } from '@/lib/knowledge/store/problems'
import type { FormNode, ObjectModel } from './schema-model'

// From a saved item to form input and back, driven by the item's form model (schema-model.ts). `toRaw` turns an
// item into the strings a form shows; `readForm` collects what was posted; `parseRaw` turns that into the item the
// engine's schema checks, remembering which posted row each parsed row came from, so an error found in the parsed
// item is shown on the input that was typed into. Blank spare rows and rows marked "remove" are dropped; anything
// that does not parse is passed on as typed, so the schema names the field and nothing typed is lost.

/** Raw form input: strings at the leaves, arrays for lists and multiple choices, exactly as posted. */
export type Raw = string | string[] | Raw[] | { [key: string]: Raw }
export type RawRecord = { [key: string]: Raw }
export type Path = (string | number)[]

export const isRawRecord = (v: unknown): v is RawRecord => v !== null && typeof v === 'object' && !Array.isArray(v)

/** Ticked "remove this row" boxes. */
export const REMOVE = '_remove'
/** Marks a blank row offered for adding one (so a new answer may get an id made for it; an existing one never). */
export const NEW_ROW = '_new'

/** The posted name of the field at a path: item.options.2.skills.customer-discovery.weight */
export const fieldName = (path: readonly (string | number)[]) => `item.${path.join('.')}`

/** FormData → the raw tree, by dotted names under `prefix.` (options.0.skills.1.weight). */
export function readForm(form: FormData, prefix = 'item'): RawRecord {
  const root: RawRecord = {}
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || !name.startsWith(`${prefix}.`)) continue
    const path = name.slice(prefix.length + 1).split('.')
    if (path.length > 8 || path.some((p) => p === '' || p === '__proto__' || p === 'constructor' || p === 'prototype'))
      continue
    let node: RawRecord = root
    path.forEach((segment, i) => {
      if (i === path.length - 1) {
        const existing = node[segment]
        node[segment] =
          existing === undefined ? value : ([...(Array.isArray(existing) ? existing : [existing]), value] as string[])
      } else {
        if (!isRawRecord(node[segment])) node[segment] = {}
        node = node[segment] as RawRecord
      }
    })
  }
  return root
}

export const text = (v: Raw | undefined) => (typeof v === 'string' ? v : Array.isArray(v) ? String(v[0] ?? '') : '')

/** The key for a new row after these: one past the highest index. */
export const nextRowKey = (rows: readonly { key: string | number }[]) =>
  rows.reduce((n, r) => (typeof r.key === 'number' ? Math.max(n, r.key + 1) : n), 0)

/** The first field that names what a row is about (skillId in a skill's weight): a keyed list's key. */
export const keyFieldOf = (item: ObjectModel) => item.fields.find((f) => f.kind === 'ref')?.key

/**
 * A list's posted rows with the key each was posted under: an array or an object keyed by index ("0", "1"), or —
 * for a keyed list such as the grid's skills — an object keyed by what the row is about ("customer-discovery"),
 * which then fills the row's key field.
 */
export function rowsOf(value: Raw | undefined, item: ObjectModel): { key: string | number; row: RawRecord }[] {
  if (Array.isArray(value)) return value.flatMap((row, i) => (isRawRecord(row) ? [{ key: i, row }] : []))
  if (!isRawRecord(value)) return []
  const keys = Object.keys(value)
  if (keys.every((k) => /^\d+$/.test(k)))
    return keys
      .sort((a, b) => Number(a) - Number(b))
      .flatMap((k) => (isRawRecord(value[k]) ? [{ key: Number(k), row: value[k] as RawRecord }] : []))
  const keyField = keyFieldOf(item)
  return keys.flatMap((k) => {
    const row = value[k]
    if (!isRawRecord(row)) return []
    return [{ key: k, row: keyField && !/^\d+$/.test(k) ? { ...row, [keyField]: k } : row }]
  })
}

/** Nothing typed (a "remove" box and the `ignore` keys aside). */
export function isBlank(raw: Raw | undefined, ignore: ReadonlySet<string> = new Set()): boolean {
  if (raw === undefined) return true
  if (typeof raw === 'string') return raw.trim() === ''
  if (Array.isArray(raw)) return raw.every((r) => isBlank(r))
  return Object.entries(raw).every(([k, v]) => k === REMOVE || k === NEW_ROW || ignore.has(k) || isBlank(v))
}

/** "+3", "−2", "3" → a number; anything else is passed on as typed, for the schema to name. */
export function parseNumber(value: string): number | string | undefined {
  const v = value.trim()
  if (v === '') return undefined
  return /^[+\-−]?\d+(\.\d+)?$/.test(v) ? Number(v.replace('−', '-').replace('+', '')) : v
}

const splitIds = (v: string) => v.split(/[\s,]+/).filter(Boolean)

/** Which posted row each parsed list row came from: "options.3.skills" → ["customer-discovery", …]. */
export type Trace = Map<string, (string | number)[]>

function parseNode(field: FormNode, raw: Raw | undefined, path: Path, trace: Trace): unknown {
  switch (field.kind) {
    case 'text': {
      const value = text(raw).trim()
      return value === '' ? (field.required ? '' : undefined) : value
    }
    case 'number':
      return parseNumber(text(raw))
    case 'boolean':
      return text(raw) === 'on'
    case 'choice':
    case 'ref': {
      const value = text(raw).trim()
      return value === '' ? undefined : value
    }
    case 'refs':
      return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => text(v)).filter((v) => v !== '')
    case 'ids': {
      const ids = splitIds(text(raw))
      return ids.length === 0 && !field.required ? undefined : ids
    }
    case 'lines': {
      const lines = text(raw)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
      return lines.length === 0 && !field.required ? undefined : lines
    }
    case 'list': {
      const keyField = keyFieldOf(field.item)
      const kept = rowsOf(raw, field.item).filter(
        ({ key, row }) =>
          text(row[REMOVE]) !== 'on' &&
          !isBlank(row, typeof key === 'string' && keyField ? new Set([keyField]) : undefined),
      )
      trace.set(
        path.join('.'),
        kept.map((r) => r.key),
      )
      return kept.map(({ row }, i) => parseFields(field.item, row, [...path, i], trace))
    }
    case 'group':
      return isBlank(raw) ? undefined : parseFields(field.item, isRawRecord(raw) ? raw : {}, path, trace)
    case 'opaque': {
      const value = text(raw)
      if (value === '') return undefined
      try {
        return JSON.parse(value)
      } catch {
        return value
      }
    }
  }
}

function parseFields(model: ObjectModel, raw: RawRecord, path: Path, trace: Trace): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of model.fields) {
    const value = parseNode(field, raw[field.key], [...path, field.key], trace)
    if (value !== undefined) out[field.key] = value
  }
  return out
}

/** The item for the schema to check, from what was posted, and where each of its list rows was posted. */
export function parseRaw(model: ObjectModel, raw: RawRecord): { item: Record<string, unknown>; trace: Trace } {
  const trace: Trace = new Map()
  return { item: parseFields(model, raw, [], trace), trace }
}

/** A path into the parsed item → the same place in what was posted (list indexes become the posted row keys). */
export function rawPathOf(path: readonly PropertyKey[], trace: Trace): Path {
  const out: Path = []
  const parsed: Path = []
  for (const segment of path) {
    if (typeof segment === 'symbol') break
    if (typeof segment === 'number') out.push(trace.get(parsed.join('.'))?.[segment] ?? segment)
    else out.push(segment)
    parsed.push(segment)
  }
  return out
}

function rawNode(field: FormNode, value: unknown): Raw | undefined {
  switch (field.kind) {
    case 'text':
    case 'number':
    case 'choice':
    case 'ref':
      return value === undefined || value === null ? '' : String(value)
    case 'boolean':
      return value === true ? 'on' : ''
    case 'refs':
      return Array.isArray(value) ? value.map(String) : []
    case 'ids':
      return Array.isArray(value) ? value.join(', ') : ''
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : ''
    case 'list':
      return Array.isArray(value) ? value.map((row) => toRaw(field.item, row)) : []
    case 'group':
      return value && typeof value === 'object' ? toRaw(field.item, value) : {}
    case 'opaque':
      return value === undefined ? '' : JSON.stringify(value)
  }
}

/** A saved item as the strings its form shows. */
export function toRaw(model: ObjectModel, item: unknown): RawRecord {
  const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {}
  const out: RawRecord = {}
  for (const field of model.fields) {
    const value = rawNode(field, record[field.key])
    if (value !== undefined) out[field.key] = value
  }
  return out
}

/** The raw value at a path, or undefined. */
export function rawAt(root: Raw | undefined, path: readonly (string | number)[]): Raw | undefined {
  let node: Raw | undefined = root
  for (const segment of path) {
    if (Array.isArray(node)) node = node[Number(segment)] as Raw | undefined
    else if (isRawRecord(node)) node = node[String(segment)]
    else return undefined
  }
  return node
}

/**
 * The element id of the field at a raw path. A list row that has an id (an option) is named by it and a keyed row
 * by its key, so a problem the integrity rules find later ("options[never].skills") links to the same element as
 * the form's own error, whatever the row's position.
 */
export function fieldId(path: readonly (string | number)[], root: RawRecord): string {
  const parts: string[] = []
  let node: Raw | undefined = root
  for (const segment of path) {
    const next: Raw | undefined = rawAt(node, [segment])
    const rowId = /^\d+$/.test(String(segment)) && isRawRecord(next) ? text(next.id).trim() : ''
    parts.push(rowId || String(segment))
    node = next
  }
  return fieldAnchor(parts)
}

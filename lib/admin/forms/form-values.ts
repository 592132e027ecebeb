import type { z } from 'zod'
import { fieldWord } from '@/lib/content-store/field-words'
import { type Field, fieldId, isRawRecord, type Raw, type RawRecord } from './fields'

// From a saved item to form input and back. `toRaw` turns an item into the strings a form shows; `readForm`
// collects what was posted; `fromRaw` turns that into the typed item the engine's schema checks. Blank spare rows
// and rows marked "remove" are dropped; anything that does not parse is passed on as typed, so the schema's
// message names the field and nothing the admin typed is lost.

const REMOVE = '_remove'

/** FormData → the raw tree, by dotted names (options.0.skills.1.weight). */
export function readForm(form: FormData, prefix = 'item'): RawRecord {
  const root: RawRecord = {}
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || !name.startsWith(`${prefix}.`)) continue
    const path = name.slice(prefix.length + 1).split('.')
    if (path.length > 8 || path.some((p) => p === '' || p === '__proto__' || p === 'constructor' || p === 'prototype'))
      continue
    let node: RawRecord = root
    path.forEach((segment, i) => {
      const last = i === path.length - 1
      if (last) {
        const existing = node[segment]
        node[segment] =
          existing === undefined ? value : ([...(Array.isArray(existing) ? existing : [existing]), value] as string[])
      } else {
        const next = node[segment]
        if (!isRawRecord(next)) node[segment] = {}
        node = node[segment] as RawRecord
      }
    })
  }
  return root
}

/** A posted list arrives as an object keyed by row index; order it. */
function rows(value: Raw | undefined): RawRecord[] {
  if (Array.isArray(value)) return (value as unknown[]).filter(isRawRecord)
  if (!isRawRecord(value)) return []
  return Object.keys(value)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => value[k])
    .filter(isRawRecord)
}

const text = (v: Raw | undefined) => (typeof v === 'string' ? v : Array.isArray(v) ? String(v[0] ?? '') : '')

function isBlank(raw: Raw | undefined): boolean {
  if (raw === undefined) return true
  if (typeof raw === 'string') return raw.trim() === ''
  if (Array.isArray(raw)) return raw.every((r) => isBlank(r))
  return Object.entries(raw).every(([k, v]) => k === REMOVE || isBlank(v))
}

function parseField(field: Field, raw: Raw | undefined): unknown {
  switch (field.kind) {
    case 'text': {
      const value = text(raw).trim()
      return value === '' ? (field.optional ? undefined : '') : value
    }
    case 'number': {
      const value = text(raw).trim()
      if (value === '') return undefined
      return /^[-−]?\d+$/.test(value) ? Number(value.replace('−', '-')) : value
    }
    case 'boolean':
      return text(raw) === 'on'
    case 'choice': {
      const value = text(raw).trim()
      return value === '' ? undefined : value
    }
    case 'refs':
      return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => text(v)).filter((v) => v !== '')
    case 'ids': {
      const ids = text(raw)
        .split(/[\s,]+/)
        .filter(Boolean)
      return ids.length === 0 && field.optional ? undefined : ids
    }
    case 'lines':
      return text(raw)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
    case 'list':
      return rows(raw)
        .filter((row) => text(row[REMOVE]) !== 'on' && !isBlank(row))
        .map((row) => parseFields(field.fields, row))
    case 'group':
      return isBlank(raw) ? undefined : parseFields(field.fields, isRawRecord(raw) ? raw : {})
  }
}

function parseFields(fields: readonly Field[], raw: RawRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const value = parseField(field, raw[field.key])
    if (value !== undefined) out[field.key] = value
  }
  return out
}

/** The typed item for the schema to check, from what was posted. */
export function fromRaw(fields: readonly Field[], raw: RawRecord): Record<string, unknown> {
  return parseFields(fields, raw)
}

function rawField(field: Field, value: unknown): Raw | undefined {
  switch (field.kind) {
    case 'text':
    case 'number':
    case 'choice':
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
      return Array.isArray(value) ? value.map((row) => toRaw(field.fields, row)) : []
    case 'group':
      return value && typeof value === 'object' ? toRaw(field.fields, value) : {}
  }
}

/** A saved item as the strings its form shows. Keys the fields do not know are kept, so nothing is dropped unseen. */
export function toRaw(fields: readonly Field[], item: unknown): RawRecord {
  const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {}
  const out: RawRecord = {}
  for (const field of fields) {
    const value = rawField(field, record[field.key])
    if (value !== undefined) out[field.key] = value
  }
  return out
}

export type FieldError = { fieldId: string; message: string }

/** Where a zod path points, in words: "Options › Option 2 › Skills it moves › Row 1 › Weight". */
function pathWords(fields: readonly Field[], path: readonly PropertyKey[]): string {
  const words: string[] = []
  let current: readonly Field[] | undefined = fields
  let list: Extract<Field, { kind: 'list' }> | undefined
  for (const segment of path) {
    if (typeof segment === 'number') {
      words.push(`${list?.rowWord ?? 'row'} ${segment + 1}`.replace(/^./, (c) => c.toUpperCase()))
      continue
    }
    const field: Field | undefined = current?.find((f) => f.key === segment)
    words.push(field?.label ?? fieldWord(String(segment)))
    list = field?.kind === 'list' ? field : undefined
    current = field && (field.kind === 'list' || field.kind === 'group') ? field.fields : undefined
  }
  return words.join(' › ')
}

const capitalise = (s: string) => s.replace(/^./, (c) => c.toUpperCase()).replace(/([^.])$/, '$1.')

/** A zod issue in plain words for the person filling the form; `value` is what was given at the issue's path. */
export function plainMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === '') return 'Fill this in.'
      return issue.expected === 'number' || issue.expected === 'int' ? 'Enter a whole number.' : 'Enter a valid value.'
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'Fill this in.' : `Use at least ${issue.minimum} characters.`
      if (issue.origin === 'array') return `Add at least ${issue.minimum}.`
      return `Use ${issue.minimum} or more.`
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${issue.maximum} characters.`
      if (issue.origin === 'array') return `Use at most ${issue.maximum}.`
      return `Use ${issue.maximum} or less.`
    case 'invalid_value':
      return 'Choose one of the options.'
    case 'invalid_format':
      return issue.format === 'regex'
        ? capitalise(issue.message)
        : `Enter a valid ${issue.format === 'url' ? 'web address' : issue.format}.`
    case 'invalid_union':
      return 'Choose an answer type.'
    default:
      return capitalise(issue.message)
  }
}

/**
 * Field errors from the schema's issues, each with the id of the field it belongs to. Issues index the parsed item
 * (blank rows gone), so the form is shown again from that item (toRaw) and ids line up.
 */
export function fieldErrors(fields: readonly Field[], item: unknown, error: z.ZodError): FieldError[] {
  const seen = new Set<string>()
  const errors: FieldError[] = []
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    const id = fieldId(path, item)
    if (seen.has(id)) continue
    seen.add(id)
    const where = pathWords(fields, path)
    const value = path.reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      item,
    )
    errors.push({ fieldId: id, message: `${where ? `${where}: ` : ''}${plainMessage(issue, value)}` })
  }
  return errors
}

import { COLLECTION_WORDS, COLLECTIONS, type Collection, itemName } from './collections'
import { fieldWord } from './field-words'

// Field-by-field differences between two versions of the knowledge base, in words a curator reads without knowing
// the JSON: "Option “Never” › Customer discovery › Weight: −1 → −2". Works on raw content (a draft may not be
// valid yet), so nothing here assumes a field exists.

export type FieldChange = { field: string; before: string; after: string }
export type ItemDiff = {
  collection: Collection
  itemId: string
  name: string
  kind: 'added' | 'removed' | 'changed'
  changes: FieldChange[]
}

type Names = Map<string, string>
type Json = unknown

const ABSENT = '(none)'
// Array elements that are references or contributions are matched by what they point at, not by position.
const ELEMENT_KEYS = ['id', 'skillId', 'roleId', 'pathId', 'signal', 'questionId'] as const

const isRecord = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v)

function elementKey(v: Json): string | undefined {
  if (!isRecord(v)) return undefined
  for (const key of ELEMENT_KEYS) if (typeof v[key] === 'string') return `${key}:${v[key]}`
  return undefined
}

function formatValue(v: Json, names: Names, key?: string): string {
  if (v === undefined || v === null || v === '') return ABSENT
  if (typeof v === 'boolean') return v ? 'yes' : 'no'
  if (typeof v === 'number') return key === 'weight' && v > 0 ? `+${v}` : String(v).replace('-', '−')
  if (typeof v === 'string') return names.get(v) && key !== 'id' && !/\s/.test(v) ? `${names.get(v)} (${v})` : v
  if (Array.isArray(v)) return v.length === 0 ? ABSENT : v.map((x) => formatValue(x, names, key)).join(', ')
  return Object.entries(v)
    .map(([k, x]) => `${fieldWord(k)}: ${formatValue(x, names, k)}`)
    .join('; ')
}

function elementLabel(v: Json, key: string, names: Names): string {
  const [kind, id] = key.split(':') as [string, string]
  if (kind === 'id' && isRecord(v)) {
    const words = typeof v.label === 'string' ? v.label : typeof v.name === 'string' ? v.name : id
    return `Option “${words}”`
  }
  return names.get(id) ?? id
}

function diffValue(before: Json, after: Json, path: string[], names: Names, out: FieldChange[], key?: string) {
  if (JSON.stringify(before) === JSON.stringify(after)) return
  const field = () => path.join(' › ') || 'Whole item'
  if (Array.isArray(before) && Array.isArray(after)) {
    const keyed = [...before, ...after].every((v) => elementKey(v) !== undefined)
    if (keyed) {
      const map = (list: Json[]) => new Map(list.map((v) => [elementKey(v) as string, v]))
      const a = map(before)
      const b = map(after)
      for (const [k, v] of a) {
        const label = elementLabel(v, k, names)
        if (!b.has(k))
          out.push({ field: [...path, label].join(' › '), before: formatValue(v, names), after: 'removed' })
        else diffValue(v, b.get(k), [...path, label], names, out)
      }
      for (const [k, v] of b) {
        if (!a.has(k))
          out.push({
            field: [...path, elementLabel(v, k, names)].join(' › '),
            before: 'added',
            after: formatValue(v, names),
          })
      }
      return
    }
    if ([...before, ...after].every((v) => typeof v !== 'object')) {
      out.push({ field: field(), before: formatValue(before, names, key), after: formatValue(after, names, key) })
      return
    }
    const length = Math.max(before.length, after.length)
    for (let i = 0; i < length; i++) diffValue(before[i], after[i], [...path, `#${i + 1}`], names, out)
    return
  }
  if (isRecord(before) && isRecord(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      diffValue(before[k], after[k], [...path, fieldWord(k)], names, out, k)
    }
    return
  }
  out.push({ field: field(), before: formatValue(before, names, key), after: formatValue(after, names, key) })
}

/** Every id in the content with the name it goes by, so references read as names. */
export function namesOf(...contents: Json[]): Names {
  const names: Names = new Map()
  for (const content of contents) {
    if (!isRecord(content)) continue
    for (const collection of COLLECTIONS) {
      const list = content[collection]
      if (!Array.isArray(list)) continue
      // An id can stand in two collections (a skill's job-listing lexicon entry is named after the skill): the
      // first collection's name wins, so a skill reads as its name, not as the lexicon entry's id.
      for (const item of list)
        if (isRecord(item) && typeof item.id === 'string' && !names.has(item.id)) names.set(item.id, itemName(item))
    }
  }
  return names
}

/** The changes to one item. */
export function diffItem(before: Json, after: Json, names: Names = new Map()): FieldChange[] {
  const out: FieldChange[] = []
  diffValue(before, after, [], names, out)
  return out
}

/** Every added, removed and changed item between two contents, in collection order. */
export function diffContent(before: Json, after: Json): ItemDiff[] {
  const names = namesOf(before, after)
  const diffs: ItemDiff[] = []
  for (const collection of COLLECTIONS) {
    const list = (c: Json) => (isRecord(c) && Array.isArray(c[collection]) ? (c[collection] as Json[]) : [])
    const byId = (items: Json[]) =>
      new Map(items.map((v, i) => [isRecord(v) && typeof v.id === 'string' ? v.id : `#${i + 1}`, v]))
    const a = byId(list(before))
    const b = byId(list(after))
    for (const [id, v] of a) {
      if (!b.has(id)) diffs.push({ collection, itemId: id, name: itemName(v), kind: 'removed', changes: [] })
      else {
        const changes = diffItem(v, b.get(id), names)
        if (changes.length > 0)
          diffs.push({ collection, itemId: id, name: itemName(b.get(id)), kind: 'changed', changes })
      }
    }
    for (const [id, v] of b)
      if (!a.has(id)) diffs.push({ collection, itemId: id, name: itemName(v), kind: 'added', changes: [] })
  }
  return diffs
}

/** "3 skills, 1 question": for summaries. */
export function describeCounts(diffs: readonly ItemDiff[]): string {
  const counts = new Map<Collection, number>()
  for (const d of diffs) counts.set(d.collection, (counts.get(d.collection) ?? 0) + 1)
  if (counts.size === 0) return 'no changes'
  return [...counts]
    .map(([c, n]) => `${n} ${n === 1 ? COLLECTION_WORDS[c].one : COLLECTION_WORDS[c].many.toLowerCase()}`)
    .join(', ')
}

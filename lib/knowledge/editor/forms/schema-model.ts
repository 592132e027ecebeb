import { z } from 'zod'
import { COLLECTIONS, type Collection } from '@/lib/knowledge/store/collections'

// The editor's forms, read off the content's own zod schemas. z.toJSONSchema gives each item's fields with their
// types, bounds, enums and which are required; this turns that into a small tree of form fields. A field or enum
// value added to lib/engine/content/schema.ts therefore appears in the editor with nothing else to update. The only thing
// the schemas cannot say is which collection an id points at; that is read off the field's name (below).

type Common = { key: string; required: boolean; description?: string }
export type FormNode =
  | (Common & { kind: 'text'; minLength?: number; maxLength?: number; pattern?: string; format?: string })
  | (Common & { kind: 'number'; min?: number; max?: number })
  | (Common & { kind: 'boolean' })
  /** One of a fixed list (a zod enum). */
  | (Common & { kind: 'choice'; values: string[] })
  /** The id of an item of a collection. */
  | (Common & { kind: 'ref'; collection: Collection })
  /** Ids of items of a collection, ticked from a list. */
  | (Common & { kind: 'refs'; collection: Collection; minItems: number })
  /** Ids the schema cannot place (e.g. the options of whichever question a condition names), typed as text. */
  | (Common & { kind: 'ids'; minItems: number })
  /** Free strings, one per line. */
  | (Common & { kind: 'lines'; minItems: number; maxLength?: number })
  | (Common & { kind: 'list'; item: ObjectModel; minItems: number; maxItems?: number })
  | (Common & { kind: 'group'; item: ObjectModel })
  /** A field the editor has no input for (an unusual schema shape): kept as it is, never dropped. */
  | (Common & { kind: 'opaque' })

export type ObjectModel = { fields: FormNode[] }

/**
 * An item's form. A discriminated union (a question: one answer, several, or a number) has one field list per
 * variant, chosen by the discriminator field's value.
 */
export type ItemModel = {
  discriminator: string | null
  variants: { value: string; model: ObjectModel }[]
}

// Which collection an id field points at: `<thing>Id` and a list named after a collection point at that collection
// ("skillId", "sources"); these few names say it otherwise.
const REF_EXCEPTIONS: Record<string, Collection> = {
  buildWith: 'actions',
  insteadId: 'actions',
  prerequisites: 'actions',
  requiredActionIds: 'actions',
  startsAfter: 'phases',
}

function collectionFor(key: string): Collection | null {
  if (REF_EXCEPTIONS[key]) return REF_EXCEPTIONS[key]
  const named = key.endsWith('Id') ? `${key.slice(0, -2)}s` : key
  return (COLLECTIONS as readonly string[]).includes(named) ? (named as Collection) : null
}

type Json = {
  type?: string | string[]
  properties?: Record<string, Json>
  required?: string[]
  items?: Json
  enum?: unknown[]
  const?: unknown
  pattern?: string
  format?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  description?: string
  oneOf?: Json[]
  anyOf?: Json[]
  allOf?: Json[]
}

/** A string schema that holds an id (lower-case words joined by hyphens). */
const isId = (s: Json) => s.type === 'string' && typeof s.pattern === 'string' && s.pattern.includes('[a-z0-9]')

function node(key: string, schema: Json, required: boolean): FormNode {
  const common = { key, required, ...(schema.description ? { description: schema.description } : {}) }
  // zod's .refine() and .optional() wrap nothing in JSON Schema; an allOf of one is the same schema.
  if (schema.allOf?.length === 1 && schema.allOf[0]) return node(key, { ...schema.allOf[0], ...schema }, required)
  if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string'))
    return { ...common, kind: 'choice', values: schema.enum as string[] }
  switch (schema.type) {
    case 'string': {
      const collection = isId(schema) ? collectionFor(key) : null
      if (collection) return { ...common, kind: 'ref', collection }
      return {
        ...common,
        kind: 'text',
        ...(schema.minLength !== undefined ? { minLength: schema.minLength } : {}),
        ...(schema.maxLength !== undefined ? { maxLength: schema.maxLength } : {}),
        ...(schema.pattern !== undefined ? { pattern: schema.pattern } : {}),
        ...(schema.format !== undefined ? { format: schema.format } : {}),
      }
    }
    case 'integer':
    case 'number':
      return {
        ...common,
        kind: 'number',
        ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
        ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
      }
    case 'boolean':
      return { ...common, kind: 'boolean' }
    case 'array': {
      const items = schema.items ?? {}
      const minItems = schema.minItems ?? 0
      if (items.type === 'object')
        return {
          ...common,
          kind: 'list',
          item: objectModel(items),
          minItems,
          ...(schema.maxItems !== undefined ? { maxItems: schema.maxItems } : {}),
        }
      if (isId(items)) {
        const collection = collectionFor(key)
        return collection ? { ...common, kind: 'refs', collection, minItems } : { ...common, kind: 'ids', minItems }
      }
      if (items.type === 'string')
        return {
          ...common,
          kind: 'lines',
          minItems,
          ...(items.maxLength !== undefined ? { maxLength: items.maxLength } : {}),
        }
      return { ...common, kind: 'opaque' }
    }
    case 'object':
      return { ...common, kind: 'group', item: objectModel(schema) }
    default:
      return { ...common, kind: 'opaque' }
  }
}

function objectModel(schema: Json): ObjectModel {
  const required = new Set(schema.required ?? [])
  return {
    fields: Object.entries(schema.properties ?? {})
      .filter(([key]) => key !== '$schema')
      .map(([key, s]) => node(key, s, required.has(key))),
  }
}

const modelCache = new WeakMap<z.ZodType, ItemModel>()

/** The form of one item, from the zod schema that validates it (input shape: fields with defaults are optional). */
export function itemModel(schema: z.ZodType): ItemModel {
  const cached = modelCache.get(schema)
  if (cached) return cached
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json
  const branches = json.oneOf ?? json.anyOf
  let model: ItemModel
  if (branches && branches.length > 0) {
    // The discriminator is the property every branch fixes to a constant.
    const first = branches[0]?.properties ?? {}
    const discriminator =
      Object.keys(first).find((k) => branches.every((b) => b.properties?.[k]?.const !== undefined)) ?? null
    model = {
      discriminator,
      variants: branches.map((b) => ({
        value: discriminator ? String(b.properties?.[discriminator]?.const) : '',
        model: objectModel({
          ...b,
          properties: Object.fromEntries(Object.entries(b.properties ?? {}).filter(([k]) => k !== discriminator)),
        }),
      })),
    }
  } else {
    model = { discriminator: null, variants: [{ value: '', model: objectModel(json) }] }
  }
  modelCache.set(schema, model)
  return model
}

/** The field list for this item: its variant's (by the discriminator's posted or saved value), else the first. */
export function variantOf(model: ItemModel, item: unknown): { value: string; model: ObjectModel } {
  const first = model.variants[0]
  if (!first) throw new Error('itemModel: a schema with no fields')
  if (!model.discriminator || !item || typeof item !== 'object') return first
  const value = (item as Record<string, unknown>)[model.discriminator]
  return model.variants.find((v) => v.value === value) ?? first
}

/** The node at a path: keys, with a row key (an index, or a skill id in a keyed list) after each list. */
export function nodeAt(model: ObjectModel, path: readonly (string | number)[]): FormNode | undefined {
  let fields: readonly FormNode[] = model.fields
  let found: FormNode | undefined
  let rowKeyNext = false
  for (const segment of path) {
    if (rowKeyNext) {
      rowKeyNext = false
      continue
    }
    found = fields.find((f) => f.key === segment)
    if (!found) return undefined
    rowKeyNext = found.kind === 'list'
    fields = found.kind === 'list' || found.kind === 'group' ? found.item.fields : []
  }
  return found
}

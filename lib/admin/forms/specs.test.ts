import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { loadContent } from '@/lib/content/load'
import { MultiQuestionSchema, NumberQuestionSchema, SingleQuestionSchema } from '@/lib/content/schema'
import { COLLECTIONS } from '@/lib/content-store/collections'
import type { Field } from './fields'
import { fromRaw, readForm, toRaw } from './form-values'
import { ITEM_SCHEMAS } from './item-schemas'
import { COLLECTION_FIELDS, fieldsFor, QUESTION_FIELDS } from './specs'

// The forms must cover the schema exactly: a field added to lib/content/schema.ts fails here until the editor has
// it, and a field the editor invents fails here too.

type SchemaDef = { type?: string; innerType?: AnySchema; element?: AnySchema; shape?: unknown }
type AnySchema = z.ZodType & { def?: SchemaDef }
function objectOf(schema: AnySchema): Record<string, AnySchema> | undefined {
  let s: AnySchema | undefined = schema
  for (let i = 0; i < 6 && s; i++) {
    const def: SchemaDef | undefined = s.def
    if (def?.type === 'object') return def.shape as Record<string, AnySchema>
    s = def?.innerType ?? def?.element
  }
  return undefined
}

function expectCovers(fields: readonly Field[], schema: AnySchema, where: string) {
  const shape = objectOf(schema)
  if (!shape) throw new Error(`${where}: not an object schema`)
  expect(fields.map((f) => f.key).sort(), where).toEqual(Object.keys(shape).sort())
  for (const f of fields) {
    const inner = shape[f.key]
    if ((f.kind === 'list' || f.kind === 'group') && inner) expectCovers(f.fields, inner, `${where}.${f.key}`)
  }
}

describe('editor forms', () => {
  it.each(Object.keys(COLLECTION_FIELDS) as (keyof typeof COLLECTION_FIELDS)[])('cover every field of %s', (c) => {
    expectCovers(COLLECTION_FIELDS[c], ITEM_SCHEMAS[c] as AnySchema, c)
  })

  it.each([
    ['single', SingleQuestionSchema],
    ['multi', MultiQuestionSchema],
    ['number', NumberQuestionSchema],
  ] as const)('cover every field of a %s question', (kind, schema) => {
    expectCovers(fieldsFor('questions', { kind }), schema as AnySchema, `questions(${kind})`)
    expect(QUESTION_FIELDS[kind].length).toBeGreaterThan(5)
  })

  it('round-trip every bundled item through its form unchanged', () => {
    const content = loadContent()
    for (const collection of COLLECTIONS) {
      for (const item of content[collection]) {
        const fields = fieldsFor(collection, item)
        const form = new FormData()
        const post = (prefix: string, value: unknown) => {
          if (Array.isArray(value))
            value.forEach((v, i) => {
              if (typeof v === 'string') form.append(prefix, v)
              else post(`${prefix}.${i}`, v)
            })
          else if (value && typeof value === 'object')
            for (const [k, v] of Object.entries(value)) post(`${prefix}.${k}`, v)
          else if (typeof value === 'string' && value !== '') form.append(prefix, value)
        }
        post('item', toRaw(fields, item))
        const parsed = ITEM_SCHEMAS[collection].parse(fromRaw(fields, readForm(form)))
        expect(parsed, `${collection}/${item.id}`).toEqual(item)
      }
    }
  })
})

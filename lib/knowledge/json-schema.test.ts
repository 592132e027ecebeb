import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentJsonSchemas } from '@/lib/knowledge/json-schema'

describe('content/schema/*.json', () => {
  it.each(Object.entries(contentJsonSchemas()))(
    '%s matches the zod schema (regenerate: npx tsx lib/knowledge/json-schema.ts)',
    (file, text) => {
      expect(readFileSync(join(process.cwd(), 'content/schema', file), 'utf8')).toBe(text)
    },
  )

  it('every content file points editors at its schema', () => {
    for (const file of Object.keys(contentJsonSchemas())) {
      const json = JSON.parse(readFileSync(join(process.cwd(), 'content', file), 'utf8')) as { $schema?: string }
      expect(json.$schema).toBe(`./schema/${file}`)
    }
  })
})

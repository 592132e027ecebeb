// JSON Schemas for content/*.json, generated from the zod schemas so editors get completion and checks.
// content/schema/*.json must match this output; lib/knowledge/json-schema.test.ts fails when they drift.
// Regenerate after changing lib/engine/content/schema.ts:  npx tsx lib/knowledge/json-schema.ts
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { CONTENT_FILES } from '@/lib/engine/content/schema'

/** File name → JSON text (input shape: fields with defaults may be omitted in the files). */
export function contentJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(CONTENT_FILES).map(([name, schema]) => [
      `${name}.json`,
      `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }), null, 2)}\n`,
    ]),
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(process.cwd(), 'content/schema')
  for (const [file, text] of Object.entries(contentJsonSchemas())) writeFileSync(join(dir, file), text)
  console.log(`Wrote ${Object.keys(CONTENT_FILES).length} schemas to content/schema/`)
}

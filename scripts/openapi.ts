// Writes the JSON API's OpenAPI document, built from the routes' zod schemas (lib/server/openapi.ts), to
// docs/openapi.json. tests/unit/openapi.test.ts fails when the committed file is not what this writes.
import { writeFileSync } from 'node:fs'
import { openApiDocument } from '@/lib/server/openapi'

export const OPENAPI_FILE = 'docs/openapi.json'
export const openApiText = () => `${JSON.stringify(openApiDocument(), null, 2)}\n`

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OPENAPI_FILE, openApiText())
  console.log(`wrote ${OPENAPI_FILE}`)
}

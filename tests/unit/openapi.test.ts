import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assess } from '@/lib/engine/scoring/assess'
import { loadContent } from '@/lib/knowledge/load'
import { REFERENCE_PERSONAS } from '@/lib/knowledge/reference-personas'
import { publicQuestionnaire } from '@/lib/questionnaire/public-questionnaire'
import { OPENAPI_FILE, openApiText } from '../../scripts/openapi'
import { componentProblems, openApi } from '../setup/openapi-validator'

// docs/openapi.json is built from the routes' zod schemas. These tests keep it so: the committed file is what the
// code builds, every route under app/api is in it (and nothing else), and what the engine really produces conforms
// to it. tests/integration/openapi-routes.test.ts checks the routes' real answers over HTTP.

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? routeFiles(path) : name === 'route.ts' ? [path] : []
  })
}

/** app/api/plans/[token]/route.ts → /api/plans/{token}, with the methods it exports. */
const routes = routeFiles('app/api').map((file) => ({
  path: `/${file.replace(/^app\//, '').replace(/\/route\.ts$/, '')}`.replace(/\[(\w+)\]/g, '{$1}'),
  methods: [...readFileSync(file, 'utf8').matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)]
    .map(([, m = '']) => m.toLowerCase())
    .sort(),
}))

describe(OPENAPI_FILE, () => {
  it('is what the code builds (run `npx tsx scripts/openapi.ts` after changing a schema or a route)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(openApiText())
  })

  it('documents every route under app/api with the methods it exports, and no other', () => {
    expect(routes.length).toBeGreaterThanOrEqual(7)
    const documented = Object.entries(openApi.paths).map(([path, ops]) => ({ path, methods: Object.keys(ops).sort() }))
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path)
    expect(documented.sort(byPath)).toEqual([...routes].sort(byPath))
  })

  it('documents a JSON error with Retry-After for every 429 and 503', () => {
    for (const [path, ops] of Object.entries(openApi.paths))
      for (const [method, op] of Object.entries(ops))
        for (const status of ['429', '503'])
          if (op.responses[status])
            expect(op.responses[status].headers, `${method} ${path} ${status}`).toHaveProperty('Retry-After')
  })

  it('accepts the readout and plan of every reference persona, and the questionnaire', () => {
    const content = loadContent()
    for (const persona of REFERENCE_PERSONAS) {
      const { result, plan } = JSON.parse(JSON.stringify(assess(content, persona.answers)))
      expect(componentProblems('AssessmentResult', result), persona.id).toEqual([])
      expect(componentProblems('Plan', plan), persona.id).toEqual([])
    }
    const questionnaire = JSON.parse(JSON.stringify(publicQuestionnaire(content, 'v')))
    expect(componentProblems('Questionnaire', questionnaire)).toEqual([])
  })

  it('refuses what the routes never send', () => {
    const content = loadContent()
    const { result } = assess(content, REFERENCE_PERSONAS[0]?.answers ?? {})
    expect(componentProblems('AssessmentResult', { ...result, extra: 1 })).not.toEqual([])
    const { skills: _, ...withoutSkills } = result
    expect(componentProblems('AssessmentResult', withoutSkills)).not.toEqual([])
    expect(componentProblems('ApiError', { error: { code: 'x' } })).not.toEqual([])
    expect(
      componentProblems('ApiError', { error: { code: 'x', message: 'y', fields: [{ field: 'a', message: 'b' }] } }),
    ).toEqual([])
  })
})

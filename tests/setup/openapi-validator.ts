import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

// Validates bodies against docs/openapi.json (OpenAPI 3.1: its schemas are JSON Schema 2020-12), with ajv: the
// committed document, so what the tests check is what clients read.

export type OpenApi = {
  paths: Record<string, Record<string, { responses: Record<string, ResponseSpec> }>>
  components: { schemas: Record<string, unknown> }
}
export type ResponseSpec = {
  description: string
  headers?: Record<string, unknown>
  content?: { 'application/json': { schema: unknown } }
}

export const openApi: OpenApi = JSON.parse(readFileSync('docs/openapi.json', 'utf8'))

const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats.default(ajv)
ajv.addSchema(openApi, 'openapi.json')

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')
const compiled = new Map<string, ValidateFunction>()
function validatorAt(ref: string): ValidateFunction {
  let validate = compiled.get(ref)
  if (!validate) {
    validate = ajv.compile({ $ref: `openapi.json#/${ref}` })
    compiled.set(ref, validate)
  }
  return validate
}

/** The problems of a value against one component schema ("AssessmentResult"), or [] when it conforms. */
export function componentProblems(name: string, value: unknown): string[] {
  const validate = validatorAt(pointer('components', 'schemas', name))
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
}

/**
 * What is wrong with a response, judged by the document: its status must be documented for the path and method,
 * its body must match that status's schema (or be empty when none is given), and each documented header must be set.
 */
export function responseProblems(
  path: string,
  method: string,
  status: number,
  headers: Headers,
  body: string,
): string[] {
  const spec = openApi.paths[path]?.[method]?.responses[String(status)]
  if (!spec) return [`${method.toUpperCase()} ${path} does not document status ${status}`]
  const problems = Object.keys(spec.headers ?? {})
    .filter((name) => headers.get(name) === null)
    .map((name) => `header ${name} is missing`)
  if (!spec.content) return body === '' ? problems : [...problems, `status ${status} documents no body`]
  if (!/^application\/json/.test(headers.get('content-type') ?? '')) problems.push('content-type is not JSON')
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return [...problems, 'body is not JSON']
  }
  const validate = validatorAt(
    pointer('paths', path, method, 'responses', String(status), 'content', 'application/json', 'schema'),
  )
  if (!validate(value)) problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`))
  return problems
}

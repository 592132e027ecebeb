import { afterAll, describe, expect, it } from 'vitest'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { responseProblems } from '../setup/openapi-validator'
import { type AppServer, ensureBuild, freePort, startApp } from './helpers/app-server'
import { killAll } from './helpers/child'
import { emptyDataDir, removeDataDir } from './helpers/pglite-template'

// The JSON API as a client meets it: the app as deployed (`npm start`, embedded database), every route under
// app/api called with valid and invalid input, and each answer checked against docs/openapi.json — its status must
// be one the document lists for that route, its body must match that status's schema, and its documented headers
// (Retry-After, ETag) must be there. Limits are set low so that 429 and 503 storage_full happen for real.

let app: AppServer | undefined
let dataDir = ''
afterAll(async () => {
  await app?.stop()
  await killAll()
  if (dataDir) removeDataDir(dataDir)
})

const answers = personaAnswers('backend-with-pms')
const listing =
  'Requirements\n- Run customer interviews every week\n- Debug production incidents\n- 5+ years of experience'
const unknownToken = 'A'.repeat(43)

type Call = { status: number; body: string; json: () => Record<string, unknown> }

/** One request, checked against the document under `path` (the templated path, e.g. /api/plans/{token}). */
async function call(
  path: string,
  url: string,
  init: { method?: string; json?: unknown; body?: string; type?: string; headers?: Record<string, string> } = {},
): Promise<Call> {
  const method = init.method ?? (init.json !== undefined || init.body !== undefined ? 'POST' : 'GET')
  const response = await fetch(`${(app as AppServer).origin}${url}`, {
    method,
    headers: {
      ...(init.json !== undefined || init.body !== undefined
        ? { 'content-type': init.type ?? 'application/json' }
        : {}),
      ...init.headers,
    },
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  })
  const body = await response.text()
  // Soft: one run lists every answer that strays from the document, not just the first.
  expect
    .soft(responseProblems(path, method.toLowerCase(), response.status, response.headers, body), `${method} ${url}`)
    .toEqual([])
  return { status: response.status, body, json: () => JSON.parse(body) }
}

const fieldsOf = (c: Call) => ((c.json().error as { fields?: { field: string }[] }).fields ?? []).map((f) => f.field)
const codeOf = (c: Call) => (c.json().error as { code: string }).code

describe('the JSON API answers as docs/openapi.json says', () => {
  it('every route, with valid and invalid input', async () => {
    await ensureBuild()
    dataDir = await emptyDataDir()
    // One stored plan fills the store (503 storage_full next); three listing reads use up the "saves" limit (429).
    app = await startApp(
      { DATA_DIR: dataDir, DATABASE_URL: '', MAX_STORED_PLANS: '1', RATE_LIMIT_SAVES: '3/10m' },
      await freePort(),
    )

    expect((await call('/api/health', '/api/health')).status).toBe(200)

    const questionnaire = await call('/api/questionnaire', '/api/questionnaire')
    expect(questionnaire.status).toBe(200)
    const etag = `"${questionnaire.json().contentVersion}"`
    const again = await call('/api/questionnaire', '/api/questionnaire', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)

    // POST /api/assessments: each kind of bad body first (nothing is stored or counted), then one plan, then full.
    const assessments = (init: Parameters<typeof call>[2]) => call('/api/assessments', '/api/assessments', init)
    expect((await assessments({ body: JSON.stringify({ answers }), type: 'text/plain' })).status).toBe(415)
    const notJson = await assessments({ body: '{"answers":' })
    expect([notJson.status, codeOf(notJson), fieldsOf(notJson)]).toEqual([400, 'invalid_json', ['body']])
    const extra = await assessments({ json: { answers, extra: 1 } })
    expect([extra.status, codeOf(extra), fieldsOf(extra)]).toEqual([400, 'invalid_body', ['extra']])
    const badHours = await assessments({ json: { answers: { ...answers, 'hours-per-week': 0 } } })
    expect([badHours.status, codeOf(badHours)]).toEqual([400, 'invalid_answers'])
    expect(fieldsOf(badHours)).toContain('answers.hours-per-week')
    expect((await assessments({ body: JSON.stringify({ answers, pad: 'x'.repeat(70_000) }) })).status).toBe(413)

    const created = await assessments({ json: { answers } })
    expect(created.status).toBe(201)
    const { ownerUrl, shareUrl } = created.json() as { ownerUrl: string; shareUrl: string }
    const ownerToken = ownerUrl.split('/plan/')[1] ?? ''
    const shareToken = shareUrl.split('/share/')[1] ?? ''
    const full = await assessments({ json: { answers } })
    expect([full.status, codeOf(full)]).toEqual([503, 'storage_full'])

    // The shared plan, and the one 404 for every token that is not a live share token.
    expect((await call('/api/plans/{token}', `/api/plans/${shareToken}`)).status).toBe(200)
    expect((await call('/api/plans/{token}', `/api/plans/${unknownToken}`)).status).toBe(404)
    expect((await call('/api/plans/{token}', `/api/plans/${ownerToken}`)).status).toBe(404)

    // Claiming: kept, already kept, an unknown link, a body that is not an ownerUrl.
    const claim = (json: unknown) => call('/api/plans/claim', '/api/plans/claim', { json })
    expect((await claim({ ownerUrl })).json()).toEqual({ kept: true, alreadyKept: false })
    expect((await claim({ ownerUrl })).json()).toEqual({ kept: true, alreadyKept: true })
    expect((await claim({ ownerUrl: `http://x/plan/${unknownToken}` })).status).toBe(404)
    const badClaim = await claim({ ownerUrl: 'https://example.com/' })
    expect([badClaim.status, fieldsOf(badClaim)]).toEqual([400, ['ownerUrl']])

    // Listings: bad bodies first (not counted), then three reads that use up the limit, then 429.
    const analyse = (json: unknown) => call('/api/job-listings', '/api/job-listings', { json })
    const empty = await analyse({ text: '   ' })
    expect([empty.status, codeOf(empty), fieldsOf(empty)]).toEqual([400, 'invalid_text', ['text']])
    expect(fieldsOf(await analyse({}))).toEqual(['text'])
    const tooLong = await analyse({ text: 'x'.repeat(20_001) })
    expect([tooLong.status, fieldsOf(tooLong)]).toEqual([413, ['text']])
    expect(fieldsOf(await analyse({ text: listing, extra: 1 }))).toEqual(['extra'])
    expect((await analyse({ text: listing })).status).toBe(200)

    const compare = (token: string, json: unknown) =>
      call('/api/plans/{token}/job-listings', `/api/plans/${token}/job-listings`, { json })
    expect((await compare(unknownToken, { text: listing })).status).toBe(404)
    const badName = await compare(ownerToken, { text: listing, name: 42 })
    expect([badName.status, fieldsOf(badName)]).toEqual([400, ['name']])
    expect((await compare(ownerToken, { text: listing })).status).toBe(200)
    expect((await compare(ownerToken, { text: listing, name: 'Data platform PM' })).status).toBe(201)

    const limited = await analyse({ text: listing })
    expect([limited.status, codeOf(limited)]).toEqual([429, 'rate_limited'])
    expect((await compare(ownerToken, { text: listing })).status).toBe(429)
  }, 600_000)
})

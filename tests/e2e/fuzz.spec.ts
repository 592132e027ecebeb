import { expect, test } from '@playwright/test'
import fc from 'fast-check'
import { backendAnswers } from './journey-helpers'
import { actionIds, port } from './servers'

// Whatever arrives, the API and the server actions answer it without a 5xx: bad input is the client's problem
// and gets a 4xx (or the form back with its errors), never a server error. Each property runs 1,000 times
// against the production server; a failure prints the smallest request that breaks it.

const origin = `http://127.0.0.1:${port}`
const runs = { numRuns: 1000 }

type Question = { id: string; kind: string; options?: { id: string }[]; min?: number; max?: number }

/** Sends one request and returns its status; the body is read so the connection is reused. */
async function send(path: string, init: RequestInit): Promise<number> {
  const response = await fetch(origin + path, { redirect: 'manual', ...init })
  await response.arrayBuffer()
  return response.status
}

/** Values a client might put anywhere: the right kind, the wrong kind, and junk. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 }),
  fc.jsonValue({ maxDepth: 3 }),
)

test.describe('fuzzed requests never get a 5xx', () => {
  // 1,000 requests each, on a machine the rest of the suite shares.
  test.describe.configure({ timeout: 240_000 })

  test('POST /api/assessments', async ({ request }) => {
    const { questions } = (await (await request.get('/api/questionnaire')).json()) as { questions: Question[] }
    const ids = questions.map((q) => q.id)
    const realValue = (q: Question) =>
      q.kind === 'number'
        ? fc.integer({ min: (q.min ?? 0) - 3, max: (q.max ?? 10) + 3 })
        : fc.oneof(
            fc.constantFrom(...(q.options ?? []).map((o) => o.id)),
            fc.subarray((q.options ?? []).map((o) => o.id)),
          )
    // Mostly-right answer sets: every question, some answers replaced by junk, some dropped, some extra keys.
    const nearlyValid = fc
      .tuple(
        fc.record(Object.fromEntries(questions.map((q) => [q.id, fc.oneof(realValue(q), anyValue)]))),
        fc.subarray(ids),
        fc.dictionary(fc.string({ maxLength: 20 }), anyValue, { maxKeys: 3 }),
      )
      .map(([answers, dropped, extra]) => {
        for (const id of dropped) delete answers[id]
        return { answers: { ...answers, ...extra } }
      })
    const body = fc.oneof(
      nearlyValid.map((b) => JSON.stringify(b)),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ answers: fc.jsonValue() }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc.constant(JSON.stringify({ answers: backendAnswers })),
    )
    const type = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'text/html', '')
    await fc.assert(
      fc.asyncProperty(body, type, async (text, contentType) => {
        const status = await send('/api/assessments', {
          method: 'POST',
          body: text,
          headers: contentType ? { 'content-type': contentType } : {},
        })
        expect(status, `${contentType} ${text.slice(0, 300)}`).toBeLessThan(500)
        expect([201, 400, 413, 415, 429], `${contentType} ${text.slice(0, 300)}`).toContain(status)
      }),
      runs,
    )
  })

  test('GET /api/plans/{token} and GET /api/questionnaire', async () => {
    const segment = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      fc.string({ unit: 'binary', maxLength: 50 }),
    )
    const query = fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 30 }), { maxKeys: 3 })
    await fc.assert(
      fc.asyncProperty(segment, query, async (token, params) => {
        const search = new URLSearchParams(params).toString()
        const plan = await send(`/api/plans/${encodeURIComponent(token)}?${search}`, {})
        expect(plan, token).toBeLessThan(500)
        const questionnaire = await send(`/api/questionnaire?${search}`, {})
        expect(questionnaire, search).toBe(200)
      }),
      runs,
    )
  })

  test('server actions, with and without JavaScript', async ({ request }) => {
    const ids = await actionIds()
    const created = await request.post('/api/assessments', { data: { answers: backendAnswers } })
    const ownerToken = new URL(((await created.json()) as { ownerUrl: string }).ownerUrl).pathname.split('/')[2]
    const ownerActions = ['rotateShareLinkAction', 'revokeShareLinkAction', 'deletePlanAction']
    const page = (name: string) => (ownerActions.includes(name) ? `/plan/${ownerToken}` : '/assessment/background')
    const action = fc.constantFrom(...Object.keys(ids))
    const field = fc.oneof(
      fc.constantFrom('sectionId', 'intent', 'returnTo', 'token', 'confirm', 'years-experience', 'specialty'),
      fc.constantFrom('$ACTION_REF_1', '$ACTION_1:0', '$ACTION_KEY', '0', '1_sectionId'),
      fc.string({ maxLength: 20 }),
    )
    const value = fc.oneof(
      fc.constantFrom('background', 'experience', 'check', 'continue', 'back', 'yes', '6', 'backend', ownerToken ?? ''),
      fc.constantFrom('["$K1"]', '["$@1"]', '{"id":"x","bound":null}', '[{"a":1}]', '["hello"]'),
      fc.string({ maxLength: 100 }),
    )
    const fields = fc.array(fc.tuple(field, value), { maxLength: 12 })
    const shape = fc.constantFrom('fetch-multipart', 'form-post', 'fetch-text', 'raw')
    const rawType = fc.constantFrom(
      'text/plain;charset=UTF-8',
      'multipart/form-data; boundary=zzz',
      'multipart/form-data',
      'application/x-www-form-urlencoded',
      'application/json',
    )
    const sameOrigin = fc.oneof(
      { weight: 9, arbitrary: fc.constant(origin) },
      fc.constantFrom('null', 'https://evil.example'),
    )

    await fc.assert(
      fc.asyncProperty(
        action,
        shape,
        fields,
        rawType,
        fc.string({ maxLength: 300 }),
        sameOrigin,
        async (name, how, pairs, contentType, text, from) => {
          const id = ids[name] ?? ''
          const headers: Record<string, string> = { origin: from, accept: 'text/x-component' }
          let body: BodyInit
          if (how === 'fetch-multipart' || how === 'form-post') {
            const form = new FormData()
            if (how === 'form-post') form.append(`$ACTION_ID_${id}`, '')
            else {
              headers['next-action'] = id
              form.append('0', '["$K1"]')
            }
            for (const [k, v] of pairs) form.append(how === 'form-post' ? k : `1_${k}`, v)
            body = form
          } else {
            headers['next-action'] = id
            headers['content-type'] = contentType
            body = how === 'fetch-text' ? JSON.stringify(pairs.map(([, v]) => v)) : text
          }
          const status = await send(page(name), { method: 'POST', headers, body })
          expect(status, `${name} ${how} ${contentType} ${JSON.stringify(pairs)} ${text.slice(0, 100)}`).toBeLessThan(
            500,
          )
        },
      ),
      runs,
    )
  })
})

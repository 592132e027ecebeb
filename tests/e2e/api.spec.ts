import { expect, test } from '@playwright/test'
import { backendAnswers } from './journey-helpers'

test.describe('JSON API', () => {
  test('GET /api/questionnaire lists sections, questions and option ids without scoring weights', async ({
    request,
  }) => {
    const response = await request.get('/api/questionnaire')
    expect(response.status()).toBe(200)
    const body = await response.json()
    expect(body.sections).toHaveLength(5)
    const hours = body.questions.find((q: { id: string }) => q.id === 'hours-per-week')
    expect(hours).toMatchObject({ kind: 'number', min: 1, unit: expect.any(String) })
    const specialty = body.questions.find((q: { id: string }) => q.id === 'specialty')
    expect(specialty.options.map((o: { id: string }) => o.id)).toContain('backend')
    expect(JSON.stringify(body)).not.toContain('"weight"')
  })

  test('POST /api/assessments stores a plan and returns both links', async ({ request }) => {
    const response = await request.post('/api/assessments', { data: { answers: backendAnswers } })
    expect(response.status()).toBe(201)
    const body = await response.json()
    expect(body.ownerUrl).toMatch(/\/plan\/[A-Za-z0-9_-]{43}$/)
    expect(body.shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/)
    expect(body.result.bestRoleId).toEqual(expect.any(String))
    expect(body.plan.weeks.length).toBeGreaterThan(0)
    for (const week of body.plan.weeks) expect(week.hours).toBeLessThanOrEqual(6)

    const token = body.shareUrl.split('/share/')[1]
    const shared = await request.get(`/api/plans/${token}`)
    expect(shared.status()).toBe(200)
    expect(shared.headers()['referrer-policy']).toBe('no-referrer')
    const sharedBody = await shared.json()
    expect(sharedBody.plan).toEqual(body.plan)
    // The read-only copy is the owner's result without their answers (the questions and what they chose).
    expect(body.result.answers.length).toBeGreaterThan(0)
    expect(sharedBody.result).toEqual({ ...body.result, answers: [] })
    expect(sharedBody).not.toHaveProperty('answers')
  })

  test('a plan made through the API is deleted after 24 hours unless claimed: by its owner page or by the API', async ({
    request,
  }) => {
    const make = async () =>
      (await (await request.post('/api/assessments', { data: { answers: backendAnswers } })).json()) as {
        ownerUrl: string
        expiresAt: string
      }
    const claim = async (ownerUrl: string) => request.post('/api/plans/claim', { data: { ownerUrl } })
    const first = await make()
    const hours = (Date.parse(first.expiresAt) - Date.now()) / 3600_000
    expect(hours).toBeGreaterThan(23.5)
    expect(hours).toBeLessThanOrEqual(24)
    expect(await (await claim(first.ownerUrl)).json()).toEqual({ kept: true, alreadyKept: false })
    expect(await (await claim(first.ownerUrl)).json()).toEqual({ kept: true, alreadyKept: true })
    // Opening the owner page claims it too.
    const second = await make()
    expect((await request.get(new URL(second.ownerUrl).pathname)).status()).toBe(200)
    expect(await (await claim(second.ownerUrl)).json()).toEqual({ kept: true, alreadyKept: true })
    // Anything else is named.
    const unknown = await claim(second.ownerUrl.replace(/\/plan\/.{43}$/, `/plan/${'A'.repeat(43)}`))
    expect(unknown.status()).toBe(404)
    const junk = await request.post('/api/plans/claim', { data: { ownerUrl: 'javascript:alert(1)', extra: 1 } })
    expect(junk.status()).toBe(400)
    expect((await junk.json()).error.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'extra',
      'ownerUrl',
    ])
  })

  test('POST /api/assessments names each invalid field', async ({ request }) => {
    const answers = { ...backendAnswers, 'hours-per-week': 'lots', specialty: 'astronaut' }
    delete (answers as Record<string, unknown>)['company-pms']
    const response = await request.post('/api/assessments', { data: { answers } })
    expect(response.status()).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('invalid_answers')
    const fields = Object.fromEntries(error.fields.map((f: { field: string; message: string }) => [f.field, f.message]))
    expect(Object.keys(fields).sort()).toEqual(['answers.company-pms', 'answers.hours-per-week', 'answers.specialty'])
    expect(fields['answers.hours-per-week']).toMatch(/Hours per week: enter a whole number/)
  })

  test('POST /api/assessments rejects a malformed body, unknown fields and bad JSON with 400', async ({ request }) => {
    const noAnswers = await request.post('/api/assessments', { data: { answer: {} } })
    expect(noAnswers.status()).toBe(400)
    expect((await noAnswers.json()).error.fields.map((f: { field: string }) => f.field)).toContain('answers')

    const badJson = await request.post('/api/assessments', {
      headers: { 'content-type': 'application/json' },
      data: Buffer.from('{"answers": '),
    })
    expect(badJson.status()).toBe(400)
    expect((await badJson.json()).error.code).toBe('invalid_json')
  })

  test('POST /api/assessments answers 415 for a wrong content type and 413 for an oversized body', async ({
    request,
  }) => {
    const form = await request.post('/api/assessments', { form: { answers: 'x' } })
    expect(form.status()).toBe(415)
    expect((await form.json()).error.code).toBe('unsupported_media_type')

    const huge = { answers: { ...backendAnswers, padding: 'x'.repeat(70 * 1024) } }
    const big = await request.post('/api/assessments', { data: huge })
    expect(big.status()).toBe(413)
    expect((await big.json()).error.code).toBe('payload_too_large')
  })

  test('GET /api/plans/{token} is 404 for unknown and malformed tokens alike', async ({ request }) => {
    for (const token of ['nope', 'A'.repeat(43)]) {
      const response = await request.get(`/api/plans/${token}`)
      expect(response.status()).toBe(404)
      expect(await response.json()).toEqual({
        error: { code: 'not_found', message: 'No shared plan at this address.' },
      })
    }
  })
})

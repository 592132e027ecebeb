import { appendFileSync, mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import fc from 'fast-check'
import { httpText, RawTimeoutError, rawRequest, securityHeaderProblem } from '../setup/raw-http'
import { backendAnswers } from './journey-helpers'
import {
  canonicalType,
  fetchActionParts,
  formPostParts,
  malformedVariants,
  multipartBody,
  type Part,
} from './multipart'
import { buildActions, buildRoutes, port } from './servers'

// Whatever arrives, the server answers it with something other than a 5xx, within seconds, with every security
// header: bad input is the client's problem and gets a 4xx (or the form back with its errors). The suite finds every
// server action in the build's manifest and every route (API and pages) in its route manifest, and sends each a
// stream of malformed requests over raw HTTP: broken multipart and argument encodings, wrong types, missing fields,
// huge and deep values, NUL and invalid UTF-8, wrong content types, undecodable paths, odd methods, broken request
// lines and headers. ~2,400 requests by default; FUZZ_SCALE=10 sends ten times as many (a longer run). The counts by
// status are printed and written to test-results/fuzz-counts.jsonl. Generation is seeded (FUZZ_SEED), so a failure
// can be replayed.

const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1))
const seed = Number(process.env.FUZZ_SEED ?? 20261206)
const host = `127.0.0.1:${port}`
const origin = `http://${host}`
const concurrency = 6
// The fuzz is a client of its own (the server counts sign-in failures and rate limits per address): its hundreds of
// failed sign-ins must not throttle the admin tests, which sign in from 127.0.0.1.
const fuzzAddress = '127.0.0.66'

type Request = { label: string; bytes: Buffer; path: string }
type Outcome = { request: Request; status: number | 'timeout'; problem: string | null }

function request(
  label: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body: string | Buffer = '',
) {
  return { label, path, bytes: httpText(method, path, { Host: host, ...headers }, body) }
}

/** Sends every request, a few at a time; a 5xx, a missing security header, no answer or a timeout is a problem. */
async function sendAll(requests: Request[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let next = 0
  async function worker() {
    for (;;) {
      const item = requests[next++]
      if (!item) return
      try {
        const response = await rawRequest(item.bytes, { port, timeoutMs: 20_000, localAddress: fuzzAddress })
        const asset = item.path.startsWith('/_next/static/')
        const problem =
          response.status === 0
            ? 'no answer'
            : response.status >= 500
              ? `status ${response.status}`
              : securityHeaderProblem(response, { asset })
        outcomes.push({ request: item, status: response.status, problem })
      } catch (error) {
        if (!(error instanceof RawTimeoutError)) throw error
        outcomes.push({ request: item, status: 'timeout', problem: 'no answer within 20 s' })
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return outcomes
}

/** Prints and records the counts by status; fails with the first problems found. */
function report(name: string, outcomes: Outcome[], minimum: number) {
  const counts: Record<string, number> = {}
  for (const { status } of outcomes) counts[status] = (counts[status] ?? 0) + 1
  console.log(`fuzz ${name}: ${outcomes.length} requests; by status ${JSON.stringify(counts)}`)
  mkdirSync('test-results', { recursive: true })
  appendFileSync('test-results/fuzz-counts.jsonl', `${JSON.stringify({ name, requests: outcomes.length, counts })}\n`)
  const problems = outcomes.filter((o) => o.problem)
  const shown = problems
    .slice(0, 12)
    .map(
      (o) =>
        `${o.problem} ← ${o.request.label}: ${o.request.bytes.toString('latin1').slice(0, 240).replace(/\r\n/g, '⏎')}`,
    )
  expect(shown, `${problems.length} of ${outcomes.length} requests had a problem`).toEqual([])
  expect(outcomes.length).toBeGreaterThanOrEqual(minimum)
}

const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number, offset: number) =>
  fc.sample(arbitrary, { numRuns: Math.round(count * scale), seed: seed + offset })

/** Strings a client might put anywhere: plausible, hostile and junk. */
const junkText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '%00',
    '%ff',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '{"a":1}',
    '["$K1"]',
    '$undefined',
    '__proto__',
    'constructor',
    'yes',
    'done',
    'undone',
    '2026-02-30',
    '-1',
    '1e309',
    'NaN',
  ),
  fc.string({ maxLength: 3000 }).map((s) => s.repeat(3)),
  fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
)

/** An owner token of a real plan, so owner actions and pages reach their real code. */
async function realPlan(): Promise<{ ownerToken: string; shareToken: string }> {
  const response = await fetch(`${origin}/api/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: backendAnswers }),
  })
  const body = (await response.json()) as { ownerUrl: string; shareUrl: string }
  return { ownerToken: body.ownerUrl.split('/').pop() ?? '', shareToken: body.shareUrl.split('/').pop() ?? '' }
}

/** A route pattern with its dynamic segments filled in. */
function fill(pattern: string, values: { token: string; segment: string }) {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) =>
    name === 'token' || name === 'shareToken' ? values.token : values.segment,
  )
}

test.describe('fuzzed requests never get a 5xx, and always get the security headers', () => {
  test.describe.configure({ timeout: 300_000 * scale })

  test('every server action: malformed multipart, arguments, fields, content types and origins', async () => {
    const actions = buildActions()
    expect(actions.length).toBeGreaterThanOrEqual(25)
    const plan = await realPlan()
    const pageOf = (pattern: string) => fill(pattern, { token: plan.ownerToken, segment: 'questions' })
    const field = fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'token',
          'sectionId',
          'intent',
          'returnTo',
          'confirm',
          'email',
          'password',
          'next',
          'label',
          'days',
          'signature',
          'actionId',
          'day',
          'hours',
          'collection',
          'itemId',
          'revision',
          'fingerprint',
          'note',
          'releaseId',
          'sessionId',
          'inviteId',
          'name',
          'confirm',
          'years-experience',
        ),
        fc.string({ maxLength: 12 }),
      ),
      junkText,
    )
    const call = fc.record({
      action: fc.constantFrom(...actions),
      page: fc.nat(),
      shape: fc.constantFrom('fetch', 'form', 'fetch-text', 'raw', 'variant-fetch', 'variant-form'),
      fields: fc.array(field, { maxLength: 10 }),
      root: fc.oneof(
        { weight: 6, arbitrary: fc.constant('["$K1"]') },
        fc.constantFrom(
          '[]',
          '["$K1","$K1"]',
          '["hello"]',
          '[{"a":1}]',
          '["$Q1"]',
          '["$@1"]',
          '["$F1"]',
          '["$K"]',
          '{"id":"x","bound":null}',
          '',
          'null',
          '["$Kzz"]',
        ),
        fc.json({ maxDepth: 3 }),
      ),
      variant: fc.nat({ max: malformedVariants.length - 1 }),
      contentType: fc.constantFrom(
        'text/plain;charset=UTF-8',
        'multipart/form-data',
        'multipart/form-data; boundary=',
        'application/x-www-form-urlencoded',
        'application/json',
        '',
        'MULTIPART/FORM-DATA; BOUNDARY=X',
      ),
      raw: fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a).toString('latin1')),
      ),
      from: fc.oneof(
        { weight: 8, arbitrary: fc.constant(origin) },
        fc.constantFrom('null', 'https://evil.example', 'http://127.0.0.1:1', `https://${host}`, 'garbage'),
      ),
    })
    const requests = sample(call, 1000, 1).map((c, i) => {
      const page = pageOf(c.action.pages[c.page % c.action.pages.length] ?? '/')
      const fields = Object.fromEntries(c.fields)
      const headers: Record<string, string> = { Origin: c.from, Accept: i % 2 ? 'text/x-component' : 'text/html' }
      const label = `${c.action.name} ${c.shape}`
      const fetchHeaders = { ...headers, 'Next-Action': c.action.id }
      switch (c.shape) {
        case 'fetch':
          return request(
            label,
            'POST',
            page,
            { ...fetchHeaders, 'Content-Type': canonicalType },
            multipartBody(fetchActionParts(fields, c.root)),
          )
        case 'form':
          return request(
            label,
            'POST',
            page,
            { ...headers, 'Content-Type': canonicalType },
            multipartBody(formPostParts(c.action.id, fields)),
          )
        case 'fetch-text':
          return request(
            label,
            'POST',
            page,
            { ...fetchHeaders, 'Content-Type': c.contentType || 'text/plain' },
            c.root,
          )
        case 'raw':
          return request(
            label,
            'POST',
            page,
            { ...fetchHeaders, ...(c.contentType ? { 'Content-Type': c.contentType } : {}) },
            Buffer.from(c.raw, 'latin1'),
          )
        default: {
          const variant = malformedVariants[c.variant] ?? malformedVariants[0]
          const parts: Part[] =
            c.shape === 'variant-fetch' ? fetchActionParts(fields) : formPostParts(c.action.id, fields)
          const built = variant?.build(parts.length > 1 ? parts : [{ name: '_1_x', value: 'y' }, ...parts])
          return request(
            `${label} ${variant?.name}`,
            'POST',
            page,
            {
              ...(c.shape === 'variant-fetch' ? fetchHeaders : headers),
              'Content-Type': built?.contentType ?? canonicalType,
            },
            built?.body,
          )
        }
      }
    })
    // Every action at least once with each malformed variant, with and without JavaScript.
    for (const action of actions) {
      const page = pageOf(action.pages[0] ?? '/')
      for (const variant of malformedVariants) {
        for (const js of [true, false]) {
          const built = variant.build(
            js ? fetchActionParts({ token: plan.ownerToken }) : formPostParts(action.id, { token: plan.ownerToken }),
          )
          requests.push(
            request(
              `${action.name} ${variant.name} ${js ? 'fetch' : 'form'}`,
              'POST',
              page,
              { Origin: origin, 'Content-Type': built.contentType, ...(js ? { 'Next-Action': action.id } : {}) },
              built.body,
            ),
          )
        }
      }
      // Over the size limit (64 KB; the import page takes 1,088 KB), declared and not.
      const big = multipartBody(fetchActionParts({ token: 'x'.repeat(1100 * 1024) }))
      requests.push(
        request(
          `${action.name} too large`,
          'POST',
          page,
          { Origin: origin, 'Next-Action': action.id, 'Content-Type': canonicalType },
          big,
        ),
      )
      requests.push(
        request(
          `${action.name} chunked, too large`,
          'POST',
          page,
          { Origin: origin, 'Next-Action': action.id, 'Content-Type': canonicalType, 'Transfer-Encoding': 'chunked' },
          Buffer.concat([Buffer.from(`${big.length.toString(16)}\r\n`), big, Buffer.from('\r\n0\r\n\r\n')]),
        ),
      )
    }
    report('server actions', await sendAll(requests), 1000)
  })

  test('the JSON API: bodies, content types, paths and methods', async () => {
    const routes = buildRoutes().filter((r) => r.pattern.startsWith('/api/'))
    expect(routes.map((r) => r.pattern)).toEqual(
      expect.arrayContaining([
        '/api/assessments',
        '/api/plans/[token]',
        '/api/questionnaire',
        '/api/health',
        '/api/plans/claim',
        '/api/job-listings',
        '/api/plans/[token]/job-listings',
      ]),
    )
    const questionnaire = (await (await fetch(`${origin}/api/questionnaire`)).json()) as {
      questions: { id: string; kind: string; options?: { id: string }[]; min?: number; max?: number }[]
    }
    const realValue = (q: (typeof questionnaire.questions)[number]) =>
      q.kind === 'number'
        ? fc.oneof(
            fc.integer({ min: (q.min ?? 0) - 3, max: (q.max ?? 10) + 3 }),
            fc.double(),
            fc.constantFrom('12', ' 7 ', '1e3', '-0'),
          )
        : fc.oneof(
            fc.constantFrom(...(q.options ?? []).map((o) => o.id)),
            fc.subarray((q.options ?? []).map((o) => o.id)),
          )
    const anyValue = fc.oneof(
      junkText,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(junkText, { maxLength: 6 }),
      fc.jsonValue({ maxDepth: 4 }),
    )
    const nearlyValid = fc
      .tuple(
        fc.record(
          Object.fromEntries(
            questionnaire.questions.map((q) => [q.id, fc.oneof({ weight: 4, arbitrary: realValue(q) }, anyValue)]),
          ),
        ),
        fc.subarray(
          questionnaire.questions.map((q) => q.id),
          { maxLength: 4 },
        ),
        fc.dictionary(junkText, anyValue, { maxKeys: 3 }),
      )
      .map(([answers, dropped, extra]) => {
        for (const id of dropped) delete answers[id]
        return JSON.stringify({ answers: { ...answers, ...extra } })
      })
    const depth = fc.integer({ min: 50, max: 20_000 })
    const body = fc.oneof(
      { weight: 5, arbitrary: nearlyValid },
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ answers: fc.jsonValue() }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      depth.map((n) => `{"answers":${'['.repeat(n)}${']'.repeat(n)}}`),
      depth.map((n) => `{"answers":{"a":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}}`),
      fc.constantFrom(
        '{"answers":{"__proto__":{"x":1}}}',
        '{"__proto__":{"answers":{}}}',
        '{"answers":{"\\u0000":"\\u0000"}}',
        '{"answers":{"\\ud800":"\\udfff"}}',
        `{"answers":${JSON.stringify(Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`k${i}`, i])))}}`,
        `{"answers":{"specialty":${JSON.stringify(Array(8000).fill('backend'))}}}`,
        '\ufeff{"answers":{}}',
        '{"answers":{},"answers":[]}',
      ),
    )
    const bytes = fc.oneof(
      { weight: 6, arbitrary: body.map((text) => Buffer.from(text, 'utf8')) },
      fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a)),
      body.map((text) => Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0xc3, 0x28, 0xff])])),
      fc.constant(Buffer.alloc(70 * 1024, 0x20)),
    )
    const type = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON',
      'application/json;charset=latin1',
      'text/plain',
      'application/x-www-form-urlencoded',
      canonicalType,
      '',
      'application/jsonx',
    )
    const claimBody = fc.oneof(
      fc
        .record({
          ownerUrl: fc.oneof(junkText, fc.stringMatching(/^https?:\/\/[a-z.]{1,12}\/plan\/[A-Za-z0-9_-]{43}$/)),
        })
        .map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 100 }),
    )
    const plan = await realPlan()
    const listingText = fc.oneof(
      junkText,
      fc.string({ maxLength: 3000 }),
      fc.constantFrom(
        'https://example.com/jobs/1',
        '',
        ' ',
        '\u0000',
        'x'.repeat(20_001),
        '- Must have SQL\n'.repeat(900),
      ),
    )
    const listingBody = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({ text: listingText, name: fc.option(junkText) }).map((v) => JSON.stringify(v)),
      },
      fc.record({ text: fc.jsonValue() }).map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
    )
    const requests: Request[] = [
      ...sample(fc.tuple(bytes, type), 800, 2).map(([b, t], i) =>
        request(
          `POST /api/assessments ${t}`,
          'POST',
          '/api/assessments',
          { ...(t ? { 'Content-Type': t } : {}), ...(i % 7 === 0 ? { 'Transfer-Encoding': 'chunked' } : {}) },
          i % 7 === 0
            ? Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n0\r\n\r\n')])
            : b,
        ),
      ),
      ...sample(fc.tuple(claimBody, type), 150, 3).map(([b, t]) =>
        request(`POST /api/plans/claim ${t}`, 'POST', '/api/plans/claim', t ? { 'Content-Type': t } : {}, b),
      ),
      // Job listings: a text field (up to 20,000 characters), with and without a plan; junk of every shape.
      ...sample(fc.tuple(listingBody, type, fc.boolean()), 200, 5).map(([b, t, personal]) => {
        const path = personal ? `/api/plans/${plan.ownerToken}/job-listings` : '/api/job-listings'
        return request(
          `POST ${path.replace(plan.ownerToken, '{token}')} ${t}`,
          'POST',
          path,
          t ? { 'Content-Type': t } : {},
          b,
        )
      }),
    ]
    const segment = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      fc.string({ maxLength: 80 }).map(encodeURIComponent),
      fc.constantFrom(
        '%ff',
        '%zz',
        '%',
        '%00',
        'a%00b',
        '%c3%28',
        '%2e%2e',
        '..',
        '.',
        '%2F',
        'claim',
        '',
        '%E0%A4%A',
        'a'.repeat(5000),
      ),
      fc.uint8Array({ maxLength: 30 }).map((a) => [...a].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
    )
    const query = fc.oneof(
      fc.constant(''),
      fc.constantFrom('?%ff=%zz', '?a=%00', '?__proto__[x]=1', `?${'a=1&'.repeat(500)}`),
      fc.string({ maxLength: 40 }).map((s) => `?q=${encodeURIComponent(s)}`),
    )
    const method = fc.constantFrom(
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
      'OPTIONS',
      'PROPFIND',
      'SEARCH',
      'QUERY',
      'TRACE',
      'TRACK',
      'MKCOL',
      'LOCK',
    )
    requests.push(
      ...sample(fc.tuple(fc.constantFrom(...routes), segment, query, method), 450, 4).map(([route, s, q, m]) => {
        const path = `${fill(route.pattern, { token: s, segment: s })}${q}`
        return request(
          `${m} ${route.pattern}`,
          m,
          path,
          m === 'POST' || m === 'PUT' ? { 'Content-Type': 'application/json' } : {},
          m === 'POST' || m === 'PUT' ? '{}' : '',
        )
      }),
    )
    report('JSON API', await sendAll(requests), 1400)
  })

  test('pages and the HTTP layer: undecodable paths, odd methods, broken requests and headers', async () => {
    const pages = buildRoutes().filter((r) => !r.pattern.startsWith('/api/'))
    const plan = await realPlan()
    const segment = fc.oneof(
      fc.constant(plan.ownerToken),
      fc.constantFrom(
        '%ff',
        '%zz',
        '%',
        '%00',
        '%c3%28',
        '..',
        '%2e%2e',
        'questions',
        'skills',
        '1',
        '-1',
        '99999999999',
        'background',
        'check',
        'deleted',
      ),
      fc.string({ maxLength: 60 }).map(encodeURIComponent),
    )
    const method = fc.constantFrom(
      'GET',
      'GET',
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'DELETE',
      'OPTIONS',
      'TRACE',
      'TRACK',
      'PROPFIND',
      'CONNECT',
    )
    const junkHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
      fc.constant({}),
      fc.constantFrom<Record<string, string>>(
        { RSC: '1', 'Next-Router-State-Tree': '%ff' },
        { RSC: '1', 'Next-Router-State-Tree': encodeURIComponent('[[[[') },
        { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/%ff' },
        { 'Next-Action': 'abc' },
        { 'Next-Url': '/%ff' },
        { 'X-Forwarded-Host': 'evil.example' },
        { 'X-Forwarded-Proto': 'javascript' },
        { 'X-Forwarded-For': 'not-an-address, 999.1.1.1' },
        { Cookie: `${'a=%ff; '.repeat(50)}__Host-htw_draft=%%%; htw_draft=${'x'.repeat(3000)}` },
        { 'If-None-Match': '"x",'.repeat(200) },
        { Range: 'bytes=5-1' },
        { Accept: '*/*;q=%ff', 'Accept-Language': '%ff' },
        { 'Content-Type': 'multipart/form-data; boundary=x' },
        { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
        { Expect: 'nonsense' },
        { 'X-Request-Id': '"},{"event":"forged"}' },
      ),
    )
    const requests: Request[] = sample(fc.tuple(fc.constantFrom(...pages), segment, method, junkHeaders), 350, 5).map(
      ([route, s, m, h]) => {
        const path = fill(route.pattern, { token: s, segment: s })
        return request(`${m} ${route.pattern}`, m, path, h, m === 'POST' ? 'a=1' : '')
      },
    )
    // Requests Node itself has to make sense of: broken request lines, targets and headers.
    const lines = [
      'GET /\r\n\r\n',
      'get / HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
      'GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET http://%ff/ HTTP/1.1\r\nHost: x\r\n\r\n',
      'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n',
      'CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET / HTTP/1.1\r\n\r\n',
      'GET /\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /a\u0001b HTTP/1.1\r\nHost: x\r\n\r\n',
      `GET /${'a'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      'GET / HTTP/1.1\r\nHost: x\r\nBad Header: x\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: x\r\nX: a\u0000b\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: x\r\n folded: header\r\n\r\n',
      'POST /api/assessments HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}',
      'POST /api/assessments HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
      'POST /api/assessments HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
      'POST /api/assessments HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
      'POST /api/assessments HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n',
      'POST /api/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{}',
      'POST /api/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}',
      'GET //api//health HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /api/plans/ HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /\\api\\health HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /_next/static/%ff HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /_next/static/chunks/nothing.js HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /_next/image?url=%ff&w=1&q=1 HTTP/1.1\r\nHost: x\r\n\r\n',
    ]
    for (const [i, text] of lines.entries()) {
      const path = /^\S+ (\S+)/.exec(text)?.[1] ?? '/'
      requests.push({
        label: `raw ${i}`,
        path,
        bytes: Buffer.from(text.replace('Host: x\r\n', `Host: ${host}\r\nConnection: close\r\n`), 'latin1'),
      })
    }
    report('pages and HTTP', await sendAll(requests), 350)
  })
})

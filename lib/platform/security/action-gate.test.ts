import { describe, expect, it } from 'vitest'
import { canonicalType, fetchActionParts, formPostParts, malformedVariants, multipartBody } from '@/tests/e2e/multipart'
import {
  ACTION_BODY_LIMIT_BYTES,
  actionBodyLimit,
  checkActionBody,
  checkActionOrigin,
  IMPORT_BODY_LIMIT_BYTES,
  isPossibleAction,
  LONG_TEXT_BODY_LIMIT_BYTES,
} from './action-gate'

const url = 'http://127.0.0.1:3000/assessment/background'
const actionId = '40543d04880ec407a7c6d6bf6b1121cc8670695fde'

/** A fetch action call the way React sends one: the form's fields prefixed "_1_", then "0" listing the arguments. */
function fetchAction(fields: Record<string, string>, root = '["$K1"]', headers: Record<string, string> = {}) {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value)
  body.set('0', root)
  return new Request(url, { method: 'POST', body, headers: { 'next-action': actionId, ...headers } })
}

/** A form posted without JavaScript. */
function formPost(fields: Record<string, string>, to = url) {
  const body = new FormData()
  body.set(`$ACTION_ID_${actionId}`, '')
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  return new Request(to, { method: 'POST', body })
}

const raw = (body: BodyInit | Buffer, contentType: string | undefined, extra: Record<string, string> = {}) =>
  new Request(url, {
    method: 'POST',
    body: Buffer.isBuffer(body) ? new Uint8Array(body) : body,
    headers: { 'next-action': actionId, ...(contentType ? { 'content-type': contentType } : {}), ...extra },
  })

describe('isPossibleAction', () => {
  it('is a POST to a page with an action header or a multipart body, however it is spelled', () => {
    const h = (entries: Record<string, string>) => new Headers(entries)
    expect(isPossibleAction({ method: 'POST', pathname: '/x', headers: h({ 'next-action': 'a' }) })).toBe(true)
    const multipart = h({ 'content-type': 'multipart/form-data; boundary=x' })
    expect(isPossibleAction({ method: 'POST', pathname: '/x', headers: multipart })).toBe(true)
    const shouting = h({ 'content-type': 'MULTIPART/FORM-DATA; boundary=x' })
    expect(isPossibleAction({ method: 'POST', pathname: '/x', headers: shouting })).toBe(true)
    expect(isPossibleAction({ method: 'GET', pathname: '/x', headers: h({ 'next-action': 'a' }) })).toBe(false)
    expect(isPossibleAction({ method: 'POST', pathname: '/api/assessments', headers: multipart })).toBe(false)
    expect(isPossibleAction({ method: 'POST', pathname: '/x', headers: h({ 'content-type': 'text/plain' }) })).toBe(
      false,
    )
  })
})

describe('checkActionBody', () => {
  it('lets through what our forms send, with and without JavaScript (and Node’s FormData)', async () => {
    expect(await checkActionBody(fetchAction({ sectionId: 'background', 'years-experience': '6' }))).toBeNull()
    expect(await checkActionBody(formPost({ sectionId: 'background', intent: 'continue' }))).toBeNull()
    expect(await checkActionBody(fetchAction({}))).toBeNull()
    // The hand-made canonical bodies the end-to-end tests bend are accepted as they are.
    const canonical = (body: Buffer) => raw(body, canonicalType)
    expect(await checkActionBody(canonical(multipartBody(fetchActionParts({ token: 'x', note: 'é ✓' }))))).toBeNull()
    const form = new Request(url, {
      method: 'POST',
      body: multipartBody(formPostParts(actionId, { a: 'b' })),
      headers: { 'content-type': canonicalType },
    })
    expect(await checkActionBody(form)).toBeNull()
  })

  it('takes a file (the import page), with the type the browser chose, and an empty file input', async () => {
    const body = new FormData()
    body.set(`$ACTION_ID_${actionId}`, '')
    body.set('file', new File(['{"a":1}'], 'bundle.json', { type: 'application/json' }))
    const importPost = new Request('http://127.0.0.1:3000/admin/import', { method: 'POST', body })
    expect(await checkActionBody(importPost)).toBeNull()
    // A browser sends an empty file input as a file part named "".
    const empty = multipartBody([...formPostParts(actionId, {}), { name: 'file', value: '', filename: '' }])
    const headers = { 'content-type': canonicalType }
    expect(await checkActionBody(new Request(url, { method: 'POST', body: new Uint8Array(empty), headers }))).toBeNull()
  })

  it('answers 413 past the limit, whether or not Content-Length says so', async () => {
    const big = 'x'.repeat(ACTION_BODY_LIMIT_BYTES)
    expect((await checkActionBody(fetchAction({ sectionId: big })))?.status).toBe(413)
    expect((await checkActionBody(formPost({ sectionId: big })))?.status).toBe(413)
    // A chunked body carries no Content-Length.
    const stream = new Blob([big, big]).stream()
    const chunked = new Request(url, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'next-action': actionId, 'content-type': 'multipart/form-data; boundary=zzz' },
    } as RequestInit)
    expect((await checkActionBody(chunked))?.status).toBe(413)
    expect(
      (await checkActionBody(raw('x', 'multipart/form-data; boundary=zzz', { 'content-length': '9999999' })))?.status,
    ).toBe(413)
  })

  it('takes a content bundle of up to 512 KB, twice over, on the admin import page only', async () => {
    const bundle = 'x'.repeat(512 * 1024)
    const importPage = 'http://127.0.0.1:3000/admin/import'
    expect(await checkActionBody(formPost({ json: bundle, file: bundle }, importPage))).toBeNull()
    expect((await checkActionBody(formPost({ json: 'x'.repeat(IMPORT_BODY_LIMIT_BYTES) }, importPage)))?.status).toBe(
      413,
    )
    // The same bundle anywhere else is refused.
    expect((await checkActionBody(formPost({ json: bundle })))?.status).toBe(413)
  })

  it('answers 415 to anything but multipart/form-data spelled as browsers spell it', async () => {
    for (const type of [
      'text/plain;charset=UTF-8',
      'application/json',
      'application/x-www-form-urlencoded',
      undefined,
      'multipart/form-data',
      'Multipart/Form-Data; boundary=zzz',
      'multipart/form-data; boundary="zzz"',
      'multipart/form-data; boundary=zzz; charset=utf-8',
      'multipart/form-data;boundary=zzz',
    ]) {
      expect((await checkActionBody(raw('["hello"]', type)))?.status, type).toBe(415)
    }
  })

  it.each(malformedVariants.map((variant) => [variant.name, variant] as const))(
    'answers 400 to %s, with or without JavaScript',
    async (_name, variant) => {
      for (const parts of [fetchActionParts({ token: 'abc', note: 'x' }), formPostParts(actionId, { token: 'abc' })]) {
        const { body, contentType } = variant.build(parts)
        const status = (await checkActionBody(raw(body, contentType)))?.status
        expect(status === 400 || status === 415).toBe(true)
      }
    },
  )

  it('answers 400 to arguments that are not exactly one form', async () => {
    for (const root of [
      '[]',
      '["$K1","$K1"]',
      '["hello"]',
      '[1]',
      '[null]',
      '{"a":1}',
      '[{"$K1":1}]',
      '["$@1"]',
      '["$Q1"]',
      'nope',
    ]) {
      const problem = await checkActionBody(fetchAction({}, root))
      expect(problem?.status, root).toBe(400)
    }
    const noRoot = new FormData()
    noRoot.set('_1_sectionId', 'background')
    expect(
      (await checkActionBody(new Request(url, { method: 'POST', body: noRoot, headers: { 'next-action': actionId } })))
        ?.status,
    ).toBe(400)
    // The list before the fields: Next resolves it at once, so the action gets an empty form (fewer values, never
    // others): accepted, as the one case where the order is not React's.
    const early = raw(
      multipartBody([
        { name: '0', value: '["$K1"]' },
        { name: '_1_token', value: 'x' },
      ]),
      canonicalType,
    )
    expect(await checkActionBody(early)).toBeNull()
    // Fields that belong to no argument.
    const stray = raw(
      multipartBody([
        { name: '_2_x', value: 'y' },
        { name: '0', value: '["$K1"]' },
      ]),
      canonicalType,
    )
    expect((await checkActionBody(stray))?.problem).toBe('fields outside the form')
  })

  it('answers 400 to bound-argument fields and to two action ids in a form posted without JavaScript', async () => {
    expect((await checkActionBody(formPost({ $ACTION_REF_1: '', '$ACTION_1:0': '{bad' })))?.status).toBe(400)
    expect((await checkActionBody(formPost({ $ACTION_KEY: 'k' })))?.status).toBe(400)
    const twice = formPost({})
    const body = await twice.formData()
    body.append(`$ACTION_ID_${actionId}`, '')
    expect((await checkActionBody(new Request(url, { method: 'POST', body })))?.problem).toBe('several action ids')
  })

  it('answers 400 to a NUL in any field name or value', async () => {
    expect(await checkActionBody(fetchAction({ label: 'a\u0000b' }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/U\+0000/),
    })
    expect((await checkActionBody(formPost({ 'a\u0000': 'b' })))?.status).toBe(400)
  })
})

describe('checkActionOrigin', () => {
  const headers = (entries: Record<string, string>) => new Headers({ host: '127.0.0.1:3000', ...entries })
  const rules = (extraHosts: string[], https = false) => ({ extraHosts, https })

  it('accepts the request’s own origin, PUBLIC_URL’s and ALLOWED_HOSTS, and a request with none', () => {
    expect(checkActionOrigin(headers({ origin: 'http://127.0.0.1:3000' }), rules([]))).toBeNull()
    expect(checkActionOrigin(headers({}), rules([]))).toBeNull()
    expect(checkActionOrigin(headers({ origin: 'https://howtowhy.example' }), rules(['howtowhy.example']))).toBeNull()
    expect(
      checkActionOrigin(headers({ origin: 'http://localhost:3000', 'x-forwarded-host': 'localhost:3000' }), rules([])),
    ).toBeNull()
  })

  it('compares with X-Forwarded-Host when there is one, as Next does, not with Host', () => {
    // Next would refuse this with a 500: the Origin matches Host, but Next compares it with X-Forwarded-Host.
    const forged = headers({ origin: 'http://127.0.0.1:3000', 'x-forwarded-host': 'evil.example' })
    expect(checkActionOrigin(forged, rules([]))).toMatchObject({ status: 403 })
    // Its first entry, trimmed.
    const listed = headers({ origin: 'http://proxy.example', 'x-forwarded-host': ' proxy.example , other' })
    expect(checkActionOrigin(listed, rules([]))).toBeNull()
  })

  it('with an https PUBLIC_URL, compares the whole origin: an http page on the same host is another site', () => {
    const site = rules(['howtowhy.example'], true)
    expect(checkActionOrigin(headers({ origin: 'https://howtowhy.example' }), site)).toBeNull()
    expect(checkActionOrigin(headers({ origin: 'http://howtowhy.example' }), site)).toMatchObject({ status: 403 })
    const own = headers({ host: 'howtowhy.example', origin: 'http://howtowhy.example' })
    expect(checkActionOrigin(own, site)).toMatchObject({ status: 403 })
  })

  it('refuses another site, a null origin and junk with 403', () => {
    for (const origin of ['http://evil.example', 'http://127.0.0.1:3001', 'null', 'not a url']) {
      expect(checkActionOrigin(headers({ origin }), rules(['howtowhy.example']))).toMatchObject({
        status: 403,
        code: 'action_origin_rejected',
      })
    }
  })
})

describe('actionBodyLimit', () => {
  it.each([
    ['/assessment/background', ACTION_BODY_LIMIT_BYTES],
    ['/plan/abc/raters', ACTION_BODY_LIMIT_BYTES],
    ['/plan/abc/listings', LONG_TEXT_BODY_LIMIT_BYTES],
    ['/plan/abc/listings/0f8fad5b-d9cb-469f-a165-70867728950e', LONG_TEXT_BODY_LIMIT_BYTES],
    ['/plan/abc/stories/influence', LONG_TEXT_BODY_LIMIT_BYTES],
    ['/plan/abc/stories', ACTION_BODY_LIMIT_BYTES],
    ['/admin/import', IMPORT_BODY_LIMIT_BYTES],
  ])('%s takes at most %i bytes', (path, limit) => {
    expect(actionBodyLimit(path)).toBe(limit)
  })

  it('lets a listing well past its 20,000 characters through, so it can come back with a message', async () => {
    const listing = (size: number) => {
      const body = new FormData()
      body.set(`$ACTION_ID_${actionId}`, '')
      body.set('text', 'é'.repeat(size))
      return new Request('http://127.0.0.1:3000/plan/abc/listings', { method: 'POST', body })
    }
    expect(await checkActionBody(listing(40_000))).toBeNull()
    expect((await checkActionBody(listing(LONG_TEXT_BODY_LIMIT_BYTES)))?.status).toBe(413)
  })
})

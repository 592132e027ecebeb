import { describe, expect, it } from 'vitest'
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

/** A fetch action call the way React sends one: field "0" lists the arguments, "$K1" is the FormData. */
function fetchAction(fields: Record<string, string>, root = '["$K1"]', headers: Record<string, string> = {}) {
  const body = new FormData()
  body.set('0', root)
  for (const [name, value] of Object.entries(fields)) body.append(`1_${name}`, value)
  return new Request(url, { method: 'POST', body, headers: { 'next-action': actionId, ...headers } })
}

/** A form posted without JavaScript. */
function formPost(fields: Record<string, string>) {
  const body = new FormData()
  body.set(`$ACTION_ID_${actionId}`, '')
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  return new Request(url, { method: 'POST', body })
}

const raw = (body: BodyInit, contentType: string | undefined, extra: Record<string, string> = {}) =>
  new Request(url, {
    method: 'POST',
    body,
    headers: { 'next-action': actionId, ...(contentType ? { 'content-type': contentType } : {}), ...extra },
  })

describe('isPossibleAction', () => {
  it('is a POST to a page with an action header or a multipart body', () => {
    const h = (entries: Record<string, string>) => new Headers(entries)
    expect(isPossibleAction({ method: 'POST', pathname: '/x', headers: h({ 'next-action': 'a' }) })).toBe(true)
    const multipart = h({ 'content-type': 'multipart/form-data; boundary=x' })
    expect(isPossibleAction({ method: 'POST', pathname: '/x', headers: multipart })).toBe(true)
    expect(isPossibleAction({ method: 'GET', pathname: '/x', headers: h({ 'next-action': 'a' }) })).toBe(false)
    expect(isPossibleAction({ method: 'POST', pathname: '/api/assessments', headers: multipart })).toBe(false)
    expect(isPossibleAction({ method: 'POST', pathname: '/x', headers: h({ 'content-type': 'text/plain' }) })).toBe(
      false,
    )
  })
})

describe('checkActionBody', () => {
  it('lets through what our forms send, with and without JavaScript', async () => {
    expect(await checkActionBody(fetchAction({ sectionId: 'background', 'years-experience': '6' }))).toBeNull()
    expect(await checkActionBody(formPost({ sectionId: 'background', intent: 'continue' }))).toBeNull()
    expect(await checkActionBody(fetchAction({}))).toBeNull()
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
    const importPost = (fields: Record<string, string>) => {
      const body = new FormData()
      body.set(`$ACTION_ID_${actionId}`, '')
      for (const [name, value] of Object.entries(fields)) body.append(name, value)
      return new Request('http://127.0.0.1:3000/admin/import', { method: 'POST', body })
    }
    expect(await checkActionBody(importPost({ json: bundle, file: bundle }))).toBeNull()
    expect((await checkActionBody(importPost({ json: 'x'.repeat(IMPORT_BODY_LIMIT_BYTES) })))?.status).toBe(413)
    // The same bundle anywhere else is refused.
    expect((await checkActionBody(formPost({ json: bundle })))?.status).toBe(413)
  })

  it('answers 415 to anything but multipart: our actions all take a form', async () => {
    for (const type of [
      'text/plain;charset=UTF-8',
      'application/json',
      'application/x-www-form-urlencoded',
      undefined,
    ]) {
      expect((await checkActionBody(raw('["hello"]', type)))?.status).toBe(415)
    }
    expect((await checkActionBody(raw('x', 'multipart/form-data')))?.status).toBe(415)
  })

  it('answers 400 to multipart Next cannot read or arguments that are not a form', async () => {
    expect((await checkActionBody(raw('garbage\r\n--zzz\r\nnope', 'multipart/form-data; boundary=zzz')))?.code).toBe(
      'invalid_action_body',
    )
    for (const root of ['["hello"]', '[1]', '[null]', '{"a":1}', '[{"$K1":1}]', '["$@1"]', '["$K1","$Q2"]', 'nope']) {
      const problem = await checkActionBody(fetchAction({}, root))
      expect(problem?.status, root).toBe(400)
    }
    const noRoot = new FormData()
    noRoot.set('1_sectionId', 'background')
    expect(
      (await checkActionBody(new Request(url, { method: 'POST', body: noRoot, headers: { 'next-action': actionId } })))
        ?.status,
    ).toBe(400)
    // Bound-argument fields, which none of our forms send and whose JSON Next parses before any of our code runs.
    expect((await checkActionBody(formPost({ $ACTION_REF_1: '', '$ACTION_1:0': '{bad' })))?.status).toBe(400)
    expect((await checkActionBody(formPost({ $ACTION_KEY: 'k' })))?.status).toBe(400)
  })
})

describe('checkActionOrigin', () => {
  const headers = (entries: Record<string, string>) => new Headers({ host: '127.0.0.1:3000', ...entries })

  it('accepts the request’s own origin, PUBLIC_URL’s and ALLOWED_HOSTS, and a request with none', () => {
    expect(checkActionOrigin(headers({ origin: 'http://127.0.0.1:3000' }), [])).toBeNull()
    expect(checkActionOrigin(headers({}), [])).toBeNull()
    expect(checkActionOrigin(headers({ origin: 'https://howtowhy.example' }), ['howtowhy.example'])).toBeNull()
    expect(
      checkActionOrigin(headers({ origin: 'http://localhost:3000', 'x-forwarded-host': 'localhost:3000' }), []),
    ).toBeNull()
  })

  it('refuses another site, a null origin and junk with 403', () => {
    for (const origin of ['http://evil.example', 'http://127.0.0.1:3001', 'null', 'not a url']) {
      expect(checkActionOrigin(headers({ origin }), ['howtowhy.example'])).toMatchObject({
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

import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'
import { log } from '@/lib/platform/log'
import { proxy } from '@/proxy'

// proxy.ts as Next runs it, on requests built the way Next builds them. The end-to-end header tests check the same
// rules on the wire, against the production server.

const base = 'http://127.0.0.1:3000'
const actionId = '40543d04880ec407a7c6d6bf6b1121cc8670695fde'
const request = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
  new NextRequest(new URL(path, base), { ...init, headers: { host: '127.0.0.1:3000', ...init.headers } })

/** A request header the proxy passes on to the app (Next carries them as x-middleware-request-* headers). */
const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`)

describe('proxy', () => {
  it('gives each page request its own nonce, in the response policy and in the policy the app renders with', async () => {
    const first = await proxy(request('/assessment'))
    const second = await proxy(request('/assessment'))
    const nonce = /'nonce-([^']+)'/.exec(first.headers.get('content-security-policy') ?? '')?.[1]
    expect(nonce).toBeDefined()
    expect(forwarded(first, 'x-nonce')).toBe(nonce)
    expect(forwarded(first, 'content-security-policy')).toBe(first.headers.get('content-security-policy'))
    expect(second.headers.get('content-security-policy')).not.toBe(first.headers.get('content-security-policy'))
  })

  it('drops a policy or nonce the client sent, so it cannot choose the nonce Next stamps', async () => {
    const api = await proxy(
      request('/api/health', { headers: { 'content-security-policy': "script-src 'nonce-mine'", 'x-nonce': 'mine' } }),
    )
    expect(forwarded(api, 'content-security-policy')).toBeNull()
    expect(forwarded(api, 'x-nonce')).toBeNull()
    const page = await proxy(
      request('/assessment', { headers: { 'content-security-policy': "script-src 'nonce-mine'" } }),
    )
    expect(forwarded(page, 'content-security-policy')).not.toContain('mine')
  })

  it('gives each request an id, keeps a well-formed one from a proxy in front, and replaces junk', async () => {
    const fresh = await proxy(request('/assessment'))
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(forwarded(fresh, 'x-request-id')).toBe(fresh.headers.get('x-request-id'))
    const kept = await proxy(request('/assessment', { headers: { 'x-request-id': 'lb-7f3a9c01' } }))
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a9c01')
    const junk = await proxy(request('/assessment', { headers: { 'x-request-id': '"},{"event":"forged"}' } }))
    expect(junk.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('adds nothing to a static page read without a nonce: the cached page carries its own hash policy', async () => {
    // Reached only when the request carries a header the matcher lets through (here a request id from a proxy in front).
    const page = await proxy(request('/', { headers: { 'x-request-id': 'lb-7f3a9c01' } }))
    expect(forwarded(page, 'x-nonce')).toBeNull()
    expect(page.headers.get('content-security-policy')).toBeNull()
  })

  it('answers junk sent to a server action with a 4xx and logs it, with no token in the line', async () => {
    const token = 'tGmHI1FHfyGSl7gnJqfQxMZwhDRCWKtHgVTPuBrtQ-8'
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined)
    const response = await proxy(
      request(`/plan/${token}`, {
        method: 'POST',
        body: '["hello"]',
        headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', origin: base },
      }),
    )
    expect(response.status).toBe(415)
    expect(await response.json()).toEqual({
      error: { code: 'unsupported_media_type', message: 'A form must be sent as multipart/form-data.' },
    })
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ event: 'action_rejected', status: 415, path: '/plan/:token' }),
    )
    expect(JSON.stringify(warn.mock.calls)).not.toContain(token)
    warn.mockRestore()
  })

  it('refuses a form posted from another site with a 403 page, and logs the origin', async () => {
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined)
    const body = new FormData()
    body.set(`$ACTION_ID_${actionId}`, '')
    const response = await proxy(
      request('/assessment/background', {
        method: 'POST',
        body,
        headers: { origin: 'https://evil.example', accept: 'text/html' },
      }),
    )
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await response.text()).toContain('This form was sent from another site.')
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ event: 'action_origin_rejected', origin: 'https://evil.example' }),
    )
    warn.mockRestore()
  })

  it('lets a genuine form post through untouched', async () => {
    const body = new FormData()
    body.set(`$ACTION_ID_${actionId}`, '')
    body.set('sectionId', 'background')
    const response = await proxy(request('/assessment/background', { method: 'POST', body, headers: { origin: base } }))
    expect(response.headers.get('x-middleware-next')).toBe('1')
    expect(response.status).toBe(200)
  })
})

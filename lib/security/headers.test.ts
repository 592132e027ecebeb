import { describe, expect, it } from 'vitest'
import { apiPolicy, newNonce, pagePolicy } from './csp'
import { type RouteKind, routeKind, securityHeaders } from './headers'

const headersOf = (pathname: string, { https = false, dev = false } = {}) =>
  Object.fromEntries(securityHeaders({ pathname, nonce: 'N0nce', https, dev }))

describe('routeKind', () => {
  it.each<[string, RouteKind]>([
    ['/', 'page'],
    ['/no-such-page', 'page'],
    ['/assessment', 'questionnaire'],
    ['/assessment/background', 'questionnaire'],
    ['/assessment/check', 'questionnaire'],
    ['/plan/abc', 'owner'],
    ['/plan/abc/delete', 'owner'],
    ['/plan/deleted', 'owner'],
    ['/share/abc', 'share'],
    ['/share/abc/skills', 'share'],
    ['/rate/abc', 'rater'],
    ['/admin', 'admin'],
    ['/admin/content/skills/systems-thinking', 'admin'],
    ['/admin/releases/3/export', 'admin'],
    ['/administrator', 'page'],
    ['/plan/abc/calendar', 'owner'],
    ['/privacy', 'page'],
    ['/rated', 'page'],
    ['/api/plans/abc', 'api-capability'],
    ['/api/assessments', 'api'],
    ['/api/health', 'api'],
    ['/api/questionnaire', 'api'],
    ['/_next/static/chunks/a.js', 'asset'],
    ['/planning', 'page'],
    ['/shared', 'page'],
    ['/assessments', 'page'],
  ])('%s is %s', (pathname, kind) => {
    expect(routeKind(pathname)).toBe(kind)
  })
})

describe('securityHeaders', () => {
  it('gives every page a nonce-based CSP that forbids framing and inline scripts', () => {
    for (const path of ['/', '/assessment/background', '/plan/x', '/rate/x', '/share/x', '/admin', '/privacy', '/x']) {
      const h = headersOf(path)
      expect(h['Content-Security-Policy']).toContain("script-src 'nonce-N0nce' 'strict-dynamic'")
      expect(h['Content-Security-Policy']).toContain("frame-ancestors 'none'")
      expect(h['Content-Security-Policy']).not.toContain('unsafe-inline')
      expect(h['Content-Security-Policy']).not.toContain('unsafe-eval')
      expect(h['Content-Security-Policy']).toContain("style-src 'self' 'nonce-N0nce'")
      expect(h['X-Frame-Options']).toBe('DENY')
      expect(h['X-Content-Type-Options']).toBe('nosniff')
      expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin')
      expect(h['Permissions-Policy']).toContain('camera=()')
    }
  })

  it('refuses to build a page policy without a nonce', () => {
    expect(() => securityHeaders({ pathname: '/', https: false, dev: false })).toThrow(/nonce/)
  })

  it('gives JSON routes a policy that loads nothing, and static files none', () => {
    expect(headersOf('/api/health')['Content-Security-Policy']).toBe(apiPolicy)
    expect(headersOf('/api/plans/x')['Content-Security-Policy']).toBe(apiPolicy)
    expect(headersOf('/_next/static/chunks/a.js')['Content-Security-Policy']).toBeUndefined()
    expect(headersOf('/_next/static/chunks/a.js')['X-Content-Type-Options']).toBe('nosniff')
  })

  it('sends HSTS and upgrades subresources only when the site is HTTPS', () => {
    expect(headersOf('/')['Strict-Transport-Security']).toBeUndefined()
    expect(headersOf('/')['Content-Security-Policy']).not.toContain('upgrade-insecure-requests')
    expect(headersOf('/', { https: true })['Strict-Transport-Security']).toBe('max-age=31536000')
    expect(headersOf('/api/health', { https: true })['Strict-Transport-Security']).toBe('max-age=31536000')
    expect(headersOf('/', { https: true })['Content-Security-Policy']).toContain('upgrade-insecure-requests')
  })

  it('keeps the admin area out of caches and search engines, and its Referer on this site', () => {
    for (const path of ['/admin', '/admin/sign-in', '/admin/audit', '/admin/releases/3/export']) {
      const h = headersOf(path)
      expect(h['Cache-Control']).toBe('private, no-store')
      expect(h['X-Robots-Tag']).toBe('noindex, nofollow')
      expect(h['Referrer-Policy']).toBe('same-origin')
    }
  })

  it('never lets a cache keep a capability page, and keeps Referer and crawlers away from them', () => {
    for (const path of ['/plan/x', '/plan/x/markdown', '/rate/x', '/share/x', '/api/plans/x']) {
      const h = headersOf(path)
      expect(h['Cache-Control']).toBe('private, no-store')
      expect(h['X-Robots-Tag']).toBe('noindex, nofollow')
    }
    expect(headersOf('/share/x')['Referrer-Policy']).toBe('no-referrer')
    expect(headersOf('/api/plans/x')['Referrer-Policy']).toBe('no-referrer')
    // The owner's no-JavaScript forms need an Origin that Next's CSRF check accepts; no-referrer sends `null`.
    expect(headersOf('/plan/x')['Referrer-Policy']).toBe('same-origin')
    expect(headersOf('/rate/x')['Referrer-Policy']).toBe('same-origin')
  })

  it('keeps pages with answers out of every cache and other pages out of shared ones', () => {
    expect(headersOf('/assessment/background')['Cache-Control']).toBe('private, no-store')
    expect(headersOf('/')['Cache-Control']).toBe('private, no-cache')
    expect(headersOf('/')['X-Robots-Tag']).toBeUndefined()
    expect(headersOf('/')['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    // Route handlers choose their own freshness (e.g. the questionnaire is public for five minutes).
    expect(headersOf('/api/questionnaire')['Cache-Control']).toBeUndefined()
  })
})

describe('pagePolicy', () => {
  it('relaxes only what `next dev` needs, only in development', () => {
    const dev = pagePolicy({ nonce: 'n', https: false, dev: true })
    expect(dev).toContain("'unsafe-eval'")
    expect(dev).toMatch(/style-src 'self' 'unsafe-inline'/)
    expect(dev).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  })
})

describe('newNonce', () => {
  it('is 128 random bits, different every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce))
    expect(nonces.size).toBe(1000)
    for (const nonce of [...nonces].slice(0, 10)) expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
  })
})

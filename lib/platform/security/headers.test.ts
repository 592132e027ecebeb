import { describe, expect, it } from 'vitest'
import { apiPolicy, newNonce, pagePolicy, staticPagePolicy } from './csp'
import { needsNonce, type RouteKind, routeKind, securityHeaders } from './headers'

const headersOf = (pathname: string, { https = false, dev = false, method = 'POST' } = {}) =>
  Object.fromEntries(
    securityHeaders({
      pathname,
      nonce: needsNonce(routeKind(pathname), { method, dev }) ? 'N0nce' : undefined,
      https,
      dev,
    }),
  )

describe('routeKind', () => {
  it.each<[string, RouteKind]>([
    ['/', 'static'],
    ['/no-such-page', 'page'],
    ['/admin/invite/abc', 'invite'],
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
    ['/privacy', 'static'],
    ['/privacy/x', 'page'],
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
    expect(() => securityHeaders({ pathname: '/x', https: false, dev: false })).toThrow(/nonce/)
    expect(() => securityHeaders({ pathname: '/', https: false, dev: true })).toThrow(/nonce/)
  })

  it('leaves a static page read with GET to the policy its cached HTML carries, and keeps the rest', () => {
    for (const method of ['GET', 'HEAD']) {
      expect(needsNonce('static', { method, dev: false })).toBe(false)
      const h = headersOf('/', { method })
      expect(h['Content-Security-Policy']).toBeUndefined()
      expect(h['X-Frame-Options']).toBe('DENY')
      expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin')
      expect(h['Cache-Control']).toBe('private, no-cache')
    }
    // Anything else it is asked, and every page under next dev (which caches nothing), gets a nonce as before.
    expect(needsNonce('static', { method: 'POST', dev: false })).toBe(true)
    expect(needsNonce('static', { method: 'GET', dev: true })).toBe(true)
    expect(needsNonce('page', { method: 'GET', dev: false })).toBe(true)
    expect(needsNonce('api', { method: 'GET', dev: false })).toBe(false)
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

  it('sends no Referer at all from an admin invitation, whose token is a one-time credential', () => {
    const h = headersOf('/admin/invite/abc')
    expect(h['Referrer-Policy']).toBe('no-referrer')
    expect(h['Cache-Control']).toBe('private, no-store')
    expect(h['X-Robots-Tag']).toBe('noindex, nofollow')
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
    // The JSON API is never stored, but for the questionnaire, public and revalidated on every use (its ETag).
    expect(headersOf('/api/questionnaire')['Cache-Control']).toBe('public, no-cache')
    expect(headersOf('/api/health')['Cache-Control']).toBe('no-store')
    expect(headersOf('/api/assessments')['Cache-Control']).toBe('no-store')
    expect(headersOf('/_next/static/chunks/a.js')['Cache-Control']).toBeUndefined()
  })
})

describe('staticPagePolicy', () => {
  it('runs only the inline scripts whose hashes it lists, and script files from this site', () => {
    const policy = staticPagePolicy({ hashes: ['AAA=', 'BBB='], https: false, dev: false })
    expect(policy).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB=';")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/)
    expect(policy).toContain("style-src 'self';")
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(policy).toContain(directive)
    }
    expect(staticPagePolicy({ hashes: [], https: true, dev: false })).toContain('upgrade-insecure-requests')
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

import { apiPolicy, pagePolicy } from './csp'

// Every security header the app sends, decided here and nowhere else (proxy.ts applies them to each response).
// Route handlers and pages must not set these themselves.

/**
 * What a URL is, for its headers:
 * - `owner`: the private owner pages (/plan/…) and their downloads, capability links;
 * - `rater`: a rating link's page (/rate/…), a capability link with forms;
 * - `share`: the read-only shared page (/share/…), a capability link;
 * - `api-capability`: the shared plan as JSON (/api/plans/…);
 * - `admin`: the admin area (/admin…), signed-in pages with forms and the content they edit;
 * - `questionnaire`: the assessment pages (/assessment…), which show the visitor's answers;
 * - `api`: the other JSON routes; `asset`: Next's static files; `page`: everything else (landing, 404…).
 */
export type RouteKind =
  | 'owner'
  | 'rater'
  | 'share'
  | 'api-capability'
  | 'admin'
  | 'questionnaire'
  | 'api'
  | 'asset'
  | 'page'

export function routeKind(pathname: string): RouteKind {
  if (pathname.startsWith('/_next/static/')) return 'asset'
  if (pathname === '/plan' || pathname.startsWith('/plan/')) return 'owner'
  if (pathname === '/rate' || pathname.startsWith('/rate/')) return 'rater'
  if (pathname === '/share' || pathname.startsWith('/share/')) return 'share'
  if (pathname.startsWith('/api/plans/')) return 'api-capability'
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api'
  if (pathname === '/assessment' || pathname.startsWith('/assessment/')) return 'questionnaire'
  return 'page'
}

/** HTML documents get a nonce-based CSP; everything else a fixed one (or none, for static files). */
export function isDocument(kind: RouteKind): boolean {
  return kind !== 'api-capability' && kind !== 'api' && kind !== 'asset'
}

// Features the app never uses are switched off, for it and for anything that might ever be embedded in it. Only
// names Chromium recognises: an unknown one makes it log an error on every page.
const permissionsPolicy = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
].join(', ')

// One year; not includeSubDomains or preload: those commit every other host under the domain, which is the
// operator's call, not this app's.
const hsts = 'max-age=31536000'

// Capability links must never be stored by any cache, shared or private: a cache in front of the app could keep
// serving a plan after its link is turned off or the plan deleted. The questionnaire shows the visitor's answers.
// The admin area shows unpublished content and who did what. Other pages carry a per-response nonce, so no shared cache may keep them either.
const cacheControl: Partial<Record<RouteKind, string>> = {
  owner: 'private, no-store',
  rater: 'private, no-store',
  share: 'private, no-store',
  'api-capability': 'private, no-store',
  admin: 'private, no-store',
  questionnaire: 'private, no-store',
  page: 'private, no-cache',
}

// Capability pages send no Referer, so the token in their URL never reaches another site. The owner's and a rater's
// pages send it to their own origin only: under no-referrer Chrome sends `Origin: null` with a form post, and Next's
// server-action CSRF check rightly refuses that, which would break their forms without JavaScript.
const referrerPolicy: Record<RouteKind, string> = {
  owner: 'same-origin',
  rater: 'same-origin',
  share: 'no-referrer',
  'api-capability': 'no-referrer',
  admin: 'same-origin',
  questionnaire: 'strict-origin-when-cross-origin',
  api: 'strict-origin-when-cross-origin',
  asset: 'strict-origin-when-cross-origin',
  page: 'strict-origin-when-cross-origin',
}

const unlisted: ReadonlySet<RouteKind> = new Set(['owner', 'rater', 'share', 'api-capability', 'admin'])

export type HeaderOptions = {
  pathname: string
  /** This response's CSP nonce; required for documents. */
  nonce?: string
  https: boolean
  dev: boolean
}

/** The security headers of one response, in a stable order. */
export function securityHeaders({ pathname, nonce, https, dev }: HeaderOptions): [string, string][] {
  const kind = routeKind(pathname)
  const headers: [string, string][] = [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', referrerPolicy[kind]],
    ['Permissions-Policy', permissionsPolicy],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
  ]
  if (https) headers.push(['Strict-Transport-Security', hsts])
  if (isDocument(kind)) {
    if (!nonce) throw new Error(`a nonce is required for the page ${pathname}`)
    headers.push(
      ['Content-Security-Policy', pagePolicy({ nonce, https, dev })],
      ['X-Frame-Options', 'DENY'],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
    )
  } else if (kind !== 'asset') {
    headers.push(['Content-Security-Policy', apiPolicy], ['X-Frame-Options', 'DENY'])
  }
  if (unlisted.has(kind)) headers.push(['X-Robots-Tag', 'noindex, nofollow'])
  const cache = cacheControl[kind]
  if (cache) headers.push(['Cache-Control', cache])
  return headers
}

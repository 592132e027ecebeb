import { apiPolicy, pagePolicy, staticPagePolicy } from './csp'

// Every HTTP header of policy the app sends — security, caching, indexing, referrer — decided here and nowhere else
// (proxy.ts applies them to each response). Pages and route handlers set none of them, not even as <meta> tags:
// what kind of page a URL is (routeKind) decides them all.

/**
 * What a URL is, for its headers:
 * - `owner`: the private owner pages (/plan/…) and their downloads, capability links;
 * - `rater`: a rating link's page (/rate/…), a capability link with forms;
 * - `share`: the read-only shared page (/share/…), a capability link;
 * - `api-capability`: the shared plan as JSON (/api/plans/…);
 * - `admin`: the admin area (/admin…), signed-in pages with forms and the content they edit;
 * - `questionnaire`: the assessment pages (/assessment…), which show the visitor's answers;
 * - `invite`: an admin invitation's page (/admin/invite/…), a capability link with a password form;
 * - `api`: the other JSON routes; `asset`: Next's static files;
 * - `static`: the pages prerendered at build time and refreshed by the response cache (landing, privacy), whose
 *   inline scripts are the same for every visitor;
 * - `page`: everything else (404…).
 */
export type RouteKind =
  | 'owner'
  | 'invite'
  | 'rater'
  | 'share'
  | 'api-capability'
  | 'admin'
  | 'questionnaire'
  | 'api'
  | 'asset'
  | 'static'
  | 'page'

// The pages `next build` prerenders (its prerender-manifest.json lists them; headers.spec checks the two agree).
export const staticPagePaths = ['/', '/privacy'] as const
const staticPages: ReadonlySet<string> = new Set(staticPagePaths)

export function routeKind(pathname: string): RouteKind {
  if (pathname.startsWith('/_next/static/')) return 'asset'
  if (staticPages.has(pathname)) return 'static'
  if (pathname === '/plan' || pathname.startsWith('/plan/')) return 'owner'
  if (pathname === '/rate' || pathname.startsWith('/rate/')) return 'rater'
  if (pathname === '/share' || pathname.startsWith('/share/')) return 'share'
  if (pathname.startsWith('/api/plans/')) return 'api-capability'
  if (pathname.startsWith('/admin/invite/')) return 'invite'
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api'
  if (pathname === '/assessment' || pathname.startsWith('/assessment/')) return 'questionnaire'
  return 'page'
}

/** HTML documents get a page CSP; everything else a fixed one (or none, for static files). */
export function isDocument(kind: RouteKind): boolean {
  return kind !== 'api-capability' && kind !== 'api' && kind !== 'asset'
}

/**
 * Whether a response needs a fresh nonce: every document but a static page read with GET or HEAD. A static page's
 * inline scripts are the same for every visitor, so its policy lists their hashes instead (staticPagePolicy),
 * attached to the cached page itself when it is rendered: no per-request work, and the hashes always match the
 * HTML they are sent with. `next dev` caches nothing, so there static pages take a nonce like any other.
 */
export function needsNonce(kind: RouteKind, { method, dev }: { method: string; dev: boolean }): boolean {
  if (!isDocument(kind)) return false
  return kind !== 'static' || dev || (method !== 'GET' && method !== 'HEAD')
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
// The JSON API is never kept either, except the questionnaire: it is public and revalidated on every use (its ETag
// answers 304), so a publish changes the questions at once. Static pages are rendered for everyone alike, but they
// reflect a publish within the hour only through this server, so no other cache may keep them either.
const cacheControl: Record<RouteKind, string | undefined> = {
  owner: 'private, no-store',
  invite: 'private, no-store',
  rater: 'private, no-store',
  share: 'private, no-store',
  'api-capability': 'private, no-store',
  admin: 'private, no-store',
  questionnaire: 'private, no-store',
  api: 'no-store',
  asset: undefined,
  static: 'private, no-cache',
  page: 'private, no-cache',
}

const cacheControlOf = (pathname: string, kind: RouteKind) =>
  pathname === '/api/questionnaire' ? 'public, no-cache' : cacheControl[kind]

// Capability pages send no Referer, so the token in their URL never reaches another site. The owner's and a rater's
// pages send it to their own origin only: under no-referrer Chrome sends `Origin: null` with a form post, and Next's
// server-action CSRF check rightly refuses that, which would break their forms without JavaScript. An invitation's
// page sends none at all: its token is a one-time admin credential (it has said so since before this table).
const referrerPolicy: Record<RouteKind, string> = {
  owner: 'same-origin',
  invite: 'no-referrer',
  rater: 'same-origin',
  share: 'no-referrer',
  'api-capability': 'no-referrer',
  admin: 'same-origin',
  questionnaire: 'strict-origin-when-cross-origin',
  api: 'strict-origin-when-cross-origin',
  asset: 'strict-origin-when-cross-origin',
  static: 'strict-origin-when-cross-origin',
  page: 'strict-origin-when-cross-origin',
}

const unlisted: ReadonlySet<RouteKind> = new Set(['owner', 'invite', 'rater', 'share', 'api-capability', 'admin'])

export type HeaderOptions = {
  pathname: string
  /** This response's CSP nonce; required for the documents that need one (needsNonce). */
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
    // A static page read without a nonce has its policy sent with the cached page (staticPageHeaders): a second
    // one would be enforced too, and this one cannot know the hashes.
    if (nonce) headers.push(['Content-Security-Policy', pagePolicy({ nonce, https, dev })])
    else if (kind !== 'static' || dev) throw new Error(`a nonce is required for the page ${pathname}`)
    headers.push(['X-Frame-Options', 'DENY'], ['Cross-Origin-Opener-Policy', 'same-origin'])
  } else if (kind !== 'asset') {
    headers.push(['Content-Security-Policy', apiPolicy], ['X-Frame-Options', 'DENY'])
  }
  if (unlisted.has(kind)) headers.push(['X-Robots-Tag', 'noindex, nofollow'])
  const cache = cacheControlOf(pathname, kind)
  if (cache) headers.push(['Cache-Control', cache])
  return headers
}

/**
 * Every header of a static page, its policy listing the hashes of its inline scripts. They travel with the cached
 * page itself (lib/platform/cache/memory-cache-handler.cjs stores them among its headers, and Next sends a cached page's
 * headers with it), so a page and its hashes are always the pair rendered together, also while it is revalidated;
 * and a plain read of a static page needs no proxy at all (proxy.ts, config). Static pages share one kind, so one set.
 */
export function staticPageHeaders({ hashes, https }: { hashes: string[]; https: boolean }): [string, string][] {
  return [
    ...securityHeaders({ pathname: '/', https, dev: false }),
    ['Content-Security-Policy', staticPagePolicy({ hashes, https, dev: false })],
  ]
}

/** Where the response cache (loaded by Next outside the bundle, so it cannot import this module) finds them. */
const staticHeadersKey = Symbol.for('howtowhy.staticPageHeaders')

/** Hands staticPageHeaders to the response cache; instrumentation.ts calls it once when the server starts. */
export function registerStaticPageHeaders({ https }: { https: boolean }) {
  ;(globalThis as Record<symbol, unknown>)[staticHeadersKey] = (hashes: string[]) =>
    staticPageHeaders({ hashes, https })
}

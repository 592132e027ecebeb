import { type NextRequest, NextResponse } from 'next/server'
import { isDevelopment } from '@/lib/platform/env'
import { logSecurityEvent, REQUEST_ID_HEADER, redactPath } from '@/lib/platform/log'
import { checkActionBody, checkActionOrigin, isPossibleAction } from '@/lib/platform/security/action-gate'
import { newNonce, pagePolicy } from '@/lib/platform/security/csp'
import { isDocument, needsNonce, routeKind, securityHeaders } from '@/lib/platform/security/headers'
import { guardRefusal, type Refusal } from '@/lib/platform/security/refusal'
import { rejectionResponse } from '@/lib/platform/security/rejection'
import { REFUSAL_HEADER } from '@/lib/platform/security/server-guard-settings'
import { extraActionOrigins, siteIsHttps } from '@/lib/platform/security/site'

// Runs before every request (Node.js runtime). It gives the request an id, refuses server-action bodies Next
// would fail on and the requests the server guard marked (lib/platform/security/server-guard.cjs: methods and paths Next
// would answer with a bare 500, oversized bodies), and sets every security header (lib/platform/security/headers.ts). It
// authorizes nothing: pages, actions and route handlers check access themselves.
//
// It does not run for a plain read of a static page (config below): running any proxy at all costs Next about as
// much as serving the page from its cache. Those pages carry their headers with them (staticPageHeaders in
// lib/platform/security/headers.ts), without a request id; anything else sent to them comes through here.

// An id a proxy in front of us already assigned is kept, so log lines can be matched across both; anything that is
// not a short plain token is replaced, so a client cannot put arbitrary text into our logs.
const forwardedId = /^[A-Za-z0-9._-]{8,64}$/

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const incomingId = request.headers.get(REQUEST_ID_HEADER)
  const requestId = incomingId && forwardedId.test(incomingId) ? incomingId : crypto.randomUUID()
  const https = siteIsHttps()
  const dev = isDevelopment()
  const kind = routeKind(pathname)
  const reason = await refusalOf(request, pathname, https)
  // A refusal is a page of our own, with an inline style: it needs a nonce, whatever the URL.
  const nonce =
    needsNonce(kind, { method: request.method, dev }) || (reason && isDocument(kind)) ? newNonce() : undefined
  // A static page read without a nonce brings its headers with it: the same here again would be sent twice.
  const staticRead = kind === 'static' && !nonce
  const headers = staticRead ? [] : securityHeaders({ pathname, nonce, https, dev })

  let response: Response
  if (reason) {
    await logSecurityEvent(
      reason.code === 'action_origin_rejected' ? reason.code : reason.fromGuard ? 'request_refused' : 'action_rejected',
      {
        requestId,
        status: reason.status,
        reason: reason.code,
        path: redactPath(pathname),
        ...(reason.problem ? { problem: reason.problem } : {}),
        ...(reason.code === 'action_origin_rejected'
          ? { origin: (request.headers.get('origin') ?? '').slice(0, 100) }
          : {}),
      },
      'warn',
    )
    // A form posted without JavaScript gets a page; a fetch from the app's own scripts gets JSON.
    const wantsHtml = !request.headers.has('next-action') && (request.headers.get('accept') ?? '').includes('text/html')
    response = rejectionResponse(reason, { html: wantsHtml, nonce })
  } else if (staticRead && isPlainRequest(request.headers)) {
    // Nothing to add to the request of a page rendered for everyone alike, almost always from the cache.
    response = NextResponse.next()
  } else {
    // The request as the app sees it: our id, and the policy Next reads its nonce from (a client's own is dropped).
    const forwarded = new Headers(request.headers)
    forwarded.set(REQUEST_ID_HEADER, requestId)
    forwarded.delete('content-security-policy')
    forwarded.delete('x-nonce')
    if (nonce) {
      forwarded.set('content-security-policy', pagePolicy({ nonce, https, dev }))
      forwarded.set('x-nonce', nonce)
    }
    response = NextResponse.next({ request: { headers: forwarded } })
  }
  for (const [name, value] of headers) response.headers.set(name, value)
  response.headers.set('X-Request-Id', requestId)
  return response
}

/**
 * A request that brings no policy or nonce of its own (which must never reach Next: it would stamp the client's
 * nonce on the page) and whose request id, if any, is ours to keep.
 */
function isPlainRequest(headers: Headers): boolean {
  if (headers.has('content-security-policy') || headers.has('x-nonce')) return false
  const id = headers.get(REQUEST_ID_HEADER)
  return id === null || forwardedId.test(id)
}

type Refused = Refusal & { problem?: string; fromGuard?: boolean }

/** Why this request is answered here with a 4xx, or null to pass it on. */
async function refusalOf(request: NextRequest, pathname: string, https: boolean): Promise<Refused | null> {
  const marked = guardRefusal(request.headers.get(REFUSAL_HEADER))
  if (marked) return { ...marked, fromGuard: true }
  if (!isPossibleAction({ method: request.method, pathname, headers: request.headers })) return null
  return (
    checkActionOrigin(request.headers, { extraHosts: extraActionOrigins(), https }) ?? (await checkActionBody(request))
  )
}

// Every request but a plain read of a static page ('/', '/privacy': headers.ts, staticPages; headers.spec checks the
// lists agree). Next reads this statically, so it is written out: the static pages are left out of the first
// pattern, and come back in whenever a request carries anything this proxy must look at — a body, a server action,
// a refusal marked by the server guard, a policy, nonce or request id of the client's own.
export const config = {
  matcher: [
    '/((?!privacy$).+)',
    { source: '/', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/', has: [{ type: 'header', key: 'transfer-encoding' }] },
    { source: '/', has: [{ type: 'header', key: 'x-howtowhy-refusal' }] },
    { source: '/', has: [{ type: 'header', key: 'content-security-policy' }] },
    { source: '/', has: [{ type: 'header', key: 'x-nonce' }] },
    { source: '/', has: [{ type: 'header', key: 'x-request-id' }] },
    { source: '/privacy', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/privacy', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/privacy', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/privacy', has: [{ type: 'header', key: 'transfer-encoding' }] },
    { source: '/privacy', has: [{ type: 'header', key: 'x-howtowhy-refusal' }] },
    { source: '/privacy', has: [{ type: 'header', key: 'content-security-policy' }] },
    { source: '/privacy', has: [{ type: 'header', key: 'x-nonce' }] },
    { source: '/privacy', has: [{ type: 'header', key: 'x-request-id' }] },
  ],
}

import { type NextRequest, NextResponse } from 'next/server'
import { isDevelopment } from '@/lib/env'
import { logSecurityEvent, REQUEST_ID_HEADER, redactPath } from '@/lib/log'
import { checkActionBody, checkActionOrigin, isPossibleAction } from '@/lib/security/action-gate'
import { newNonce, pagePolicy } from '@/lib/security/csp'
import { needsNonce, routeKind, securityHeaders } from '@/lib/security/headers'
import { guardRefusal, type Refusal } from '@/lib/security/refusal'
import { rejectionResponse } from '@/lib/security/rejection'
import { REFUSAL_HEADER } from '@/lib/security/server-guard-settings'
import { extraActionOrigins, siteIsHttps } from '@/lib/security/site'

// Runs before every request (Node.js runtime). It gives the request an id, refuses server-action bodies Next
// would fail on and the requests the server guard marked (lib/security/server-guard.cjs: methods and paths Next
// would answer with a bare 500, oversized bodies), and sets every security header (lib/security/headers.ts). It
// authorizes nothing: pages, actions and route handlers check access themselves.

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
  const nonce = needsNonce(kind, { method: request.method, dev }) ? newNonce() : undefined
  const headers = securityHeaders({ pathname, nonce, https, dev })

  let response: Response
  const reason = await refusalOf(request, pathname, https)
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
  } else if (kind === 'static' && !nonce && isPlainRequest(request.headers)) {
    // A static page needs nothing added to its request: it is rendered for everyone alike, almost always served
    // from the response cache, and copying the request's headers would cost more than the rest of this function.
    // The response still carries the request id (the app logs nothing per request for these pages).
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

import type { Instrumentation } from 'next'

// Next calls register() once when a server starts (never during `next build`). The Node.js server opens the
// database here, eagerly: it takes the data directory lock before serving, and a held lock stops it at once.
export async function register() {
  // Read directly rather than through lib/platform/env.ts: Next inlines NEXT_RUNTIME per bundle, which keeps the database
  // code out of the edge bundle.
  // biome-ignore lint/style/noProcessEnv: NEXT_RUNTIME is Next's build-time marker, not configuration (see above).
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // The HTTP layer under Next: peer address, refusals, timeouts, connection cap, token-free output
  // (scripts/start.ts preloads it, to cover the requests that arrive before this runs; installing twice is a no-op).
  const { install } = await import('./lib/platform/security/server-guard.cjs')
  const { serverGuardSettings } = await import('./lib/platform/security/server-guard-settings')
  const { getEnv } = await import('./lib/platform/env')
  install(serverGuardSettings(getEnv(), { watchParent: false }))
  const { registerStaticPageHeaders } = await import('./lib/platform/security/headers')
  const { siteIsHttps } = await import('./lib/platform/security/site')
  registerStaticPageHeaders({ https: siteIsHttps() })
  const { openDatabaseForServer } = await import('./lib/server/server-open')
  await openDatabaseForServer()
}

// Every error Next catches while serving (a page, a route handler, an action, the proxy) becomes one JSON log line
// with the request's id; the visitor sees only error.tsx and its digest, which the line also carries.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // biome-ignore lint/style/noProcessEnv: NEXT_RUNTIME is Next's build-time marker, not configuration.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { logServerError, redactPath, REQUEST_ID_HEADER } = await import('./lib/platform/log')
  const id = request.headers[REQUEST_ID_HEADER]
  logServerError(error, {
    requestId: Array.isArray(id) ? id[0] : id,
    method: request.method,
    path: redactPath(request.path),
    route: context.routePath,
    routeType: context.routeType,
  })
}

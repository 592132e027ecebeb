import { isShareTokenLive } from './plan-repo'

// Registered by the server when several instances share one PostgreSQL: before a cached share page is served, the
// link is looked up (one indexed query), so a link turned off or replaced on any instance is dead on all of them
// at once. See revocation-aware-cache-handler.cjs.

const checkKey = Symbol.for('howtowhy.cachedPageStillValid')
// Next's keys look like /route-cache/APP_PAGE/<build hash>/$/share/<token> (and variants for RSC segments).
const sharePage = /\/share\/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/

/** Whether the cached page under this cache key may still be served. */
export async function cachedPageStillValid(key: string): Promise<boolean> {
  const token = sharePage.exec(key)?.[1]
  if (!token) return true
  try {
    return await isShareTokenLive(token)
  } catch {
    // Unknown (the database is down): do not serve a copy that may have been revoked; the page then fails honestly.
    return false
  }
}

export function checkCachedSharePages(): void {
  ;(globalThis as Record<symbol, unknown>)[checkKey] = cachedPageStillValid
}

import { describe, expect, it } from 'vitest'
import { REQUEST_ID_HEADER } from '@/lib/platform/log'
import { routeKind, staticPagePaths } from '@/lib/platform/security/headers'
import { REFUSAL_HEADER } from '@/lib/platform/security/server-guard-settings'
import { config } from '@/proxy'

// Next reads proxy.ts's matcher statically, so it is written out by hand; this keeps it in step with the modules
// that name the static pages and the headers the proxy must see.

type Matcher = string | { source: string; has?: { type: string; key: string }[] }

/** Whether the proxy runs for a GET of `path` carrying exactly these request headers, as Next matches it. */
function runsFor(path: string, headers: string[] = []): boolean {
  return (config.matcher as readonly Matcher[]).some((matcher) => {
    if (typeof matcher === 'string') return new RegExp(`^${matcher}$`).test(path)
    if (matcher.source !== path) return false
    return (matcher.has ?? []).every((condition) => headers.includes(condition.key))
  })
}

describe('the proxy’s matcher', () => {
  it('leaves out a plain read of every static page, and only those', () => {
    for (const path of staticPagePaths) expect(runsFor(path), path).toBe(false)
    for (const path of ['/assessment', '/privacy/x', '/plan/x', '/api/health', '/x', '/_next/static/a.js']) {
      expect(routeKind(path)).not.toBe('static')
      expect(runsFor(path), path).toBe(true)
    }
  })

  it('sends every request the proxy must look at through it, static page or not', () => {
    const mustSee = [
      'next-action',
      'content-type',
      'content-length',
      'transfer-encoding',
      REFUSAL_HEADER,
      'content-security-policy',
      'x-nonce',
      REQUEST_ID_HEADER,
    ]
    for (const path of staticPagePaths) {
      for (const header of mustSee) expect(runsFor(path, [header]), `${path} ${header}`).toBe(true)
    }
  })
})

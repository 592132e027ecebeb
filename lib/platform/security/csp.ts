// The Content-Security-Policy of every page. Scripts run only when they carry this response's nonce (or, on a static
// page, when their text hashes to one the policy lists): Next stamps it
// on its own scripts when it finds the policy on the request (proxy.ts puts it there), and 'strict-dynamic' lets
// those scripts load the chunks they need. No 'unsafe-inline' for scripts or styles: the app has no inline event
// handlers, no inline style attributes and no third-party code. Cached pages are re-stamped with each response's nonce by
// lib/platform/cache/memory-cache-handler.cjs, so caching never makes a nonce predictable.

/** 128 random bits, base64: unguessable per response, as CSP nonces must be. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

export type PagePolicyOptions = {
  nonce: string
  /** The site is served over HTTPS (PUBLIC_URL): also upgrade any http subresource. */
  https: boolean
  /** `next dev`: React's dev build needs eval, and its style injection needs inline styles. */
  dev: boolean
}

/** The policy of an HTML page. */
export function pagePolicy({ nonce, https, dev }: PagePolicyOptions): string {
  return documentPolicy({
    // 'self' is only a fallback for browsers without CSP3; 'strict-dynamic' makes them ignore it.
    scripts: `'nonce-${nonce}' 'strict-dynamic' 'self'${dev ? " 'unsafe-eval'" : ''}`,
    // The nonce lets the few inline styles we write ourselves (the page proxy.ts answers a refused form with) apply.
    styles: `'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    https,
  })
}

function documentPolicy({ scripts, styles, https }: { scripts: string; styles: string; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}`,
    `style-src ${styles}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ]
  return directives.join('; ')
}

/**
 * The policy of a page prerendered for everyone alike (headers.ts, kind `static`): the same as pagePolicy but for
 * scripts. Its inline scripts run only when their exact text hashes to one listed here (the response cache hashes
 * them when it stores the page); Next's own script files load from 'self' — 'strict-dynamic' would refuse them, as
 * they are in the markup without a nonce. 'self' serves no script anyone else can write: user content goes out only
 * as JSON, Markdown or calendar files, with nosniff, which browsers refuse to run. No inline styles are needed: a
 * static page has no refusal page (that is an answer to a form post).
 */
export function staticPagePolicy({ hashes, https, dev }: { hashes: string[]; https: boolean; dev: boolean }): string {
  return documentPolicy({
    scripts: `'self'${hashes.map((hash) => ` 'sha256-${hash}'`).join('')}${dev ? " 'unsafe-eval'" : ''}`,
    styles: `'self'${dev ? " 'unsafe-inline'" : ''}`,
    https,
  })
}

/** The policy of a JSON response: nothing in it may load or run anything, and no site may frame it. */
export const apiPolicy = "default-src 'none'; frame-ancestors 'none'"

/** The nonce in a policy, as Next reads it: the value of the first 'nonce-…' source. */
export function nonceOf(policy: string): string | undefined {
  return /'nonce-([^']+)'/.exec(policy)?.[1]
}

// The Content-Security-Policy of every page. Scripts run only when they carry this response's nonce: Next stamps it
// on its own scripts when it finds the policy on the request (proxy.ts puts it there), and 'strict-dynamic' lets
// those scripts load the chunks they need. No 'unsafe-inline' for scripts or styles: the app has no inline event
// handlers, no inline style attributes and no third-party code. Cached pages are re-stamped with each response's nonce by
// lib/cache/memory-cache-handler.cjs, so caching never makes a nonce predictable.

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
  const directives = [
    "default-src 'self'",
    // 'self' is only a fallback for browsers without CSP3; 'strict-dynamic' makes them ignore it.
    `script-src 'nonce-${nonce}' 'strict-dynamic' 'self'${dev ? " 'unsafe-eval'" : ''}`,
    // The nonce lets the few inline styles we write ourselves (the page proxy.ts answers a refused form with) apply.
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
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

/** The policy of a JSON response: nothing in it may load or run anything, and no site may frame it. */
export const apiPolicy = "default-src 'none'; frame-ancestors 'none'"

/** The nonce in a policy, as Next reads it: the value of the first 'nonce-…' source. */
export function nonceOf(policy: string): string | undefined {
  return /'nonce-([^']+)'/.exec(policy)?.[1]
}

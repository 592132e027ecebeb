import { siteIsHttps } from './site'

// The app's cookies (the draft token, the flash of a failed submit, the retake marker) are httpOnly and same-site
// lax. Over HTTPS they are also Secure and carry a prefix browsers enforce: `__Host-` for cookies on path /, which
// browsers accept only from a secure origin, for the whole host, with no Domain, so a sibling subdomain or a network
// attacker on plain http cannot plant or overwrite them; `__Secure-` for a narrower path (`__Host-` requires
// Path=/), which still refuses any cookie not set over HTTPS. On plain http (the quick start's
// http://localhost:3000) browsers refuse both, so the plain name is used there; an HTTPS site reads only the
// prefixed name, never the plain one a network attacker could set.

type CookieScope = { https?: boolean; path?: string }

export function cookieName(base: string, { https = siteIsHttps(), path = '/' }: CookieScope = {}): string {
  if (!https) return base
  return path === '/' ? `__Host-${base}` : `__Secure-${base}`
}

export function cookieOptions(maxAgeSeconds: number, { https = siteIsHttps(), path = '/' }: CookieScope = {}) {
  return { httpOnly: true, sameSite: 'lax', secure: https, path, maxAge: maxAgeSeconds } as const
}

import { siteIsHttps } from './site'

// The app's cookies (the draft token and the flash of a failed submit) are httpOnly, same-site lax and path /.
// Over HTTPS they are also Secure and named with the `__Host-` prefix, which browsers accept only from a secure
// origin, for the whole host, with no Domain: a sibling subdomain or a network attacker on plain http cannot plant
// or overwrite them. On plain http (the quick start's http://localhost:3000) browsers refuse both, so the plain
// name is used there; an HTTPS site reads only the prefixed name, never the plain one a network attacker could set.

export function cookieName(base: string, https = siteIsHttps()): string {
  return https ? `__Host-${base}` : base
}

export function cookieOptions(maxAgeSeconds: number, https = siteIsHttps()) {
  return { httpOnly: true, sameSite: 'lax', secure: https, path: '/', maxAge: maxAgeSeconds } as const
}

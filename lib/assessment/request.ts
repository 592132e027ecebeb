import { headers } from 'next/headers'
import { getEnv } from '@/lib/env'

/** The site's public origin: PUBLIC_URL when set (behind a proxy), else the request's own host. */
export async function publicOrigin(): Promise<string> {
  const configured = getEnv().publicUrl
  if (configured) return configured
  const h = await headers()
  const proto = h.get('x-forwarded-proto') === 'https' ? 'https' : 'http'
  return `${proto}://${h.get('host') ?? 'localhost'}`
}

/** Cookies get the Secure flag whenever the site is reached over HTTPS. */
export async function isHttps(): Promise<boolean> {
  return (await publicOrigin()).startsWith('https:')
}

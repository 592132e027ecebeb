import 'server-only'
import { headers } from 'next/headers'
import { linkOrigin } from '@/lib/platform/security/origin'
import { originConfig } from '@/lib/platform/security/site'

/**
 * The origin to build the links we show from: PUBLIC_URL when set, else the host the visitor used when it names
 * this server (lib/platform/security/origin.ts), else the server's own default.
 */
export async function publicOrigin(): Promise<string> {
  const h = await headers()
  return linkOrigin(originConfig(), { forwardedHost: h.get('x-forwarded-host'), host: h.get('host') })
}

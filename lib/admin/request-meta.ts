import { headers } from 'next/headers'
import { isHttps } from '@/lib/assessment/request'

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (Next adds the socket address
 * when no proxy set one). Without a proxy in front, a client can choose this value, so the per-IP throttle is a
 * second line only; the per-account limit holds regardless.
 */
export function clientIpFrom(h: Headers): string {
  const forwarded = h.get('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last && last.length <= 64 ? last : 'unknown'
}

export type RequestMeta = { headers: Headers; ip: string; secure: boolean }

export async function requestMeta(): Promise<RequestMeta> {
  const h = await headers()
  return { headers: new Headers(h), ip: clientIpFrom(h), secure: await isHttps() }
}

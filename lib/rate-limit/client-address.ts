import { normalizeAddress } from './address-key.cjs'

// Who a request comes from, for rate limiting. The connection's peer address is recorded in peerHeader by
// lib/security/server-guard.cjs before Next sees the request (Next itself keeps any X-Forwarded-For a client sends
// and hides the peer). Behind N trusted proxies, each appends the address that connected to it, so the client is the
// N-th address counting back from the peer; anything further left was written by the client and proves nothing.

export const peerHeader = 'x-howtowhy-peer'

export { normalizeAddress }

type HeaderSource = { get(name: string): string | null }

export type ClientKeySettings = {
  /** Proxies trusted to append the client's address to X-Forwarded-For (0: the connection's peer is the client). */
  trustProxy: number
  /** How much of an IPv6 address names one client (lib/rate-limit/address-key.cjs). */
  ipv6PrefixBits: number
}

/** The rate-limit key for a request: an IPv4 address, an IPv6 prefix (one subscriber's), or 'unknown'. */
export function clientKey(headers: HeaderSource, { trustProxy, ipv6PrefixBits }: ClientKeySettings): string {
  const peer = headers.get(peerHeader)?.trim() || null
  const forwarded =
    trustProxy > 0
      ? (headers.get('x-forwarded-for') ?? '')
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : []
  // Nearest first: the peer, then what each proxy recorded, right to left.
  const hops = [peer, ...forwarded.reverse()]
  return normalizeAddress(hops[Math.min(trustProxy, hops.length - 1)] ?? null, ipv6PrefixBits) ?? 'unknown'
}

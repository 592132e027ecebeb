import { isIPv4, isIPv6 } from 'node:net'
import { normalizeAddress } from './address-key.cjs'

// Who a request comes from, for rate limiting. The connection's peer address is recorded in peerHeader by
// lib/platform/security/server-guard.cjs before Next sees the request (Next itself keeps any X-Forwarded-For a client sends
// and hides the peer). Behind N trusted proxies, each appends the address that connected to it, so the client is the
// N-th address counting back from the peer; anything further left was written by the client and proves nothing.

export const peerHeader = 'x-howtowhy-peer'

export { normalizeAddress }

type HeaderSource = { get(name: string): string | null }

export type ClientKeySettings = {
  /** Proxies trusted to append the client's address to X-Forwarded-For (0: the connection's peer is the client). */
  trustProxy: number
  /** How much of an IPv6 address names one client (lib/platform/rate-limit/address-key.cjs). */
  ipv6PrefixBits: number
}

/** The client's address as the request carries it: the peer, or the hop TRUST_PROXY proxies recorded. */
function clientHop(headers: HeaderSource, trustProxy: number): string | null {
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
  return hops[Math.min(trustProxy, hops.length - 1)] ?? null
}

/** The rate-limit key for a request: an IPv4 address, an IPv6 prefix (one subscriber's), or 'unknown'. */
export function clientKey(headers: HeaderSource, { trustProxy, ipv6PrefixBits }: ClientKeySettings): string {
  return normalizeAddress(clientHop(headers, trustProxy), ipv6PrefixBits) ?? 'unknown'
}

/**
 * The client's own address, for people to read (the audit log): the same hop as clientKey, but whole — "::1" or
 * "2001:db8::7", not the prefix a limit counts — or 'unknown'.
 */
export function clientAddress(headers: HeaderSource, trustProxy: number): string {
  const address = plainAddress(clientHop(headers, trustProxy))
  if (address === null) return 'unknown'
  if (isIPv4(address)) return address
  // The URL parser writes an IPv6 address in its canonical short form (RFC 5952): lower case, longest zero run "::".
  return new URL(`http://[${address}]/`).hostname.slice(1, -1)
}

/** An address without port, brackets or zone; IPv4-mapped IPv6 as IPv4; null when it is not an IP address. */
function plainAddress(raw: string | null): string | null {
  if (!raw) return null
  let address = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed?.[1]) address = bracketed[1]
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'))
  address = address.replace(/%.*$/, '') // zone index (fe80::1%eth0)
  if (isIPv4(address)) return address
  if (!isIPv6(address)) return null
  return /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1] ?? address
}

import { isIPv4, isIPv6 } from 'node:net'

// Who a request comes from, for rate limiting. The connection's peer address is recorded in peerHeader by
// peer-address-hook.cjs before Next sees the request (Next itself keeps any X-Forwarded-For a client sends and
// hides the peer). Behind N trusted proxies, each appends the address that connected to it, so the client is the
// N-th address counting back from the peer; anything further left was written by the client and proves nothing.

export const peerHeader = 'x-howtowhy-peer'

type HeaderSource = { get(name: string): string | null }

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

/** The rate-limit key for a request: an IPv4 address, an IPv6 /64 (one subscriber's prefix), or 'unknown'. */
export function clientKey(headers: HeaderSource, trustProxy: number): string {
  return normalizeAddress(clientHop(headers, trustProxy)) ?? 'unknown'
}

/**
 * The client's own address, for people to read (the audit log): the same hop as clientKey, but whole — "::1" or
 * "2001:db8::7", not the /64 a limit counts — or 'unknown'.
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

/** An address as a key: ports and brackets dropped, IPv4-mapped IPv6 as IPv4, other IPv6 cut to its /64. */
export function normalizeAddress(raw: string | null): string | null {
  const address = plainAddress(raw)
  if (address === null || isIPv4(address)) return address
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`
}

/** The eight 16-bit groups of a valid IPv6 address, as lowercase hex without leading zeros. */
function expandIPv6(address: string): string[] {
  let text = address.toLowerCase()
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)
  if (v4?.[1]) {
    const [a, b, c, d] = v4[1].split('.').map(Number) as [number, number, number, number]
    text = `${text.slice(0, -v4[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0')
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16))
}

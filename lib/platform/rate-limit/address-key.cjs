// The key a client address is counted under, by the rate limits (lib/platform/rate-limit/client-address.ts) and by the
// per-address connection cap (lib/platform/security/server-guard.cjs, which runs before Next and so cannot load TypeScript:
// hence plain CommonJS, shared by both).
//
// IPv4: the address. IPv6: its first `ipv6PrefixBits` bits (56 by default), since one subscriber holds a whole
// prefix, not one address: counting by /64 gave a /48 holder 65,536 budgets; by /56 it gets 256, while a residential
// line (a /56 or /48 per customer at most ISPs) is one client and a mobile carrier's /64-per-device pools share a
// budget among at most 256 devices. docs/decisions/061-ipv6-clients-by-prefix.md has the trade-off.
const { isIPv4, isIPv6 } = require('node:net')

/** The eight 16-bit groups of a valid IPv6 address, as numbers. */
function ipv6Groups(address) {
  let text = address.toLowerCase()
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)
  if (v4) {
    const [a, b, c, d] = v4[1].split('.').map(Number)
    text = `${text.slice(0, -v4[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0')
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16))
}

/**
 * An address as a key: ports and brackets dropped, IPv4-mapped IPv6 as IPv4, other IPv6 cut to its prefix
 * (`2001:db8:1:200::/56`). Null for anything that is not an address.
 */
function normalizeAddress(raw, ipv6PrefixBits = 56) {
  if (!raw) return null
  let address = String(raw).trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed) address = bracketed[1]
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'))
  address = address.replace(/%.*$/, '') // zone index (fe80::1%eth0)
  if (isIPv4(address)) return address
  if (!isIPv6(address)) return null
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped) return mapped[1]
  const groups = ipv6Groups(address)
  const kept = []
  for (let i = 0; i < 8; i++) {
    const bits = Math.max(0, Math.min(16, ipv6PrefixBits - i * 16))
    if (bits === 0) break
    kept.push((groups[i] & (0xffff << (16 - bits)) & 0xffff).toString(16))
  }
  return `${kept.join(':')}::/${ipv6PrefixBits}`
}

module.exports = { normalizeAddress }

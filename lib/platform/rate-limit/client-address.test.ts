import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clientAddress, clientKey, normalizeAddress, peerHeader } from './client-address'

const headers = (values: Record<string, string>) => new Headers(values)
const proxies = (trustProxy: number) => ({ trustProxy, ipv6PrefixBits: 56 })

describe('clientKey', () => {
  it('uses the connection peer and ignores X-Forwarded-For when no proxy is trusted', () => {
    const h = headers({ [peerHeader]: '198.51.100.7', 'x-forwarded-for': '203.0.113.9' })
    expect(clientKey(h, proxies(0))).toBe('198.51.100.7')
  })

  it.each([
    [1, '203.0.113.9, 192.0.2.1', '192.0.2.1'], // one proxy appended the client it saw; the rest was the client's
    [2, '203.0.113.9, 192.0.2.1, 10.0.0.2', '192.0.2.1'],
    [1, '', '10.0.0.1'], // no header: the peer itself
    [3, '192.0.2.1', '192.0.2.1'], // fewer hops than trusted: the farthest address there is
  ])('behind %i trusted proxies, X-Forwarded-For "%s" → %s', (hops, forwarded, expected) => {
    const h = headers({ [peerHeader]: '10.0.0.1', ...(forwarded ? { 'x-forwarded-for': forwarded } : {}) })
    expect(clientKey(h, proxies(hops))).toBe(expected)
  })

  it('is "unknown" without any address, and for garbage', () => {
    expect(clientKey(headers({}), proxies(0))).toBe('unknown')
    expect(clientKey(headers({ [peerHeader]: '10.0.0.1', 'x-forwarded-for': 'not-an-ip' }), proxies(1))).toBe('unknown')
  })

  it('names the same header as the server guard that sets it', () => {
    const guard = readFileSync(new URL('../security/server-guard.cjs', import.meta.url), 'utf8')
    expect(guard).toContain(`const PEER_HEADER = '${peerHeader}'`)
  })
})

describe('normalizeAddress', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['192.0.2.1:4711', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['[2001:db8::1]:443', '2001:db8:0:0::/56'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:0::/56'],
    ['2001:DB8:1:2ff::ff', '2001:db8:1:200::/56'],
    // One subscriber's /56 is one client, whichever of its 256 /64s the request comes from.
    ['2001:db8:1:2aa:aaaa::1', '2001:db8:1:200::/56'],
    ['2001:db8:1:2bb::1', '2001:db8:1:200::/56'],
    ['2001:db8:1:300::1', '2001:db8:1:300::/56'],
    ['fe80::1%eth0', 'fe80:0:0:0::/56'],
    ['::1', '0:0:0:0::/56'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/56'],
  ])('%s → %s', (raw, key) => {
    expect(normalizeAddress(raw)).toBe(key)
  })

  it.each([
    [48, '2001:db8:1:2aa::1', '2001:db8:1::/48'],
    [64, '2001:db8:1:2aa::1', '2001:db8:1:2aa::/64'],
    [60, '2001:db8:1:2ab::1', '2001:db8:1:2a0::/60'],
  ])('with a /%i prefix, %s → %s', (bits, raw, key) => {
    expect(normalizeAddress(raw, bits)).toBe(key)
  })

  it.each(['', 'localhost', '999.1.1.1', '1.2.3', '2001:db8::g', 'unknown'])('rejects %j', (raw) => {
    expect(normalizeAddress(raw)).toBeNull()
  })
})

describe('clientAddress', () => {
  it.each([
    ['::1', 0, '', '::1'], // the "0:0:0:0::/64" was this: a local browser over IPv6
    ['::ffff:192.0.2.1', 0, '', '192.0.2.1'],
    ['2001:DB8:0:0:0:0:0:7', 0, '', '2001:db8::7'],
    ['[2001:db8::7]:443', 0, '', '2001:db8::7'],
    ['10.0.0.1', 0, '203.0.113.9', '10.0.0.1'], // no trusted proxy: the header proves nothing
    ['10.0.0.1', 1, '203.0.113.9, 2001:db8:1::42', '2001:db8:1::42'], // the client the proxy saw
    ['10.0.0.1', 1, 'not-an-ip', 'unknown'],
  ])('peer %s behind %i proxies, X-Forwarded-For "%s" → %s', (peer, hops, forwarded, expected) => {
    const h = headers({ [peerHeader]: peer, ...(forwarded ? { 'x-forwarded-for': forwarded } : {}) })
    expect(clientAddress(h, hops)).toBe(expected)
  })

  it('is the same client clientKey counts, only whole', () => {
    const h = headers({ [peerHeader]: '2001:db8:1:2:aaaa::1' })
    expect(clientKey(h, proxies(0))).toBe('2001:db8:1:0::/56')
    expect(clientAddress(h, 0)).toBe('2001:db8:1:2:aaaa::1')
  })
})

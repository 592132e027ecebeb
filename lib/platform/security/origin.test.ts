import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/platform/env'
import { isOwnHost, linkOrigin, type OriginConfig, originHost, parseHost } from './origin'
import { buildOriginConfig, extraActionOrigins, siteIsHttps } from './site'

const machine = ['devbox', '192.168.1.20', '[fe80::1]']
const config = (source: Record<string, string> = {}): OriginConfig => buildOriginConfig(parseEnv(source), machine)

describe('linkOrigin', () => {
  const quickStart = config() // listens on every interface, port 3000

  it('uses the host the visitor typed when it names this server', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'devbox:3000', '192.168.1.20:3000']) {
      expect(linkOrigin(quickStart, { forwardedHost: null, host })).toBe(`http://${host}`)
    }
  })

  it('prefers x-forwarded-host, where Next keeps the visitor’s host when it renders an action’s redirect', () => {
    // What the page a server action redirected to sees: Next fetched it from its listening address.
    expect(linkOrigin(quickStart, { forwardedHost: '127.0.0.1:3000', host: 'localhost:3000' })).toBe(
      'http://127.0.0.1:3000',
    )
  })

  it('never builds links from a forged Host or x-forwarded-host', () => {
    for (const forged of ['evil.example', 'evil.example:3000', 'localhost:3001', 'localhost.evil.example:3000']) {
      expect(linkOrigin(quickStart, { forwardedHost: null, host: forged })).toBe('http://localhost:3000')
      expect(linkOrigin(quickStart, { forwardedHost: forged, host: 'evil.example' })).toBe('http://localhost:3000')
    }
    // A forged x-forwarded-host does not hide a genuine Host.
    expect(linkOrigin(quickStart, { forwardedHost: 'evil.example', host: '127.0.0.1:3000' })).toBe(
      'http://127.0.0.1:3000',
    )
    for (const junk of ['', ' ', 'a b', 'localhost:99999', 'user@localhost:3000', 'localhost:3000/x']) {
      expect(linkOrigin(quickStart, { forwardedHost: junk, host: junk })).toBe('http://localhost:3000')
    }
  })

  it('always uses PUBLIC_URL when it is set', () => {
    const behindProxy = config({ PUBLIC_URL: 'https://howtowhy.example' })
    expect(linkOrigin(behindProxy, { forwardedHost: null, host: 'localhost:3000' })).toBe('https://howtowhy.example')
    expect(linkOrigin(behindProxy, { forwardedHost: 'evil.example', host: 'evil.example' })).toBe(
      'https://howtowhy.example',
    )
  })

  it('accepts ALLOWED_HOSTS exactly, and names without a port on the server’s own port', () => {
    const lan = config({ ALLOWED_HOSTS: 'howtowhy.lan, proxy.lan:8080', PORT: '3000' })
    expect(linkOrigin(lan, { forwardedHost: null, host: 'howtowhy.lan:3000' })).toBe('http://howtowhy.lan:3000')
    expect(linkOrigin(lan, { forwardedHost: null, host: 'proxy.lan:8080' })).toBe('http://proxy.lan:8080')
    expect(linkOrigin(lan, { forwardedHost: null, host: 'proxy.lan:3000' })).toBe('http://localhost:3000')
    expect(linkOrigin(lan, { forwardedHost: null, host: 'howtowhy.lan:8080' })).toBe('http://localhost:3000')
  })

  it('narrows the accepted names to the address the server listens on', () => {
    const loopback = config({ HOST: '127.0.0.1', PORT: '3407' })
    expect(linkOrigin(loopback, { forwardedHost: null, host: 'localhost:3407' })).toBe('http://localhost:3407')
    expect(linkOrigin(loopback, { forwardedHost: null, host: '192.168.1.20:3407' })).toBe('http://localhost:3407')
    const one = config({ HOST: '192.168.1.20', PORT: '80' })
    expect(linkOrigin(one, { forwardedHost: null, host: '192.168.1.20' })).toBe('http://192.168.1.20')
    expect(linkOrigin(one, { forwardedHost: null, host: 'devbox' })).toBe('http://192.168.1.20')
  })
})

describe('host parsing', () => {
  it.each([
    ['LocalHost:3000', { name: 'localhost', port: 3000 }],
    ['[::1]:80', { name: '[::1]', port: 80 }],
    ['example.com', { name: 'example.com', port: undefined }],
    ['exa mple.com', undefined],
    ['example.com:0', undefined],
    ['-example.com', undefined],
  ])('parseHost(%j)', (value, expected) => {
    expect(parseHost(value)).toEqual(expected)
  })

  it('reads the host of an Origin header, and nothing from `null` or junk', () => {
    expect(originHost('http://127.0.0.1:3407')).toBe('127.0.0.1:3407')
    expect(originHost('https://howtowhy.example')).toBe('howtowhy.example')
    expect(originHost('null')).toBeUndefined()
    expect(originHost('file:///etc/passwd')).toBeUndefined()
  })

  it('isOwnHost rejects a port the server does not listen on', () => {
    expect(isOwnHost('localhost:3000', config())).toBe(true)
    expect(isOwnHost('localhost', config())).toBe(false)
    expect(isOwnHost('localhost', config({ PORT: '80' }))).toBe(true)
  })
})

describe('the site’s scheme', () => {
  it('is HTTPS only when PUBLIC_URL says so', () => {
    expect(siteIsHttps(parseEnv({}))).toBe(false)
    expect(siteIsHttps(parseEnv({ PUBLIC_URL: 'http://howtowhy.lan' }))).toBe(false)
    expect(siteIsHttps(parseEnv({ PUBLIC_URL: 'https://howtowhy.example' }))).toBe(true)
  })

  it('lets server actions come from PUBLIC_URL’s host and ALLOWED_HOSTS', () => {
    expect(extraActionOrigins(parseEnv({}))).toEqual([])
    expect(
      extraActionOrigins(parseEnv({ PUBLIC_URL: 'https://howtowhy.example', ALLOWED_HOSTS: 'howtowhy.lan:3000' })),
    ).toEqual(['howtowhy.example', 'howtowhy.lan:3000'])
  })
})

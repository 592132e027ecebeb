import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'

type Entry = { value: Record<string, unknown> | null; lastModified: number }
type Handler = {
  get(key: string): Promise<Entry | null>
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>
  revalidateTag(tags: string | string[]): Promise<void>
}
type HandlerClass = {
  new (options?: { _requestHeaders?: Record<string, string> }): Handler
  stats(): { bytes: number; entries: number; maxBytes: number }
  reset(maxBytes?: number): void
}

// Loaded the way Next loads it: plain CommonJS, outside any bundle.
const MemoryCacheHandler = createRequire(import.meta.url)('./memory-cache-handler.cjs') as HandlerClass

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const MB = 1024 * 1024
/** A handler as Next makes one for a request whose CSP nonce (set by proxy.ts) is `nonce`. */
const forRequest = (nonce?: string) =>
  new MemoryCacheHandler(nonce ? { _requestHeaders: { 'x-nonce': nonce } } : { _requestHeaders: {} })

/**
 * A cached shared-plan page shaped like the real ones: ~270 kB of HTML with curly quotes (so V8 keeps it as a
 * two-byte string, as it does the real page), a ~170 kB RSC payload and per-segment payloads, all rendered with
 * `nonce`. Every page differs, as every plan does.
 */
function sharePage(nonce: string, seed: number) {
  const scripts = Array.from(
    { length: 23 },
    (_, i) => `<script nonce="${nonce}">self.__next_f.push([1,"${seed}-${i}"])</script>`,
  )
  const body = Array.from({ length: 2600 }, (_, i) => `<p>Week ${i} of plan ${seed}: talk to a customer’s team.</p>`)
  return {
    kind: 'APP_PAGE',
    html: `<!DOCTYPE html><html><head>${scripts.join('')}</head><body>${body.join('')}</body></html>`,
    rscData: Buffer.alloc(170 * 1024, seed % 251),
    segmentData: new Map([
      ['/_tree', Buffer.alloc(8 * 1024, 1)],
      ['/share/$d$token/__PAGE__', Buffer.alloc(20 * 1024, 2)],
    ]),
    headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/share/[token]/page' },
    status: 200,
    postponed: undefined,
  }
}

/** Bytes this process holds, on the heap and in buffers, after full garbage collections. */
function heldBytes(): number {
  gc()
  gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

afterEach(() => {
  MemoryCacheHandler.reset()
})

describe('the response cache', () => {
  it('holds no more than its byte bound however many pages are cached, measured on the heap', async () => {
    const bound = 16 * MB
    MemoryCacheHandler.reset(bound)
    const before = heldBytes()
    for (let i = 0; i < 200; i++) await forRequest(`nonce-${i}`).set(`/share/${i}`, sharePage(`nonce-${i}`, i))
    const held = heldBytes() - before
    const { bytes, entries } = MemoryCacheHandler.stats()

    // 200 such pages held ~140 MB when the bound was an entry count.
    expect(bytes).toBeLessThanOrEqual(bound)
    expect(held).toBeLessThanOrEqual(bound * 1.15)
    // The accounting is honest: what it counts is what the heap holds, give or take the cache's own bookkeeping.
    expect(held).toBeGreaterThan(bytes * 0.85)
    expect(entries).toBeGreaterThan(10)
    expect(entries).toBeLessThan(200)
    // Least recently used go first.
    expect(await forRequest('n').get('/share/199')).not.toBeNull()
    expect(await forRequest('n').get('/share/0')).toBeNull()
  }, 120_000)

  it('serves a cached page with the nonce of the request it is served to, never the one it was rendered with', async () => {
    await forRequest('R3nder').set('/share/a', sharePage('R3nder', 1))
    const served = await forRequest('V1sit').get('/share/a')
    const html = String(served?.value?.html)
    expect(html).toContain('nonce="V1sit"')
    expect(html).not.toContain('R3nder')
    expect(html.match(/nonce="V1sit"/g)).toHaveLength(23)
    // Another visit, another nonce: the stored copy is not changed by serving it.
    expect(String((await forRequest('Ag4in').get('/share/a'))?.value?.html)).toContain('nonce="Ag4in"')
  })

  it('does not serve a page from the cache when it cannot put the right nonce in', async () => {
    await forRequest('R3nder').set('/share/a', sharePage('R3nder', 1))
    expect(await forRequest().get('/share/a')).toBeNull()
    // A page rendered without this request's nonce is not kept: it could only ever be served broken.
    await forRequest('0ther').set('/share/b', sharePage('R3nder', 2))
    expect(await forRequest('R3nder').get('/share/b')).toBeNull()
  })

  it('keeps a page rendered with no nonce (no proxy in front) for requests with none, never for one with a nonce', async () => {
    const plain = { ...sharePage('x', 3), html: '<html><script>self.__next_f.push([1,"3"])</script></html>' }
    await forRequest().set('/', plain)
    expect((await forRequest().get('/'))?.value?.html).toBe(plain.html)
    // Served to a request with a nonce, its scripts would be refused: Next renders that one afresh.
    expect(await forRequest('N0nce').get('/')).toBeNull()
    // A page carrying some nonce, stored for a request without one, could only be served broken.
    await forRequest().set('/privacy', sharePage('Stale', 4))
    expect(await forRequest().get('/privacy')).toBeNull()
  })

  it('gives a page rendered with no nonce a policy listing the hashes of exactly its inline scripts', async () => {
    const key = Symbol.for('howtowhy.staticPageHeaders')
    const global = globalThis as Record<symbol, unknown>
    global[key] = (hashes: string[]) => [
      ['Content-Security-Policy', `script-src 'self'${hashes.map((h) => ` 'sha256-${h}'`).join('')}`],
      ['X-Frame-Options', 'DENY'],
    ]
    try {
      const inline = [
        'self.__next_f.push([1,"caf\u00e9 – one"])',
        '(self.__next_f=self.__next_f||[]).push([0])',
      ] as const
      const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script><script>${inline[0]}</script></head><body><script>${inline[1]}</script><script>${inline[0]}</script></body></html>`
      const page = { ...sharePage('x', 5), html }
      await forRequest().set('/', page)
      const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')
      const expected = `script-src 'self' 'sha256-${sha(inline[0])}' 'sha256-${sha(inline[1])}'`
      // On the object Next sends this very response from, and on every copy served from the cache.
      expect((page.headers as Record<string, string>)['content-security-policy']).toBe(expected)
      const served = (await forRequest().get('/'))?.value?.headers as Record<string, string> | undefined
      expect(served?.['content-security-policy']).toBe(expected)
      expect(served?.['x-frame-options']).toBe('DENY')
      expect(served?.['x-next-cache-tags']).toContain('_N_T_/layout')
      // A page rendered with a nonce keeps its policy on the request's headers, not in the cache.
      const shared = sharePage('N0nce', 6)
      await forRequest('N0nce').set('/share/a', shared)
      expect(shared.headers).not.toHaveProperty('content-security-policy')
    } finally {
      delete global[key]
    }
  })

  it('keeps route responses and data as they are, counted by their size', async () => {
    const route = { kind: 'APP_ROUTE', body: Buffer.alloc(50_000), status: 200, headers: {} }
    await forRequest().set('/api/questionnaire', route)
    expect((await forRequest('x').get('/api/questionnaire'))?.value).toBe(route)
    expect(MemoryCacheHandler.stats().bytes).toBeGreaterThanOrEqual(50_000)
  })

  it('drops every page carrying a revalidated tag, and only those', async () => {
    await forRequest('n').set('/share/a', sharePage('n', 1))
    await forRequest('n').set('/', {
      ...sharePage('n', 2),
      headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/page' },
    })
    await forRequest('n').revalidateTag(['_N_T_/share/[token]/page'])
    expect(await forRequest('n').get('/share/a')).toBeNull()
    expect(await forRequest('n').get('/')).not.toBeNull()
  })
})

// Next's response cache (the shared-plan pages, the static pages, /api/questionnaire), kept in this process's memory.
//
// Why not Next's default: it also writes every cached page to disk under .next, and a shared plan's URL holds its
// share token; we store tokens only as hashes, so pages keyed by them must never reach the filesystem.
//
// Bounded by bytes, not entries: a shared plan's entry holds ~1 MB (its HTML as a two-byte string, its RSC payload
// and segment data), so a count bound let memory grow with whatever was cached. Least recently used entries go
// first; RESPONSE_CACHE_MB sets the bound (validated with the rest of the configuration in lib/platform/env.ts; this file
// is loaded by Next outside the bundle, so it cannot import that module).
//
// Nonces: every page's Content-Security-Policy carries a fresh nonce (proxy.ts), and Next stamps it on the
// page's scripts while rendering. A cached page would replay the nonce of the request that rendered it, which the
// browser then refuses (the response's policy has a new one), and which would make the nonce predictable. So a
// cached page is stored split at its nonce and joined with the current request's nonce on every hit. A page that
// cannot be re-stamped is not served from the cache: Next renders it afresh.
//
// Static pages (lib/platform/security/headers.ts, kind `static`) are rendered without a nonce: their policy lists the
// hashes of their inline scripts instead. The hashes are taken here, from the HTML being stored, and the page's
// headers — that policy and every other one of its kind — are stored among the page's own headers, which Next sends
// with it: the page and its policy are always the pair rendered together, also while a revalidated page replaces an
// older one, and a plain read of the page needs no proxy (proxy.ts).
const { createHash } = require('node:crypto')
const { LRUCache } = require('lru-cache')

const DEFAULT_MB = 32

function maxBytesFromEnv() {
  // biome-ignore lint/style/noProcessEnv: Next loads this handler by path as plain CommonJS, where lib/platform/env.ts (TypeScript) cannot be required; lib/platform/env.ts validates RESPONSE_CACHE_MB at start, so a bad value has already stopped the app.
  const mb = Number(process.env.RESPONSE_CACHE_MB)
  return (Number.isInteger(mb) && mb > 0 ? mb : DEFAULT_MB) * 1024 * 1024
}

/** Bytes a string takes in V8: one per character when all are Latin-1, else two. */
function stringBytes(value) {
  if (typeof value !== 'string') return 0
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the Latin-1 range starts at U+0000.
  return /[^\u0000-\u00ff]/.test(value) ? value.length * 2 : value.length
}

function bufferBytes(value) {
  return value && typeof value.byteLength === 'number' ? value.byteLength : 0
}

/**
 * What an entry holds in memory, approximately but from above for the parts that matter: the HTML (or its
 * pieces), the RSC payload, per-segment payloads, and anything else serialised. 1 KB covers the entry's own
 * objects, its headers and tags.
 */
function entrySize(entry) {
  const value = entry.value ?? {}
  let bytes = 1024
  if (entry.htmlParts) for (const part of entry.htmlParts) bytes += stringBytes(part)
  bytes += stringBytes(value.html) + bufferBytes(value.rscData) + bufferBytes(value.body)
  if (value.segmentData instanceof Map) {
    for (const [path, data] of value.segmentData) bytes += stringBytes(path) + bufferBytes(data)
  }
  if (value.kind === 'FETCH') bytes += stringBytes(JSON.stringify(value.data ?? null))
  return bytes
}

const nonceAttribute = (nonce) => `nonce="${nonce}"`

// Registered by lib/platform/security/headers.ts (registerStaticPageHeaders) when the server starts.
const staticHeadersKey = Symbol.for('howtowhy.staticPageHeaders')

/** The base64 SHA-256 of every inline script's text, as a CSP hash source names it (in order, without repeats). */
function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(match[1])) continue
    hashes.add(createHash('sha256').update(match[2], 'utf8').digest('base64'))
  }
  return [...hashes]
}

/** Puts a static page's headers, with its hash-based policy, among those of a page rendered without a nonce. */
function withStaticHeaders(data) {
  const headersOf = globalThis[staticHeadersKey]
  if (typeof headersOf !== 'function') return
  const headers = { ...data.headers }
  for (const [name, value] of headersOf(inlineScriptHashes(data.html))) headers[name.toLowerCase()] = value
  // The same object Next is about to send this response from: a fresh render carries them too.
  data.headers = headers
}

/**
 * The entry to store: an HTML page rendered with `nonce` is kept split at it; null when it cannot be re-stamped. A
 * page rendered for a request without a nonce (a static page; or any page with no proxy in front, as in the bench's
 * no-proxy baseline) gets a static page's headers, and is only ever served to requests without one.
 */
function toStored(data, nonce, ctx) {
  const entry = {
    value: data,
    lastModified: Date.now(),
    tags: [...tagsOf(data, ctx)],
    htmlParts: undefined,
    withoutNonce: false,
  }
  if (data?.kind !== 'APP_PAGE' || typeof data.html !== 'string') return entry
  if (!nonce) {
    if (data.html.includes(' nonce=')) return null
    withStaticHeaders(data)
    entry.withoutNonce = true
    return entry
  }
  if (!data.html.includes(nonceAttribute(nonce))) return null
  entry.htmlParts = data.html.split(nonce)
  entry.value = { ...data, html: undefined }
  return entry
}

/** The entry as Next expects it, with this request's nonce in its HTML; null when it cannot have the right one. */
function toServed(entry, nonce) {
  if (entry.withoutNonce) return nonce ? null : entry
  if (!entry.htmlParts) return entry
  if (!nonce) return null
  return { ...entry, value: { ...entry.value, html: entry.htmlParts.join(nonce) } }
}

function tagsOf(data, ctx) {
  const tags = new Set(ctx?.tags ?? [])
  const header = data?.headers?.['x-next-cache-tags']
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag)
  return tags
}

function newStore(maxBytes) {
  // An entry bigger than the whole cache is not kept at all.
  return new LRUCache({ maxSize: maxBytes, sizeCalculation: entrySize })
}

// One store per process: Next makes a handler per request, and they all share it.
let store = newStore(maxBytesFromEnv())

class MemoryCacheHandler {
  constructor(options) {
    // Next passes each request's headers; proxy.ts put this response's nonce in x-nonce.
    const nonce = options?._requestHeaders?.['x-nonce']
    this.nonce = typeof nonce === 'string' && nonce !== '' ? nonce : undefined
  }

  async get(key) {
    const entry = store.get(key)
    return entry ? toServed(entry, this.nonce) : null
  }

  async set(key, data, ctx) {
    const entry = data ? toStored(data, this.nonce, ctx) : null
    if (entry) store.set(key, entry)
    else store.delete(key)
  }

  async revalidateTag(tags) {
    const wanted = new Set([tags].flat())
    const stale = [...store.entries()].filter(([, entry]) => entry.tags.some((tag) => wanted.has(tag)))
    for (const [key] of stale) store.delete(key)
  }

  resetRequestCache() {}

  /** For tests and measurements: the bytes and entries held now. */
  static stats() {
    return { bytes: store.calculatedSize, entries: store.size, maxBytes: store.maxSize }
  }

  /** For tests: start over with an empty store of this size. */
  static reset(maxBytes = maxBytesFromEnv()) {
    store = newStore(maxBytes)
  }
}

MemoryCacheHandler.entrySize = entrySize
MemoryCacheHandler.inlineScriptHashes = inlineScriptHashes
module.exports = MemoryCacheHandler

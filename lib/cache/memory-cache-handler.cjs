// Next's response cache (the shared-plan pages, the static pages, /api/questionnaire), kept in this process's memory.
//
// Why not Next's default: it also writes every cached page to disk under .next, and a shared plan's URL holds its
// share token; we store tokens only as hashes, so pages keyed by them must never reach the filesystem.
//
// Bounded by bytes, not entries: a shared plan's entry holds ~1 MB (its HTML as a two-byte string, its RSC payload
// and segment data), so a count bound let memory grow with whatever was cached. Least recently used entries go
// first; RESPONSE_CACHE_MB sets the bound (validated with the rest of the configuration in lib/env.ts; this file
// is loaded by Next outside the bundle, so it cannot import that module).
//
// Nonces: every page's Content-Security-Policy carries a fresh nonce (proxy.ts), and Next stamps it on the
// page's scripts while rendering. A cached page would replay the nonce of the request that rendered it, which the
// browser then refuses (the response's policy has a new one), and which would make the nonce predictable. So a
// cached page is stored split at its nonce and joined with the current request's nonce on every hit. A page that
// cannot be re-stamped is not served from the cache: Next renders it afresh.
const { LRUCache } = require('lru-cache')

const DEFAULT_MB = 32

function maxBytesFromEnv() {
  // biome-ignore lint/style/noProcessEnv: Next loads this handler by path as plain CommonJS, where lib/env.ts (TypeScript) cannot be required; lib/env.ts validates RESPONSE_CACHE_MB at start, so a bad value has already stopped the app.
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

/**
 * The entry to store: an HTML page rendered with `nonce` is kept split at it; null when it cannot be re-stamped. A
 * page rendered for a request without a nonce (no proxy in front: the bench's no-proxy baseline) is kept as it is,
 * and only ever served to requests without one.
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
module.exports = MemoryCacheHandler

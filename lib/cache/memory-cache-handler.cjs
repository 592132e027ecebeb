// Next's response cache, kept in this process's memory only.
// Why not Next's default: it also writes every cached page to disk under .next, and a shared plan's URL holds its
// share token; we store tokens only as hashes, so pages keyed by them must never reach the filesystem.
// Bounded (LRU by entry count) so probing random tokens cannot grow memory without limit.
const MAX_ENTRIES = 2000

const entries = new Map()
const tagsByKey = new Map()

function tagsOf(data, ctx) {
  const tags = new Set(ctx?.tags ?? [])
  const header = data?.headers?.['x-next-cache-tags']
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag)
  return tags
}

module.exports = class MemoryCacheHandler {
  async get(key) {
    const entry = entries.get(key)
    if (!entry) return null
    // Re-insert to mark as most recently used.
    entries.delete(key)
    entries.set(key, entry)
    return entry
  }

  async set(key, data, ctx) {
    entries.delete(key)
    entries.set(key, { value: data, lastModified: Date.now(), tags: [...tagsOf(data, ctx)] })
    tagsByKey.set(key, tagsOf(data, ctx))
    while (entries.size > MAX_ENTRIES) {
      const oldest = entries.keys().next().value
      entries.delete(oldest)
      tagsByKey.delete(oldest)
    }
  }

  async revalidateTag(tags) {
    const wanted = new Set([tags].flat())
    for (const [key, keyTags] of tagsByKey) {
      for (const tag of keyTags) {
        if (wanted.has(tag)) {
          entries.delete(key)
          tagsByKey.delete(key)
          break
        }
      }
    }
  }

  resetRequestCache() {}
}

// The response cache, with one question asked before a cached page is served: is it still valid? With several
// instances on one PostgreSQL, turning a share link off on one instance drops only that instance's cached copy;
// the others would keep serving theirs. server-open.ts registers the check (one indexed lookup of the share
// link) when the database is shared; without it (the embedded database, one process) this is the plain cache.
const MemoryCacheHandler = require('./memory-cache-handler.cjs')

const checkKey = Symbol.for('howtowhy.cachedPageStillValid')

module.exports = class RevocationAwareCacheHandler extends MemoryCacheHandler {
  async get(key, ...rest) {
    const entry = await super.get(key, ...rest)
    const stillValid = globalThis[checkKey]
    if (!entry || !stillValid) return entry
    // null makes Next render the page afresh (a 404 for a dead link) and store that instead.
    return (await stillValid(key)) ? entry : null
  }
}

import type { Content } from '@/lib/content/schema'
import type { SourceCitation } from '@/lib/scoring/result-schema'

/** Citation lookups for one content object (used through engineIndex). */
export function citationBuilder(content: Content) {
  const sourceById = new Map(content.sources.map((s) => [s.id, s]))
  const order = new Map(content.sources.map((s, i) => [s.id, i]))
  const byArray = new WeakMap<readonly string[], SourceCitation[]>()
  const byKey = new Map<string, SourceCitation[]>()
  const build = (ids: readonly string[]) =>
    Object.freeze(
      [...new Set(ids)]
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .flatMap((id) => {
          const s = sourceById.get(id)
          return s
            ? [Object.freeze({ id: s.id, title: s.title, publisher: s.publisher, ...(s.url ? { url: s.url } : {}) })]
            : []
        }),
    ) as SourceCitation[]
  // Citation lists are built once and shared (frozen) between results, looked up by the identity of the ids array.
  // Callers pass content arrays or module constants, never throwaway arrays, so the WeakMap stays small.
  const citations = (ids: readonly string[]) => {
    let hit = byArray.get(ids)
    if (hit) return hit
    const key = ids.join('|')
    hit = byKey.get(key) ?? build(ids)
    byKey.set(key, hit)
    byArray.set(ids, hit)
    return hit
  }
  // Unions are computed on bitmasks of source positions (one bit per source), cached per list and per mask: a result
  // unions some forty citation lists, and doing it with maps and sorting was a visible share of scoring time.
  const maskOf = new WeakMap<readonly SourceCitation[], number>()
  const byMask = new Map<number, SourceCitation[]>()
  const bit = (id: string) => 2 ** (order.get(id) ?? 0)
  const citationsUnion = (lists: readonly SourceCitation[][]) => {
    if (content.sources.length > 30) {
      const seen = new Map<string, SourceCitation>()
      for (const list of lists) for (const c of list) seen.set(c.id, c)
      return [...seen.values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    }
    let mask = 0
    for (const list of lists) {
      let m = maskOf.get(list)
      if (m === undefined) {
        m = list.reduce((acc, c) => acc | bit(c.id), 0)
        maskOf.set(list, m)
      }
      mask |= m
    }
    let hit = byMask.get(mask)
    if (!hit) {
      hit = Object.freeze(
        content.sources.filter((s) => mask & bit(s.id)).flatMap((s) => citations([s.id])),
      ) as SourceCitation[]
      byMask.set(mask, hit)
    }
    return hit
  }
  return { sourceById, citations, citationsUnion }
}

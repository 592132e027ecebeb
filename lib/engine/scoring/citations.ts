import type { Content } from '@/lib/engine/content/schema'
import type { SourceCitation } from '@/lib/engine/scoring/result-schema'

/** The citations for these source ids, once each, in the content's source order; unknown ids are left out. */
export function citationsFor(content: Content, ids: Iterable<string>): SourceCitation[] {
  const wanted = new Set(ids)
  return content.sources
    .filter((s) => wanted.has(s.id))
    .map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, ...(s.url ? { url: s.url } : {}) }))
}

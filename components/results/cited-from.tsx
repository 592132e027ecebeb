import { Fragment } from 'react'
import type { SourceCitation } from '@/lib/scoring/result-schema'

// Where a claim comes from, in one quiet line: publisher names, each linking to its full entry in the sources list at
// the foot of the page. Full titles on every card drowned the advice on a phone (and tripled the page's weight), so
// they are shown once, in the list. Two articles from one publisher share one name.
export function CitedFrom({ sources }: { sources: SourceCitation[] }) {
  if (sources.length === 0) return null
  const firstByPublisher = new Map<string, SourceCitation>()
  for (const source of sources)
    if (!firstByPublisher.has(source.publisher)) firstByPublisher.set(source.publisher, source)
  return (
    <p className="cite">
      {'From: '}
      {[...firstByPublisher.values()].map((source, index) => (
        <Fragment key={source.publisher}>
          {index > 0 ? '; ' : null}
          <a href={`#source-${source.id}`}>{source.publisher}</a>
        </Fragment>
      ))}
    </p>
  )
}

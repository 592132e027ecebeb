import { Fragment } from 'react'
import type { SourceCitation } from '@/lib/engine/scoring/result-schema'
import { citations } from '@/lib/plans/views/readout-view'

// Where a claim comes from, in one quiet line: publisher names, each linking to its full entry in the sources list at
// the foot of the page. Two articles from one publisher share one name.
export function CitedFrom({ ids, all }: { ids: readonly string[]; all: readonly SourceCitation[] }) {
  const sources = citations(ids, all)
  if (sources.length === 0) return null
  const firstByPublisher = new Map<string, SourceCitation>()
  for (const source of sources)
    if (!firstByPublisher.has(source.publisher)) firstByPublisher.set(source.publisher, source)
  return (
    <p className="cite">
      {'From '}
      {[...firstByPublisher.values()].map((source, index) => (
        <Fragment key={source.publisher}>
          {index > 0 ? '; ' : null}
          <a href={`#source-${source.id}`}>{source.publisher}</a>
        </Fragment>
      ))}
    </p>
  )
}

import type { SourceCitation } from '@/lib/scoring/result-schema'

// Where a claim comes from, in one quiet line: publisher names, each linking to its full entry in the sources list at
// the foot of the page. Full titles on every card drowned the advice on a phone, so they are given to screen readers
// here and shown in full once, in the list. Two articles from one publisher share one name.
export function CitedFrom({ sources, label = 'From' }: { sources: SourceCitation[]; label?: string }) {
  if (sources.length === 0) return null
  const byPublisher = new Map<string, SourceCitation[]>()
  for (const source of sources)
    byPublisher.set(source.publisher, [...(byPublisher.get(source.publisher) ?? []), source])
  return (
    <p className="mt-2 text-sm text-muted">
      {label}:{' '}
      {[...byPublisher].map(([publisher, group], index) => (
        <span key={publisher}>
          {index > 0 ? '; ' : null}
          <a href={`#source-${group[0]?.id}`} className="text-muted hover:text-ink">
            <span className="sr-only">{group.map((source) => source.title).join(' and ')}, </span>
            {publisher}
          </a>
        </span>
      ))}
    </p>
  )
}

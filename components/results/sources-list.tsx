import type { SourceCitation } from '@/lib/scoring/result-schema'

export function SourcesList({ sources }: { sources: SourceCitation[] }) {
  return (
    <section aria-labelledby="sources-title" className="space-y-3">
      <h2 id="sources-title">Sources</h2>
      <p className="text-muted">
        The advice in this readout and plan is drawn from these articles, in our own words. The scores come from your
        answers.
      </p>
      <ul className="space-y-2">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`} className="scroll-mt-4">
            {source.url ? (
              <a href={source.url} rel="noreferrer noopener">
                <cite>{source.title}</cite>
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}{' '}
            <span className="text-muted">— {source.publisher}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

import type { SourceCitation } from '@/lib/engine/scoring/result-schema'

export function SourcesList({ sources }: { sources: readonly SourceCitation[] }) {
  return (
    <details className="fold" id="sources">
      <summary>
        <strong id="sources-title">Sources</strong>
        <span className="text-muted">{` · ${sources.length} cited here`}</span>
      </summary>
      <div>
        <p className="text-sm">
          The advice here is drawn from these sources, in our own words. The scores come from your answers.
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
      </div>
    </details>
  )
}

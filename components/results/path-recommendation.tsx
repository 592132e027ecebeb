import type { PathRecommendation as Path } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

export function PathRecommendation({ path }: { path: Path }) {
  return (
    <section aria-labelledby="path-title" className="space-y-3">
      <h2 id="path-title">{`Your likely path: ${path.name}`}</h2>
      <p>{path.summary}</p>
      {path.why.length > 0 ? (
        <ul className="dots">
          {path.why.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {path.alternatives.length > 0 ? (
        <>
          <h3>Other routes</h3>
          <ul className="space-y-2">
            {path.alternatives.map((alternative) => (
              <li key={alternative.pathId}>
                <strong>{alternative.name}:</strong> {alternative.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <CitedFrom sources={path.sources} />
    </section>
  )
}

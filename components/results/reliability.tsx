import type { AssessmentResult, SourceCitation } from '@/lib/engine/scoring/result-schema'
import { CitedFrom } from './cited-from'

export function Reliability({
  reliability,
  sources,
}: {
  reliability: AssessmentResult['reliability']
  sources: readonly SourceCitation[]
}) {
  return (
    <details className="fold">
      <summary>
        <strong>How far to trust this readout</strong>
      </summary>
      <div>
        <p>{reliability.note}</p>
        <ul className="dots">
          {reliability.improveBy.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <CitedFrom ids={reliability.sources} all={sources} />
      </div>
    </details>
  )
}

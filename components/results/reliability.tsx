import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

export function Reliability({ reliability }: { reliability: AssessmentResult['reliability'] }) {
  return (
    <section aria-labelledby="reliability-title" className="space-y-3">
      <h2 id="reliability-title">How far to trust this</h2>
      <p>{reliability.note}</p>
      {reliability.improveBy.length > 0 ? (
        <>
          <h3>To get a truer picture</h3>
          <ul className="dots">
            {reliability.improveBy.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      <CitedFrom sources={reliability.sources} />
    </section>
  )
}

import type { AssessmentResult, SourceCitation } from '@/lib/engine/scoring/result-schema'
import { CitedFrom } from './cited-from'

const effectWords = { longer: 'Longer', shorter: 'Shorter', neutral: 'Start' } as const

/** The likely path and why, then what sets the window (folded: it is detail, not the answer). */
export function Route({ result, sources }: { result: AssessmentResult; sources: readonly SourceCitation[] }) {
  const { path, window } = result
  return (
    <section aria-labelledby="path-title" className="space-y-3">
      <h2 id="path-title">{`Your route: ${path.name}`}</h2>
      <p>{path.summary}</p>
      <ul className="dots">
        {path.why.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <details className="fold">
        <summary className="font-semibold">What sets the window, and the other routes</summary>
        <div>
          <ul className="text-sm">
            {window.reasons.map((reason) => (
              <li key={reason.text}>
                <strong>{`${effectWords[reason.effect]}: `}</strong>
                {reason.text}
              </li>
            ))}
          </ul>
          <ul className="space-y-2 text-sm">
            {path.alternatives.map((alternative) => (
              <li key={alternative.pathId}>
                <strong>{`${alternative.name}: `}</strong>
                {alternative.why}
              </li>
            ))}
          </ul>
        </div>
      </details>
      <CitedFrom ids={[...path.sources, ...window.sources]} all={sources} />
    </section>
  )
}

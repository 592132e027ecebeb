import type { Strength } from '@/lib/engine/scoring/result-schema'

/** The strongest skills that carry over, each with why and the answers that show it. */
export function Strengths({ strengths }: { strengths: readonly Strength[] }) {
  return (
    <section aria-labelledby="strengths-title" className="space-y-3">
      <h2 id="strengths-title">What carries over</h2>
      {strengths.length === 0 ? (
        <p>
          None of your skills scored as a clear strength yet. That says more about the evidence your answers gave than
          about you: the plan starts with work that builds it.
        </p>
      ) : (
        <ul className="space-y-3">
          {strengths.map((s) => (
            <li key={s.skillId} className="card">
              <h3>
                {`${s.name} `}
                <span className="sub">{`· ${s.score} of 100${s.confidence === 'low' ? ' · tentative' : ''}`}</span>
              </h3>
              <p>{s.why}</p>
              {s.evidence.length > 0 ? (
                <ul className="dots text-sm">
                  {s.evidence.slice(0, 1).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

import type { Strength } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

export function Strengths({ strengths }: { strengths: Strength[] }) {
  return (
    <section aria-labelledby="strengths-title" className="space-y-3">
      <h2 id="strengths-title">What carries over</h2>
      {strengths.length === 0 ? (
        <p>
          None of your skills scored as a clear strength yet. That says more about the evidence your answers gave than
          about you: the plan starts with work that builds it.
        </p>
      ) : (
        <ul className="space-y-4">
          {strengths.map((strength) => (
            <li key={strength.skillId} className="card">
              <h3>
                {`${strength.name} `}
                <span className="sub">{`· ${strength.score} out of 100`}</span>
              </h3>
              <p>{strength.why}</p>
              {strength.evidence.length > 0 ? (
                <>
                  <h4 className="text-sm">The evidence</h4>
                  <ul className="dots text-sm">
                    {strength.evidence.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              <CitedFrom sources={strength.sources} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

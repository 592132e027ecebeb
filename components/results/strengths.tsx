import type { Strength } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

export function Strengths({ strengths }: { strengths: Strength[] }) {
  return (
    <section aria-labelledby="strengths-title" className="space-y-3">
      <h2 id="strengths-title" className="text-xl font-bold">
        What carries over
      </h2>
      {strengths.length === 0 ? (
        <p>
          None of your skills scored as a clear strength yet. That says more about the evidence your answers gave than
          about you: the plan starts with work that builds it.
        </p>
      ) : (
        <ul className="space-y-4">
          {strengths.map((strength) => (
            <li key={strength.skillId} className="rounded-lg border border-line bg-white p-4">
              <h3 className="font-semibold">
                {strength.name} <span className="font-normal text-muted">· {strength.score} out of 100</span>
              </h3>
              <p className="mt-1">{strength.why}</p>
              {strength.evidence.length > 0 ? (
                <>
                  <p className="mt-2 text-sm font-semibold">The answers behind it</p>
                  <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
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

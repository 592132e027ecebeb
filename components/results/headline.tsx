import { plural, weeksAsMonths, weeksRange } from '@/lib/plan-views/format'
import { bestRole, uniqueSources, verdictLabels } from '@/lib/plan-views/readout-view'
import type { AssessmentResult, Verdict } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

const verdictStyles: Record<Verdict['kind'], string> = {
  go: 'border-good text-good',
  'not-now': 'border-warn text-warn',
  'not-for-you': 'border-bad text-bad',
}

const effectWords = { longer: 'Makes it longer', shorter: 'Makes it shorter', neutral: 'Worth knowing' } as const

export function Headline({ result }: { result: AssessmentResult }) {
  const { verdict, readiness, window, path, inputs } = result
  const role = bestRole(result)
  // The engine's summary can open with the verdict's own sentence; don't print it twice in a row.
  const summary = result.headline.startsWith(verdict.headline)
    ? result.headline.slice(verdict.headline.length).trim()
    : result.headline
  const facts = [
    { term: 'Readiness', value: readiness.label, detail: readiness.why },
    { term: 'Best first role', value: role?.name ?? 'No role stands out yet', detail: role?.summary },
    { term: 'Likely path', value: path.name, detail: path.summary },
    {
      term: 'Estimated window',
      value: `${weeksRange(window.minWeeks, window.maxWeeks)} (${weeksAsMonths(window.minWeeks, window.maxWeeks)})`,
      detail: `At ${plural(inputs.hoursPerWeek, 'hour')} a week. ${window.summary}`,
    },
  ]
  return (
    <section aria-labelledby="headline-title" className="card space-y-4 p-5">
      <h2 id="headline-title">The short answer</h2>
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span
          className={`rounded-full border-2 px-3 py-0.5 text-sm font-bold uppercase tracking-wide ${verdictStyles[verdict.kind]}`}
        >
          {verdictLabels[verdict.kind]}
        </span>
        <strong className="text-lg leading-snug">{verdict.headline}</strong>
      </p>
      {summary ? <p>{summary}</p> : null}
      {verdict.why.length > 0 ? (
        <ul className="dots">
          {verdict.why.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <dl className="grid gap-4 sm:grid-cols-2">
        {facts.map((fact) => (
          <div key={fact.term}>
            <dt className="sub font-semibold">{fact.term}</dt>
            <dd className="font-semibold">{fact.value}</dd>
            {fact.detail ? <dd className="text-sm">{fact.detail}</dd> : null}
          </div>
        ))}
      </dl>
      {window.reasons.length > 0 ? (
        <div>
          <h3>What sets the window</h3>
          <ul className="text-sm">
            {window.reasons.map((reason) => (
              <li key={reason.text}>
                <strong>{effectWords[reason.effect]}:</strong> {reason.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <CitedFrom sources={uniqueSources(verdict.sources, window.sources)} />
    </section>
  )
}

import { plural, weeksAsMonths, weeksRange } from '@/lib/plan-views/format'
import { bestRole, verdictLabels } from '@/lib/plan-views/readout-view'
import type { AssessmentResult, SourceCitation, Verdict } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

const verdictStyles: Record<Verdict['kind'], string> = {
  go: 'border-good text-good',
  'not-now': 'border-warn text-warn',
  'not-for-you': 'border-bad text-bad',
}

/** The answer first: the verdict, the one-paragraph summary, and the four facts it rests on. */
export function Headline({ result, sources }: { result: AssessmentResult; sources: readonly SourceCitation[] }) {
  const { verdict, readiness, window, path, inputs } = result
  const role = bestRole(result)
  const facts = [
    { term: 'Readiness', value: readiness.label, detail: readiness.why },
    { term: 'Best first role', value: role?.name ?? 'No role stands out yet', detail: role?.summary },
    { term: 'Likely path', value: path.name, detail: undefined },
    {
      term: 'Estimated window',
      value: `${weeksRange(window.minWeeks, window.maxWeeks)} (${weeksAsMonths(window.minWeeks, window.maxWeeks)})`,
      // The summary opens with the range already shown above; keep only how it compares with the typical window.
      detail: `At ${plural(inputs.hoursPerWeek, 'hour')} a week: ${window.summary.split(': ').slice(1).join(': ') || window.summary}`,
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
      <p>{result.headline}</p>
      {verdict.kind !== 'go' ? (
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
      <CitedFrom ids={[...verdict.sources, ...window.sources]} all={sources} />
    </section>
  )
}

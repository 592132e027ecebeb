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
  return (
    <section aria-labelledby="headline-title" className="space-y-4 rounded-lg border border-line bg-white p-5">
      <h2 id="headline-title" className="text-xl font-bold">
        The short answer
      </h2>
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span
          className={`rounded-full border-2 px-3 py-0.5 text-sm font-bold uppercase tracking-wide ${verdictStyles[verdict.kind]}`}
        >
          {verdictLabels[verdict.kind]}
        </span>
        <strong className="text-lg leading-snug">{verdict.headline}</strong>
      </p>
      <p>{result.headline}</p>
      {verdict.why.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5">
          {verdict.why.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <dl className="grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold text-muted">Readiness</dt>
          <dd className="font-semibold">{readiness.label}</dd>
          <dd className="text-sm">{readiness.why}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">Best first role</dt>
          <dd className="font-semibold">{role ? role.name : 'No role stands out yet'}</dd>
          {role ? <dd className="text-sm">{role.summary}</dd> : null}
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">Likely path</dt>
          <dd className="font-semibold">{path.name}</dd>
          <dd className="text-sm">{path.summary}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">Estimated window</dt>
          <dd className="font-semibold">
            {weeksRange(window.minWeeks, window.maxWeeks)} ({weeksAsMonths(window.minWeeks, window.maxWeeks)})
          </dd>
          <dd className="text-sm">
            At {plural(inputs.hoursPerWeek, 'hour')} a week. {window.summary}
          </dd>
        </div>
      </dl>
      {window.reasons.length > 0 ? (
        <div>
          <h3 className="font-semibold">What sets the window</h3>
          <ul className="mt-1 space-y-1">
            {window.reasons.map((reason) => (
              <li key={reason.text} className="text-sm">
                <span className="font-semibold">{effectWords[reason.effect]}:</span> {reason.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <CitedFrom sources={uniqueSources(verdict.sources, window.sources)} />
    </section>
  )
}

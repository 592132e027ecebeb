import type { Plan } from '@/lib/engine/plan/plan-schema'
import type { AssessmentResult, SourceCitation } from '@/lib/engine/scoring/result-schema'
import { plural } from '@/lib/engine/scoring/text'
import { weeksAsMonths, weeksRange } from '@/lib/plans/views/format'
import { bestRole, type Replanned, VERDICT_TERM, verdictLabels, windowDetail } from '@/lib/plans/views/readout-view'
import { CitedFrom } from './cited-from'

export type { Replanned } from '@/lib/plans/views/readout-view'

/**
 * The answer first: the summary (where you stand, the role and the route), then the facts it rests on, readiness
 * first. The verdict is about motivation, so it is one of those facts, in plain words; a "not now" or "not for you"
 * adds a short, calm box with its reasons, never a badge above the answer.
 */
export function Headline({
  result,
  plan,
  replan,
  sources,
}: {
  result: AssessmentResult
  plan: Plan
  replan?: Replanned | null
  sources: readonly SourceCitation[]
}) {
  const { verdict, readiness, window, path } = result
  const role = bestRole(result)
  const go = verdict.kind === 'go'
  const facts = [
    { term: 'Readiness', value: readiness.label, detail: readiness.why },
    { term: 'Best first role', value: role?.name ?? 'No role stands out yet', detail: role?.summary },
    { term: 'Likely path', value: path.name, detail: undefined },
    {
      term: 'Estimated window',
      value: `${weeksRange(window.minWeeks, window.maxWeeks)} (${weeksAsMonths(window.minWeeks, window.maxWeeks)})`,
      detail: windowDetail(result, plan, replan),
    },
    // "Sound" says it; a caution adds its box below.
    { term: VERDICT_TERM, value: verdictLabels[verdict.kind], detail: undefined },
  ]
  return (
    <section aria-labelledby="headline-title" className="card space-y-4 p-5">
      <h2 id="headline-title">The short answer</h2>
      <p className="text-lg leading-snug">{result.headline}</p>
      <dl className="grid gap-4 sm:grid-cols-2">
        {facts.map((fact) => (
          <div key={fact.term}>
            <dt className="sub font-semibold">{fact.term}</dt>
            <dd className="font-semibold">{fact.value}</dd>
            {fact.detail ? <dd className="text-sm">{fact.detail}</dd> : null}
          </div>
        ))}
      </dl>
      {go ? null : (
        <div className="space-y-2 rounded-md border-l-4 border-warn bg-paper p-3">
          <h3>About your reasons for the move</h3>
          <p>{verdict.headline}</p>
          <VerdictReasons why={verdict.why} />
        </div>
      )}
      <CitedFrom ids={[...verdict.sources, ...window.sources]} all={sources} />
    </section>
  )
}

/** The reasons behind a "not now" or "not for you": the first two and the closing advice on show, the rest folded. */
function VerdictReasons({ why }: { why: readonly string[] }) {
  const advice = why.at(-1)
  const reasons = why.slice(0, -1)
  const shown = reasons.slice(0, 2)
  const more = reasons.slice(2)
  return (
    <>
      <ul className="dots">
        {[...shown, ...(advice ? [advice] : [])].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {more.length > 0 ? (
        <details className="fold">
          <summary className="text-sm font-semibold">{`${plural(more.length, 'more reason')}`}</summary>
          <div>
            <ul className="dots text-sm">
              {more.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
    </>
  )
}

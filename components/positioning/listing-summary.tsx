import type { ListingComparison, PlanStepRef } from '@/lib/engine/listings/compare'
import { plural } from '@/lib/engine/scoring/text'
import { weekSpan } from '@/lib/plans/views/format'

// The short answer first: how much of this listing your evidence covers, the gaps that matter most for it (with
// the plan step for each), what to lead with, and must-have versus stretch by the listing's own words.

export function StepLine({ steps }: { steps: readonly PlanStepRef[] }) {
  const next = steps.find((s) => !s.done)
  if (steps.length === 0) return <span>Not in your plan yet.</span>
  if (!next)
    return <span>{`Your plan’s step “${steps[0]?.title}” is done: retake the assessment to see it count.`}</span>
  return (
    <span>
      In your plan: <strong>{next.title}</strong> ({weekSpan(next.startWeek, next.endWeek)})
    </span>
  )
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole))

export function ListingSummary({ summary }: { summary: ListingComparison['summary'] }) {
  const share = percent(summary.covered, summary.measured)
  return (
    <section aria-labelledby="listing-summary-title" className="card">
      <h2 id="listing-summary-title" className="text-xl font-bold">
        In short
      </h2>
      {summary.measured === 0 ? (
        <p>We found no requirement here that asks for a skill this assessment measures.</p>
      ) : (
        <>
          <p className="text-lg">
            <strong>{`Your evidence covers ${summary.covered} of the ${plural(summary.measured, 'requirement')} we can measure (${share} %)`}</strong>
            {summary.mustMeasured > 0 && summary.mustMeasured < summary.measured
              ? ` — ${summary.mustCovered} of ${summary.mustMeasured} must-haves.`
              : '.'}
          </p>
          <div className="h-3 w-full overflow-hidden rounded-full border border-line bg-paper">
            {/* An SVG width, not an inline style: the Content-Security-Policy allows no inline styles. */}
            <svg aria-hidden="true" className="block h-full w-full" viewBox="0 0 100 1" preserveAspectRatio="none">
              <rect width={share} height="1" className="fill-good" />
            </svg>
          </div>
        </>
      )}
      {summary.topGaps.length > 0 ? (
        <div>
          <h3 className="font-semibold">The gaps that matter most for this listing</h3>
          <ol className="dots list-decimal">
            {summary.topGaps.map((gap) => (
              <li key={gap.skillId}>
                <strong>{gap.name}</strong>
                {` — asked ${gap.mentions === 1 ? 'once' : `${gap.mentions} times`}${gap.mustMentions > 0 ? `, ${gap.mustMentions === gap.mentions ? 'always' : gap.mustMentions} as a must-have` : ', as a nice-to-have'}. `}
                <StepLine steps={gap.steps} />
              </li>
            ))}
          </ol>
        </div>
      ) : summary.measured > 0 ? (
        <p>No gaps: every skill this listing asks for is one your answers show.</p>
      ) : null}
      {summary.leadWith.length > 0 ? (
        <p>
          <strong>Lead with: </strong>
          {summary.leadWith.map((s) => s.name).join(', ')} — the listing asks for{' '}
          {summary.leadWith.length === 1 ? 'it' : 'them'} and your answers show{' '}
          {summary.leadWith.length === 1 ? 'it' : 'them'}.
        </p>
      ) : null}
      <p className="sub">
        {`By its own words the listing has ${plural(summary.must, 'must-have')} and ${plural(summary.nice, 'nice-to-have')} (stretch)`}
        {summary.notMeasured > 0
          ? `; ${summary.notMeasured === 1 ? 'one line asks' : `${summary.notMeasured} lines ask`} for things this assessment does not measure.`
          : '.'}
      </p>
    </section>
  )
}

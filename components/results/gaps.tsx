import type { Plan } from '@/lib/engine/plan/plan-schema'
import type { Gap } from '@/lib/engine/scoring/result-schema'
import { weekSpan } from '@/lib/plans/views/format'
import { actionAnchor, actionsForGap } from '@/lib/plans/views/readout-view'

/** The gaps to close first, each with why and the step in the plan that closes it. */
export function Gaps({ gaps, plan }: { gaps: readonly Gap[]; plan: Plan }) {
  return (
    <section aria-labelledby="gaps-title" className="space-y-3">
      <h2 id="gaps-title">What to work on first</h2>
      {gaps.length === 0 ? (
        <p>No skill scored as a real gap. The plan spends its time on positioning yourself and making the move.</p>
      ) : (
        <ol className="space-y-3">
          {gaps.map((gap) => {
            const step = actionsForGap(plan, gap.skillId)[0]
            return (
              <li key={gap.skillId} className="card">
                <h3>
                  {`${gap.rank}. ${gap.name} `}
                  <span className="sub">{`· ${gap.score} of 100${gap.confidence === 'low' ? ' · tentative' : ''}`}</span>
                </h3>
                <p>{gap.why}</p>
                <p className="text-sm">
                  {step ? (
                    <>
                      <strong>In your plan: </strong>
                      <a href={`#${actionAnchor(step.actionId)}`}>{step.title}</a>
                      {` (${weekSpan(step.startWeek, step.endWeek)})`}
                    </>
                  ) : (
                    'No step in your plan aims at this one within your hours; keep it in view.'
                  )}
                </p>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}

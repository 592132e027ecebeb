import type { Plan } from '@/lib/plan/plan-schema'
import { planActionsForGap } from '@/lib/plan-views/readout-view'
import type { Gap } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

export function Gaps({ gaps, plan }: { gaps: Gap[]; plan: Plan }) {
  const ranked = [...gaps].sort((a, b) => a.rank - b.rank)
  return (
    <section aria-labelledby="gaps-title" className="space-y-3">
      <h2 id="gaps-title">Gaps to close, most important first</h2>
      {ranked.length === 0 ? (
        <p>No skill scored as a real gap. The plan spends its time on positioning yourself and making the move.</p>
      ) : (
        <ol className="space-y-4">
          {ranked.map((gap) => {
            const actions = planActionsForGap(plan, gap.skillId)
            return (
              <li key={gap.skillId} className="card">
                <h3>
                  {`${gap.rank}. ${gap.name} `}
                  <span className="sub">{`· ${gap.score} out of 100`}</span>
                </h3>
                <p>{gap.why}</p>
                {gap.forRoles.length > 0 ? (
                  <p className="text-sm">
                    <strong>Matters most for:</strong> {gap.forRoles.join(', ')}
                  </p>
                ) : null}
                {actions.length > 0 ? (
                  <>
                    <h4 className="text-sm">What in your plan closes it</h4>
                    <ul className="dots text-sm">
                      {actions.map((action) => (
                        <li key={action.actionId}>
                          <a href={`#${action.anchor}`}>{action.title}</a>
                          {` (from week ${action.week})`}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="text-sm">
                    Your plan has no action aimed at this one within the hours you gave; it is worth keeping in view.
                  </p>
                )}
                <CitedFrom sources={gap.sources} />
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}

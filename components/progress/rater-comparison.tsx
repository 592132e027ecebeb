import type { Comparison } from '@/lib/raters/compare'

const flagText = { 'blind-spot': 'Blind spot?', 'hidden-strength': 'Hidden strength?' } as const

// Self beside others, per skill. One or two raters are shown each on their own (as “Rater 1”, “Rater 2” unless they
// signed); from three on, only the average.
export function RaterComparison({ comparison }: { comparison: Comparison }) {
  const { skills, aggregateOnly, raterCount } = comparison
  if (skills.length === 0) return <p>No rater has answered an item yet.</p>
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <strong>Blind spot?</strong> You rate yourself well above how others see you. <strong>Hidden strength?</strong>{' '}
        Others see more there than you do.
      </p>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">
          Your view beside your raters’ view, per skill (0–100, on the items they answered)
        </caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">
              Skill
            </th>
            <th scope="col" className="py-2 pr-3">
              You
            </th>
            <th scope="col" className="py-2">
              {aggregateOnly ? `Others (average of ${raterCount})` : 'Others'}
            </th>
          </tr>
        </thead>
        <tbody>
          {skills.map((s) => (
            <tr key={s.skillId} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3">
                {s.name}
                <span className="block text-sm font-normal text-muted">{`${s.items} item${s.items === 1 ? '' : 's'}`}</span>
                {s.flag ? <span className="block text-warn">{flagText[s.flag]}</span> : null}
              </th>
              <td className="py-2 pr-3">{s.self}</td>
              <td className="py-2">
                {aggregateOnly || s.raters.length === 1 ? (
                  s.others
                ) : (
                  <ul className="whitespace-nowrap">
                    {s.raters.map((r) => (
                      <li key={r.index}>{`${r.signature ?? `Rater ${r.index + 1}`}: ${r.score}`}</li>
                    ))}
                    <li className="text-muted">{`Average: ${s.others}`}</li>
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import type { Comparison } from '@/lib/raters/compare'

const flagText = {
  'blind-spot': 'Possible blind spot: you rate yourself well above how others see you.',
  'hidden-strength': 'Possible hidden strength: others see more here than you do.',
} as const

// Self beside others, per skill. One or two raters are shown each on their own (as “Rater 1”, “Rater 2” unless they
// signed); from three on, only the average.
export function RaterComparison({ comparison }: { comparison: Comparison }) {
  const { skills, aggregateOnly, raterCount } = comparison
  if (skills.length === 0) return <p>No rater has answered an item yet.</p>
  return (
    <div className="space-y-3">
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
            <th scope="col" className="py-2 pr-3">
              {aggregateOnly ? `Others (average of ${raterCount})` : 'Others'}
            </th>
            <th scope="col" className="py-2">
              What it may mean
            </th>
          </tr>
        </thead>
        <tbody>
          {skills.map((s) => (
            <tr key={s.skillId} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3">
                {s.name}
                <span className="block text-sm font-normal text-muted">{`${s.items} item${s.items === 1 ? '' : 's'}`}</span>
              </th>
              <td className="py-2 pr-3">{s.self}</td>
              <td className="py-2 pr-3">
                {aggregateOnly || s.raters.length === 1 ? (
                  s.others
                ) : (
                  <ul>
                    {s.raters.map((r) => (
                      <li key={r.index}>{`${r.signature ?? `Rater ${r.index + 1}`}: ${r.score}`}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className={`py-2 ${s.flag ? 'font-semibold' : 'text-muted'}`}>
                {s.flag ? flagText[s.flag] : 'Close to how you see it.'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

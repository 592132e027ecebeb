import type { Agreement, Comparison } from '@/lib/plans/raters/compare'

const flagText = { 'blind-spot': 'Blind spot?', 'hidden-strength': 'Hidden strength?' } as const

const kinds = [
  ['more', 'more'],
  ['same', 'the same'],
  ['less', 'less'],
] as const

/**
 * The others' answers against the owner's, question by question, in words: "More on 2 of 3 questions, the same on
 * 1", "The same on all 3 questions", "Less on 1 question" (a figure, not "the one question": several skills of one
 * question each repeated that phrase down the table).
 */
export function agreementWords(a: Agreement): string {
  const total = a.more + a.same + a.less
  const parts = kinds.filter(([k]) => a[k] > 0)
  const said =
    total === 1
      ? `${parts[0]?.[1] ?? 'the same'} on 1 question`
      : parts.length === 1
        ? `${parts[0]?.[1]} on all ${total} questions`
        : parts.map(([k, words], i) => `${words} on ${a[k]}${i === 0 ? ` of ${total} questions` : ''}`).join(', ')
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}`
}

const raterName = (r: { signature: string | null; index: number }) => r.signature ?? `Rater ${r.index + 1}`

// Self beside others. The readout's score is the one score per skill: a rater's answers never change it. What the
// raters add is said in words — on the questions they answered, did they see more, the same or less than the owner
// described — so it cannot read as a second, competing score. One or two raters are shown each on their own (as
// “Rater 1”, “Rater 2” unless they signed), with their answers beside the owner's; from three on, only all of them
// together.
export function RaterComparison({
  comparison,
  scores,
}: {
  comparison: Comparison
  /** The readout's score per skill id. */
  scores: ReadonlyMap<string, number>
}) {
  const { skills, items, aggregateOnly, raterCount } = comparison
  if (skills.length === 0) return <p>No rater has answered an item yet.</p>
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <strong>Blind spot?</strong> You described more than others saw. <strong>Hidden strength?</strong> Others saw
        more than you described.
      </p>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">
          Per skill: your readout’s score, and what your raters saw compared with your own answers to the same questions
        </caption>
        <thead>
          <tr className="border-b border-line align-bottom">
            <th scope="col" className="py-2 pr-3">
              Skill
            </th>
            <th scope="col" className="py-2 pr-3">
              Your readout
            </th>
            <th scope="col" className="py-2">
              {aggregateOnly
                ? `What your ${raterCount} raters saw, against your answers to the same questions`
                : 'What they saw, against your answers to the same questions'}
            </th>
          </tr>
        </thead>
        <tbody>
          {skills.map((s) => (
            <tr key={s.skillId} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3">
                {s.name}
                {s.flag ? <span className="block text-warn">{flagText[s.flag]}</span> : null}
              </th>
              <td className="py-2 pr-3">{scores.get(s.skillId) ?? '—'}</td>
              <td className="py-2 text-sm">
                {aggregateOnly || s.raters.length <= 1 ? (
                  <p>{agreementWords(s.agreement)}</p>
                ) : (
                  <ul>
                    {s.raters.map((r) => (
                      <li key={r.index}>{`${raterName(r)}: ${agreementWords(r.agreement).toLowerCase()}`}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {aggregateOnly ? null : (
        <details className="rounded-md border border-line bg-white">
          <summary className="cursor-pointer px-4 py-3 font-semibold">Their answers beside yours</summary>
          <ul className="space-y-2 border-t border-line px-4 py-3 text-sm">
            {items.map((item) => (
              <li key={item.questionId}>
                <strong>{item.label}</strong>
                <span className="block">{`You: ${item.self ?? 'no answer'}`}</span>
                {item.raters.map((r) => (
                  <span key={r.index} className="block">{`${raterName(r)}: ${r.answer}`}</span>
                ))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

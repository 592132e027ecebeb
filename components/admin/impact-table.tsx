import Link from 'next/link'
import { signed } from '@/lib/knowledge/store/field-words'
import { type Cause, DIMENSION_WORDS, DIMENSIONS, type ImpactRow, itemWords } from '@/lib/knowledge/store/impact'

// The impact preview's rows, each explained: what changed in the readout, which scores moved, and why — which of
// the set's answers touch each edited item, and what that item alone does to the readout.

function CauseLine({ cause, only }: { cause: Cause; only: boolean }) {
  const href = `/admin/content/${cause.collection}/${encodeURIComponent(cause.itemId)}`
  return (
    <li className="space-y-1">
      <p>
        <Link href={href} className="font-semibold">
          {itemWords(cause).replace(/^./, (c) => c.toUpperCase())}
        </Link>
        {cause.kind === 'changed' ? '' : ` (${cause.kind})`}
      </p>
      {cause.answers.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {cause.answers.map((a) => (
            <li key={a.question}>
              Answered {a.answer} to “{a.question}”{a.notes.length > 0 ? `: ${a.notes.join('; ')}.` : '.'}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">None of these answers names it; it changes how the answers are read.</p>
      )}
      <p className="text-sm">
        {only && cause.measured
          ? 'It is the draft’s only edit: everything above comes from it.'
          : cause.measured
            ? cause.alone.length > 0
              ? `On its own, this change moves: ${cause.alone.join('; ')}.`
              : 'On its own, this change moves nothing here; it counts together with the other edits.'
            : 'It cannot be measured on its own (it needs another of the draft’s edits, such as a new item it names).'}
      </p>
    </li>
  )
}

export function ImpactCard({ row, edits }: { row: ImpactRow; edits: number }) {
  const changed = row.changed.length > 0
  return (
    <li className={`space-y-2 rounded-md border bg-white p-4 ${changed ? 'border-l-8 border-warn' : 'border-line'}`}>
      <h3 className="font-bold">
        {row.id}
        <span className="ml-2 text-sm font-normal text-muted">{row.kind === 'persona' ? row.label : ''}</span>
      </h3>
      {row.problem ? <p className="text-sm font-semibold">{row.problem}</p> : null}
      {row.before && row.after && changed ? (
        <table className="w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">What changes in the readout of {row.id}</caption>
          <thead>
            <tr>
              <th scope="col" className="w-1/4 border-b border-line p-2 text-left">
                Changes
              </th>
              <th scope="col" className="border-b border-line p-2 text-left">
                Published
              </th>
              <th scope="col" className="border-b border-line p-2 text-left">
                Draft
              </th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.filter((d) => row.changed.includes(d)).map((d) => (
              <tr key={d} className="align-top">
                <th scope="row" className="border-b border-line p-2 text-left">
                  {DIMENSION_WORDS[d]}
                </th>
                <td className="border-b border-line p-2 break-words">{row.before?.[d]}</td>
                <td className="border-b border-line bg-amber-50 p-2 break-words">{row.after?.[d]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {row.skillMoves.length > 0 ? (
        <p className="text-sm">
          <span className="font-semibold">Scores that moved:</span>{' '}
          {row.skillMoves
            .slice(0, 5)
            .map((m) => `${m.name} ${m.before} → ${m.after} (${signed(m.after - m.before)})`)
            .join('; ')}
          {row.skillMoves.length > 5 ? `; and ${row.skillMoves.length - 5} more` : ''}.
        </p>
      ) : null}
      {row.causes.length > 0 ? (
        <div className="space-y-1">
          <h4 className="text-sm font-semibold">Why</h4>
          <ul className="space-y-3">
            {row.causes.map((c) => (
              <CauseLine key={`${c.collection}/${c.itemId}`} cause={c} only={edits === 1} />
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  )
}

/** Sets whose readout changed, open; sets whose scores alone moved, and unchanged sets, folded. */
export function ImpactRows({
  rows,
  empty,
  edits,
}: {
  rows: readonly ImpactRow[]
  empty: string
  /** How many items the draft edits (with one, its effect alone is the whole change). */
  edits: number
}) {
  const changed = rows.filter((r) => r.changed.length > 0)
  const scoresOnly = rows.filter((r) => r.changed.length === 0 && r.skillMoves.length > 0)
  const same = rows.filter((r) => r.changed.length === 0 && r.skillMoves.length === 0 && !r.problem)
  return (
    <div className="space-y-3">
      {changed.length > 0 ? (
        <ol className="space-y-4">
          {changed.map((r) => (
            <ImpactCard key={r.id} row={r} edits={edits} />
          ))}
        </ol>
      ) : (
        <p>{empty}</p>
      )}
      {scoresOnly.length > 0 ? (
        <details className="rounded-md border border-line bg-white p-3">
          <summary className="cursor-pointer font-semibold">
            {scoresOnly.length} more: scores moved, readout the same
          </summary>
          <ol className="mt-3 space-y-3">
            {scoresOnly.map((r) => (
              <ImpactCard key={r.id} row={r} edits={edits} />
            ))}
          </ol>
        </details>
      ) : null}
      {same.length > 0 ? (
        <details className="rounded-md border border-line bg-white p-3">
          <summary className="cursor-pointer font-semibold">{same.length} unchanged</summary>
          <p className="mt-2 text-sm">{same.map((r) => (r.kind === 'persona' ? r.id : r.label)).join(', ')}.</p>
        </details>
      ) : null}
    </div>
  )
}

import { DIMENSION_WORDS, DIMENSIONS, type ImpactRow } from '@/lib/content-store/impact'

/** One answer set per block: each dimension before and after, the changed ones marked. */
export function ImpactTable({ rows, empty = 'Nothing to show.' }: { rows: readonly ImpactRow[]; empty?: string }) {
  if (rows.length === 0) return <p>{empty}</p>
  return (
    <ol className="space-y-4">
      {rows.map((r) => (
        <li
          key={r.id}
          className={`rounded-md border bg-white p-4 ${r.changed.length > 0 ? 'border-l-8 border-warn' : 'border-line'}`}
        >
          <h3 className="font-bold">
            {r.id}
            <span className="ml-2 text-sm font-normal text-muted">{r.kind === 'persona' ? r.label : ''}</span>
          </h3>
          <p className="text-sm font-semibold">
            {r.problem ??
              (r.changed.length === 0
                ? 'No change'
                : `Changes: ${r.changed.map((d) => DIMENSION_WORDS[d]).join(', ')}`)}
          </p>
          {r.before && r.after ? (
            <table className="mt-2 w-full table-fixed border-collapse text-sm">
              <caption className="sr-only">Readout of {r.id} under the published release and under the draft</caption>
              <thead>
                <tr>
                  <th scope="col" className="w-1/4 border-b border-line p-2 text-left">
                    &nbsp;<span className="sr-only">What</span>
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
                {DIMENSIONS.map((d) => {
                  const changed = r.changed.includes(d)
                  return (
                    <tr key={d} className={`align-top ${changed ? 'bg-amber-50 font-semibold' : ''}`}>
                      <th scope="row" className="border-b border-line p-2 text-left">
                        {DIMENSION_WORDS[d]}
                        {changed ? <span className="sr-only"> (changed)</span> : null}
                      </th>
                      <td className="border-b border-line p-2 break-words">{r.before?.[d]}</td>
                      <td className="border-b border-line p-2 break-words">{r.after?.[d]}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

import { isRawRecord, type Raw, type RawRecord } from '@/lib/admin/forms/fields'
import type { Choices } from '@/lib/admin/forms/item-schemas'

// "Which skills does each answer move, and by how much": one row per option (or number band), one column per skill
// that any of them moves, each cell the signed weight. Drawn from the form's current values, so after a failed save
// it shows what the admin typed.

const text = (v: Raw | undefined) => (typeof v === 'string' ? v : '')
const list = (v: Raw | undefined) => (Array.isArray(v) ? (v as Raw[]).filter(isRawRecord) : [])

function cellStyle(weight: number): string {
  if (weight >= 2) return 'bg-green-200 text-green-950 font-bold'
  if (weight > 0) return 'bg-green-100 text-green-950'
  if (weight <= -2) return 'bg-red-200 text-red-950 font-bold'
  if (weight < 0) return 'bg-red-100 text-red-950'
  return ''
}

export function OptionMatrix({ values, choices }: { values: RawRecord; choices: Choices }) {
  const answers = values.kind === 'number' ? list(values.bands) : list(values.options)
  const rows = answers.map((a, i) => ({
    label:
      values.kind === 'number' ? `${text(a.min)}–${text(a.max)}` : text(a.label) || text(a.id) || `Option ${i + 1}`,
    weights: new Map(list(a.skills).map((s) => [text(s.skillId), Number(text(s.weight).replace('−', '-'))])),
  }))
  const skillIds = [...new Set(rows.flatMap((r) => [...r.weights.keys()]))].filter(Boolean)
  const name = (id: string) => choices.skills.find((c) => c.value === id)?.label ?? id
  if (skillIds.length === 0) return <p className="text-muted">No answer to this question moves a skill.</p>
  return (
    // A wide table scrolls sideways on a phone; keyboard users must be able to focus it to scroll (axe's
    // scrollable-region-focusable rule).
    <section
      className="overflow-x-auto rounded-md border border-line bg-white"
      aria-labelledby="matrix-caption"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
      tabIndex={0}
    >
      <table className="min-w-full border-collapse text-sm">
        <caption id="matrix-caption" className="p-3 text-left font-semibold">
          Skills each answer moves (weight −3 to +3)
        </caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-line p-2 text-left">
              Answer
            </th>
            {skillIds.map((id) => (
              <th key={id} scope="col" className="border-b border-line p-2 text-left font-semibold">
                {name(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are the options in form order
            <tr key={i}>
              <th scope="row" className="border-b border-line p-2 text-left font-normal">
                {r.label}
              </th>
              {skillIds.map((id) => {
                const w = r.weights.get(id)
                const known = w !== undefined && Number.isFinite(w)
                return (
                  <td
                    key={id}
                    className={`border-b border-line p-2 text-center tabular-nums ${known ? cellStyle(w) : 'text-muted'}`}
                  >
                    {known ? (w > 0 ? `+${w}` : String(w).replace('-', '−')) : '·'}
                    {known ? null : <span className="sr-only">no effect</span>}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

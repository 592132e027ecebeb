import type { ListingComparison } from '@/lib/engine/listings/compare'

// Listings side by side: for each skill any of them asks for, how often each asks (and whether as a must-have), and
// where you stand on it; then each listing's coverage. A table, scrolled sideways on a phone.

export type ComparedListing = { id: string; name: string; comparison: ListingComparison }

type Row = {
  skillId: string
  name: string
  status: 'evidence' | 'gap'
  score: number
  asks: { mentions: number; must: number }[]
  weight: number
}

function rows(listings: readonly ComparedListing[]): Row[] {
  const bySkill = new Map<string, Row>()
  listings.forEach((listing, column) => {
    for (const line of listing.comparison.lines) {
      for (const s of line.standings) {
        const row = bySkill.get(s.skillId) ?? {
          skillId: s.skillId,
          name: s.name,
          status: s.status,
          score: s.score,
          asks: listings.map(() => ({ mentions: 0, must: 0 })),
          weight: 0,
        }
        const cell = row.asks[column]
        if (cell) {
          cell.mentions += 1
          if (line.strength === 'must') cell.must += 1
        }
        row.weight += line.strength === 'must' ? 2 : 1
        bySkill.set(s.skillId, row)
      }
    }
  })
  return [...bySkill.values()].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
}

const askedText = (cell: { mentions: number; must: number }) =>
  cell.mentions === 0
    ? '—'
    : `${cell.mentions === 1 ? 'once' : `${cell.mentions}×`}${cell.must > 0 ? (cell.must === cell.mentions ? ', must-have' : `, ${cell.must} must`) : ', nice'}`

export function ListingCompare({ listings }: { listings: readonly ComparedListing[] }) {
  const table = rows(listings)
  return (
    // Scrolls sideways on a phone; keyboard users must be able to focus it to scroll (axe's
    // scrollable-region-focusable rule).
    <section
      aria-labelledby="compare-table-caption"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-line bg-white"
    >
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption id="compare-table-caption" className="p-3 text-left font-semibold">
          What each listing asks for, and where you stand
        </caption>
        <thead>
          <tr className="border-b border-line bg-paper">
            <th scope="col" className="p-2 text-left">
              Skill
            </th>
            <th scope="col" className="p-2 text-left">
              You
            </th>
            {listings.map((l) => (
              <th key={l.id} scope="col" className="max-w-48 p-2 text-left break-words">
                {l.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-line">
            <th scope="row" className="p-2 text-left">
              Your evidence covers
            </th>
            <td className="p-2" />
            {listings.map((l) => (
              <td key={l.id} className="p-2 font-semibold">
                {`${l.comparison.summary.covered} of ${l.comparison.summary.measured}`}
              </td>
            ))}
          </tr>
          {table.map((row) => (
            <tr key={row.skillId} className="border-b border-line">
              <th scope="row" className="p-2 text-left font-normal">
                {row.name}
              </th>
              <td className="p-2">{row.status === 'evidence' ? `✓ shown (${row.score})` : `gap (${row.score})`}</td>
              {row.asks.map((cell, i) => (
                <td key={listings[i]?.id} className="p-2">
                  {askedText(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

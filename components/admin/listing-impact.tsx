import type { Rates } from '@/lib/engine/listings/lexicon-impact'
import type { ListingImpact } from '@/lib/knowledge/editor/impact-preview'

const pct = (x: number) => `${(100 * x).toFixed(1)} %`
const arrow = (before: string, after: string) => (before === after ? before : `${before} → ${after}`)

function RatesCells({ before, after }: { before: Rates; after: Rates }) {
  return (
    <>
      <td className="p-2 tabular-nums">{arrow(pct(before.precision), pct(after.precision))}</td>
      <td className="p-2 tabular-nums">{arrow(pct(before.recall), pct(after.recall))}</td>
      <td className="p-2 tabular-nums">{arrow(String(before.tagged), String(after.tagged))}</td>
    </>
  )
}

/**
 * What a lexicon edit does to job listings: the hand-tagged listings read with the published lexicon and with the
 * draft's — precision and recall against a coach's tags, lines tagged, per skill — and the lines whose tags change.
 */
export function ListingImpactSection({ impact }: { impact: ListingImpact }) {
  if (impact === null) return null
  return (
    <section aria-labelledby="listings-title" className="space-y-3 rounded-md border border-line bg-white p-4">
      <h2 id="listings-title" className="text-xl font-bold">
        Job listings read with the draft’s lexicon
      </h2>
      {impact === 'no-corpus' ? (
        <p>
          The draft changes the job-listing lexicon, but the hand-tagged listings (tests/fixtures/listings) are not on
          this server, so its effect cannot be measured here. Run <code>npx vitest run lib/engine/listings</code> on a
          copy of the repository with the draft exported.
        </p>
      ) : (
        <>
          <p>
            {`The ${impact.listings} hand-tagged listings the lexicon is tuned on, read with the published lexicon and with the draft. Precision: of the lines tagged with a skill, how many a careful coach tagged so. Recall: of the lines the coach tagged, how many the lexicon finds. The target is 80 % for both.`}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Precision, recall and lines tagged, published → draft</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="p-2">
                    Skill
                  </th>
                  <th scope="col" className="p-2">
                    Precision
                  </th>
                  <th scope="col" className="p-2">
                    Recall
                  </th>
                  <th scope="col" className="p-2">
                    Lines tagged
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr className="border-b border-line font-semibold">
                  <th scope="row" className="p-2">
                    All skills
                  </th>
                  <RatesCells before={impact.overall.before} after={impact.overall.after} />
                </tr>
                {impact.skills.map((s) => (
                  <tr key={s.skillId} className="border-b border-line">
                    <th scope="row" className="p-2 font-normal">
                      {s.name}
                    </th>
                    <RatesCells before={s.before} after={s.after} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {impact.skills.length === 0 ? <p>No skill’s figures move.</p> : null}
          <h3 className="text-lg font-bold">{`Lines whose tags change (${impact.lines.length + impact.moreLines})`}</h3>
          {impact.lines.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul className="space-y-2">
              {impact.lines.map((line) => (
                <li key={`${line.file}:${line.text}`} className="rounded-md bg-paper p-2 text-sm">
                  <span className="block break-words">{line.text}</span>
                  <span className="block text-muted">
                    {line.file}
                    {line.added.map((a) => ` · + ${a.name} (“${a.words.join('”, “')}”)`).join('')}
                    {line.removed.map((r) => ` · − ${r.name}`).join('')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {impact.moreLines > 0 ? <p className="text-muted">{`And ${impact.moreLines} more.`}</p> : null}
        </>
      )}
    </section>
  )
}

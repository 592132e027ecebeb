import type { Flag, SourceCitation } from '@/lib/engine/scoring/result-schema'
import { CitedFrom } from './cited-from'

// Over-confidence can be flagged for many skills at once; past one of a kind, or two in all, the rest fold into one
// "more" block so the readout stays short and the other flags are not buried. All stay one keypress away.
const SHOWN_PER_KIND = 1
const SHOWN = 2

// The flags are the part of the readout most worth reading twice, so they sit right under the answer, with a plain
// framing line: they are things to weigh, not marks against anyone.
export function HonestFlags({ flags, sources }: { flags: readonly Flag[]; sources: readonly SourceCitation[] }) {
  if (flags.length === 0) return null
  const ordered = [...flags].sort((a, b) => Number(b.severity === 'warning') - Number(a.severity === 'warning'))
  const shown: Flag[] = []
  const folded: Flag[] = []
  const seenPerKind = new Map<Flag['kind'], number>()
  for (const flag of ordered) {
    const seen = seenPerKind.get(flag.kind) ?? 0
    seenPerKind.set(flag.kind, seen + 1)
    ;(seen < SHOWN_PER_KIND && shown.length < SHOWN ? shown : folded).push(flag)
  }
  return (
    <section aria-labelledby="flags-title" className="space-y-3 rounded-lg border-l-8 border-warn bg-white p-5">
      <h2 id="flags-title">Worth weighing honestly</h2>
      <FlagList flags={shown} sources={sources} />
      {folded.length > 0 ? (
        <details className="fold">
          <summary className="font-semibold">{foldedLabel(folded)}</summary>
          <div>
            <FlagList flags={folded} sources={sources} />
          </div>
        </details>
      ) : null}
    </section>
  )
}

function foldedLabel(folded: Flag[]): string {
  if (folded.every((flag) => flag.kind === 'over-confidence'))
    return folded.length === 1
      ? '1 more skill where your self-rating is ahead of what you have done'
      : `${folded.length} more skills where your self-rating is ahead of what you have done`
  return `${folded.length} more to weigh`
}

function FlagList({ flags, sources }: { flags: Flag[]; sources: readonly SourceCitation[] }) {
  return (
    <ul className="space-y-4">
      {flags.map((flag) => (
        <li key={`${flag.kind}-${flag.skillId ?? ''}-${flag.title}`} className="space-y-1">
          <h3>{flag.title}</h3>
          <p>{flag.message}</p>
          <CitedFrom ids={flag.sources} all={sources} />
        </li>
      ))}
    </ul>
  )
}

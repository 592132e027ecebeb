import type { Flag } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

// Over-confidence can be flagged for many skills at once; past this many, the rest fold into one "more" block so the
// other flags are not buried. All of them stay one keypress away.
const SHOWN_PER_KIND = 2

// The flags are the part of the readout most worth reading twice, so they sit right under the headline, in a
// bordered box, with a plain framing line: they are things to weigh, not marks against anyone.
export function HonestFlags({ flags }: { flags: Flag[] }) {
  if (flags.length === 0) return null
  const ordered = [...flags].sort((a, b) => Number(b.severity === 'warning') - Number(a.severity === 'warning'))
  // "Important" only means something when some flags are not.
  const mixed = new Set(flags.map((flag) => flag.severity)).size > 1
  const shown: Flag[] = []
  const folded: Flag[] = []
  const seenPerKind = new Map<Flag['kind'], number>()
  for (const flag of ordered) {
    const seen = seenPerKind.get(flag.kind) ?? 0
    seenPerKind.set(flag.kind, seen + 1)
    ;(seen < SHOWN_PER_KIND ? shown : folded).push(flag)
  }
  return (
    <section aria-labelledby="flags-title" className="space-y-3 rounded-lg border-l-8 border-warn bg-white p-5">
      <h2 id="flags-title">Worth weighing honestly</h2>
      <p>
        These are not marks against you. They are places where your answers pull in different directions, or where the
        move might not give you what you want. Read them before the plan.
      </p>
      <FlagList flags={shown} markWarnings={mixed} />
      {folded.length > 0 ? (
        <details className="fold">
          <summary className="font-semibold">{foldedLabel(folded)}</summary>
          <div>
            <FlagList flags={folded} markWarnings={mixed} />
          </div>
        </details>
      ) : null}
    </section>
  )
}

function foldedLabel(folded: Flag[]): string {
  const allOverConfidence = folded.every((flag) => flag.kind === 'over-confidence')
  if (allOverConfidence) {
    return folded.length === 1
      ? '1 more skill where your self-rating is ahead of your evidence'
      : `${folded.length} more skills where your self-rating is ahead of your evidence`
  }
  return `${folded.length} more to weigh`
}

function FlagList({ flags, markWarnings }: { flags: Flag[]; markWarnings: boolean }) {
  return (
    <ul className="space-y-4">
      {flags.map((flag) => (
        <li key={`${flag.kind}-${flag.skillId ?? ''}-${flag.title}`} className="space-y-1">
          <h3>
            {markWarnings && flag.severity === 'warning' ? <span className="text-warn">Important: </span> : null}
            {flag.title}
          </h3>
          <p>{flag.message}</p>
          <CitedFrom sources={flag.sources} />
        </li>
      ))}
    </ul>
  )
}

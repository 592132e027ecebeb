import type { ComparedLine } from '@/lib/engine/listings/compare'
import { StepLine } from './listing-summary'

// Every requirement line, grouped: where your answers show what it asks, where there is a gap (and the plan step
// that covers it), and what this assessment does not measure. Each tag can say which words made it (detail on demand).

function Strength({ line }: { line: ComparedLine }) {
  return line.strength === 'must' ? (
    <span className="rounded border border-ink px-1.5 text-xs font-semibold">Must-have</span>
  ) : (
    <span className="rounded border border-line px-1.5 text-xs text-muted">Nice to have</span>
  )
}

function WhyTagged({ line }: { line: ComparedLine }) {
  if (line.tags.length === 0 && line.notMeasured.length === 0) return null
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-accent underline">Why these skills</summary>
      <ul className="dots mt-1">
        {line.tags.map((tag) => {
          const name = line.standings.find((s) => s.skillId === tag.skillId)?.name ?? tag.skillId
          return <li key={tag.skillId}>{`${tag.words.map((w) => `“${w}”`).join(', ')} → ${name}`}</li>
        })}
        {line.notMeasured.map((u) => (
          <li key={u.id}>{`${u.words.map((w) => `“${w}”`).join(', ')} → ${u.label} (not measured)`}</li>
        ))}
      </ul>
    </details>
  )
}

function LineItem({ line }: { line: ComparedLine }) {
  const shown = line.standings.filter((s) => s.status === 'evidence')
  const gaps = line.standings.filter((s) => s.status === 'gap')
  return (
    <li className="card">
      <p className="flex flex-wrap items-start gap-2">
        <Strength line={line} />
        <span className="min-w-0 flex-1 break-words">{line.text}</span>
      </p>
      {gaps.map((s) => (
        <p key={s.skillId} className="text-sm">
          <strong>{`Gap: ${s.name}`}</strong>
          {` (${s.score} of 100). `}
          <StepLine steps={s.steps} />
        </p>
      ))}
      {shown.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer">
            <strong>{`✓ ${shown.map((s) => `${s.name} (${s.score})`).join(', ')}`}</strong>
            <span className="text-accent underline"> — what in your answers shows it</span>
          </summary>
          {shown.map((s) => (
            <div key={s.skillId} className="mt-1">
              <p className="font-semibold">{s.name}</p>
              {s.evidence.length > 0 ? (
                <ul className="dots">
                  {s.evidence.map((e) => (
                    <li key={e.questionId}>{e.reason}</li>
                  ))}
                </ul>
              ) : (
                <p className="sub">Engineers usually bring this; none of your answers shows it directly yet.</p>
              )}
            </div>
          ))}
        </details>
      ) : null}
      {line.notMeasured.map((u) => (
        <p key={u.id} className="text-sm">
          <strong>{`Not measured: ${u.label}.`}</strong> {u.explanation}
        </p>
      ))}
      {line.status === 'not-measured' && line.notMeasured.length === 0 ? (
        <p className="sub">This line names no skill this assessment measures.</p>
      ) : null}
      <WhyTagged line={line} />
    </li>
  )
}

export function ListingLines({ lines: all }: { lines: readonly ComparedLine[] }) {
  // A listing can repeat a line word for word: its place in the listing keeps each one apart.
  const lines = all.map((line, place) => ({ ...line, key: `line-${place}` }))
  const groups = [
    { id: 'gaps', title: 'Gaps to close', lines: lines.filter((l) => l.status === 'gap') },
    { id: 'evidence', title: 'Where you have evidence', lines: lines.filter((l) => l.status === 'evidence') },
    {
      id: 'not-measured',
      title: 'Not something this assessment measures',
      lines: lines.filter((l) => l.status === 'not-measured'),
    },
  ]
  return (
    <>
      {groups.map((group) =>
        group.lines.length === 0 ? null : (
          <section key={group.id} aria-labelledby={`listing-${group.id}-title`} className="space-y-3">
            <h2 id={`listing-${group.id}-title`} className="text-xl font-bold">
              {`${group.title} (${group.lines.length})`}
            </h2>
            <ul className="space-y-3">
              {group.lines.map((line) => (
                <LineItem key={line.key} line={line} />
              ))}
            </ul>
          </section>
        ),
      )}
    </>
  )
}

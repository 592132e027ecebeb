import type { StoryCheck } from '@/lib/engine/stories/checklist'

// The checklist beside a story draft: each part ticked or, when missing, what to add. Text marks (✓ / →), not colour
// alone, so it reads the same in any contrast and when printed.
export function StoryChecklist({ check, id = 'checklist' }: { check: StoryCheck; id?: string }) {
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`} className="scroll-mt-4 text-xl font-bold">
        Checklist
      </h2>
      <p className="font-semibold">
        {check.passes
          ? 'This story has every part an interviewer listens for.'
          : `${check.missing === 1 ? 'One part' : `${check.missing} parts`} to add before it’s ready.`}
      </p>
      <ul className="space-y-1">
        {check.items.map((item) => (
          <li key={item.id} className="flex gap-2">
            <span aria-hidden="true" className={item.ok ? 'text-good' : 'text-warn'}>
              {item.ok ? '✓' : '→'}
            </span>
            <span>
              <span className="sr-only">{item.ok ? 'Done: ' : item.optional ? 'Worth adding: ' : 'To add: '}</span>
              {item.ok ? item.label : item.hint}
              {!item.ok && item.optional ? <span className="sub"> (if you have one)</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

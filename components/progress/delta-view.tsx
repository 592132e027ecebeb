import type { Delta, SkillDelta } from '@/lib/plans/retakes/delta'
import { VERDICT_TERM, verdictLabels } from '@/lib/plans/views/readout-view'

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0')
const score = (n: number | null) => (n === null ? '—' : String(n))

function Movement({ skill, raisedBy }: { skill: SkillDelta; raisedBy: ReadonlyMap<string, string[]> }) {
  const total = (skill.after ?? 0) - (skill.before ?? 0)
  return (
    <li className="space-y-2 rounded-md border border-line bg-white p-4">
      <h3 className="text-lg font-semibold">
        {skill.name}: {score(skill.before)} → {score(skill.after)} <span className="text-muted">({signed(total)})</span>
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Your answers changed</dt>
        <dd>{signed(skill.fromAnswers)} points</dd>
        <dt className="font-semibold">The model changed</dt>
        <dd>{signed(skill.fromModel)} points</dd>
      </dl>
      {skill.changedAnswers.length > 0 ? (
        <ul className="dots text-sm">
          {skill.changedAnswers.map((c) => (
            <li key={c.questionId}>
              {c.prompt} <strong>{c.before === null ? '(not asked before)' : `“${c.before}”`}</strong> →{' '}
              <strong>{c.after === null ? '(no answer)' : `“${c.after}”`}</strong>
              {raisedBy.has(c.questionId) ? (
                <span className="block text-good">
                  {`Counted from the step${(raisedBy.get(c.questionId)?.length ?? 0) > 1 ? 's' : ''} you finished: ${raisedBy
                    .get(c.questionId)
                    ?.map((t) => `“${t}”`)
                    .join(', ')}.`}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}

type Props = {
  delta: Delta
  sameModel: boolean
  exact: boolean
  /** Answers raised by steps finished in the earlier plan (the content's `whenDone`), with those steps' titles. */
  raisedBy: ReadonlyMap<string, string[]>
}

export function DeltaView({ delta, sameModel, exact, raisedBy }: Props) {
  const moved = delta.skills.filter((s) => s.before !== s.after || s.fromAnswers !== 0 || s.fromModel !== 0)
  const still = delta.skills.filter((s) => !moved.includes(s))
  const rows = [
    { label: 'Readiness', ...delta.readiness },
    {
      label: VERDICT_TERM,
      before: verdictLabels[delta.verdict.before],
      after: verdictLabels[delta.verdict.after],
    },
    { label: 'Best first role', ...delta.bestRole },
    { label: 'Path', ...delta.path },
    { label: 'Window', ...delta.window },
  ]
  return (
    <div className="space-y-8">
      <section aria-labelledby="overall-title" className="space-y-3">
        <h2 id="overall-title" className="text-2xl font-bold">
          The readout, before and after
        </h2>
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">
                <span className="sr-only">What</span>
              </th>
              <th scope="col" className="py-2 pr-4">
                Before
              </th>
              <th scope="col" className="py-2">
                After
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-b border-line">
                <th scope="row" className="py-2 pr-4">
                  {row.label}
                </th>
                <td className="py-2 pr-4">{row.before}</td>
                <td className={`py-2 ${row.before !== row.after ? 'font-semibold' : ''}`}>{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <details className="rounded-md border border-line bg-white p-3">
          <summary className="cursor-pointer font-semibold">Role fit, every role</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {delta.roles.map((r) => (
              <li key={r.roleId}>
                {r.name}: {score(r.before)} → {score(r.after)}
              </li>
            ))}
          </ul>
        </details>
      </section>
      <section aria-labelledby="skills-title" className="space-y-3">
        <h2 id="skills-title" className="text-2xl font-bold">
          Skill by skill: why it moved
        </h2>
        <p>
          Each movement is split in two. <strong>Your answers changed</strong>: your new answers against your old ones,
          both scored by today’s model. <strong>The model changed</strong>: the rest — what the content and scoring now
          make of the same answers. The two add up to the movement shown.
          {sameModel ? ' Both assessments used the same model, so every movement here comes from your answers.' : ''}
        </p>
        {!exact ? (
          <p className="text-sm text-muted">
            The content release your new plan was made with is no longer stored, so today’s content stood in for it.
          </p>
        ) : null}
        {delta.bridged.length > 0 ? (
          <p className="text-sm text-muted">
            {delta.bridged.length} question{delta.bridged.length === 1 ? ' was' : 's were'} new or changed since your
            last assessment; your new answer stands in for the old one there, so that part counts as the model changing.
          </p>
        ) : null}
        {moved.length > 0 ? (
          <ul className="space-y-3">
            {moved.map((s) => (
              <Movement key={s.skillId} skill={s} raisedBy={raisedBy} />
            ))}
          </ul>
        ) : (
          <p>No skill score moved.</p>
        )}
        {still.length > 0 ? (
          <p className="text-sm text-muted">
            Unchanged: {still.map((s) => `${s.name} (${score(s.after)})`).join(', ')}.
          </p>
        ) : null}
      </section>
    </div>
  )
}

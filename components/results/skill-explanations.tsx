import { deltaInWords, signedDelta } from '@/lib/plan-views/format'
import { levelLabels } from '@/lib/plan-views/readout-view'
import type { SkillResult } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

// One collapsible block per skill: the score, what strong looks like, and each answer that moved it, with how far and
// why. Native <details>, so it opens with Enter or Space and without JavaScript.
export function SkillExplanations({ skills }: { skills: SkillResult[] }) {
  return (
    <section aria-labelledby="why-title" className="space-y-3">
      <h2 id="why-title" className="text-xl font-bold">
        Why each skill scored as it did
      </h2>
      <p>
        Open a skill to see the answers that moved its score, by how many points, and why. Things you have done count
        for more than how you rate yourself.
      </p>
      <div className="space-y-2">
        {skills.map((skill) => (
          <SkillExplanation key={skill.skillId} skill={skill} />
        ))}
      </div>
    </section>
  )
}

function SkillExplanation({ skill }: { skill: SkillResult }) {
  return (
    <details className="rounded-md border border-line bg-white">
      <summary className="cursor-pointer px-4 py-3">
        <span className="font-semibold">{skill.name}</span>{' '}
        <span className="text-muted">
          · {skill.score} out of 100 · {levelLabels[skill.level].toLowerCase()}
        </span>
      </summary>
      <div className="space-y-3 border-t border-line px-4 py-3">
        <p>{skill.description}</p>
        <p>
          <span className="font-semibold">Strong looks like:</span> {skill.strongLooksLike}
        </p>
        <p>
          <span className="font-semibold">How sure we are: {skill.confidence.level}.</span> {skill.confidence.why}
        </p>
        {skill.selfRatingScore !== null && skill.evidenceScore !== null ? (
          <p>
            From your self-ratings alone it would be {skill.selfRatingScore}; from what you have done and how you
            handled the scenarios, {skill.evidenceScore}.
          </p>
        ) : null}
        {skill.contributions.length > 0 ? (
          <>
            <h3 className="font-semibold">The answers that moved it</h3>
            <ul className="space-y-3">
              {skill.contributions.map((c) => (
                <li key={`${c.questionId}-${c.answer}-${c.reason}`} className="border-l-4 border-line pl-3">
                  <p className="text-sm text-muted">{c.prompt}</p>
                  <p>
                    <span className="font-semibold">Your answer:</span> {c.answer}
                  </p>
                  <p>
                    <span className="font-semibold tabular-nums" aria-hidden="true">
                      {signedDelta(c.delta)}
                    </span>
                    <span className="sr-only">{deltaInWords(c.delta)}</span> — {c.reason}
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>None of your answers moved this score.</p>
        )}
        <CitedFrom sources={skill.sources} />
      </div>
    </details>
  )
}

import { signedDelta } from '@/lib/plan-views/format'
import { levelLabels } from '@/lib/plan-views/readout-view'
import type { SkillResult } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'

// One collapsible block per skill: the score, what strong looks like, and each answer that moved it, with how far and
// why. Native <details>, so it opens with Enter or Space and without JavaScript.
// The read-only copy leaves out the answers themselves (the question and what was chosen): they are the owner's,
// and the reason line already says what each one showed.
export function SkillExplanations({ skills, showAnswers }: { skills: SkillResult[]; showAnswers: boolean }) {
  return (
    <section aria-labelledby="why-title" className="space-y-3">
      <h2 id="why-title">Why each skill scored as it did</h2>
      <p>
        Open a skill to see what moved its score, by how many points, and why. Things you have done count for more than
        how you rate yourself.
      </p>
      <div className="space-y-2">
        {skills.map((skill) => (
          <SkillExplanation key={skill.skillId} skill={skill} showAnswers={showAnswers} />
        ))}
      </div>
    </section>
  )
}

function SkillExplanation({ skill, showAnswers }: { skill: SkillResult; showAnswers: boolean }) {
  return (
    <details className="fold">
      <summary>
        <strong>{skill.name}</strong>
        <span className="text-muted">{` · ${skill.score} out of 100 · ${levelLabels[skill.level].toLowerCase()}`}</span>
      </summary>
      <div>
        <p>{skill.description}</p>
        <p>
          <strong>Strong looks like:</strong> {skill.strongLooksLike}
        </p>
        <p>
          <strong>{`How sure we are: ${skill.confidence.level}.`}</strong> {skill.confidence.why}
        </p>
        {skill.selfRatingScore !== null && skill.evidenceScore !== null ? (
          <p>
            {`From your self-ratings alone it would be ${skill.selfRatingScore}; from what you have done and how you handled the scenarios, ${skill.evidenceScore}.`}
          </p>
        ) : null}
        {skill.contributions.length > 0 ? (
          <>
            <h3>{showAnswers ? 'The answers that moved it' : 'What moved it'}</h3>
            <ul className="space-y-3">
              {skill.contributions.map((c) => (
                <li key={`${c.questionId}-${c.answer}-${c.reason}`} className="border-l-4 border-line pl-3">
                  <strong>{signedDelta(c.delta)}</strong>
                  {`: ${c.reason}`}
                  {showAnswers ? (
                    <p className="text-sm text-muted">{`You answered “${c.answer}” to: ${c.prompt}`}</p>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{showAnswers ? 'None of your answers moved this score.' : 'No answer moved this score.'}</p>
        )}
        <CitedFrom sources={skill.sources} />
      </div>
    </details>
  )
}

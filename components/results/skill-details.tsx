import { signedDelta } from '@/lib/plan-views/format'
import { answerTo, levelLabels } from '@/lib/plan-views/readout-view'
import type { AssessmentResult, SkillResult, SourceCitation } from '@/lib/scoring/result-schema'
import { CitedFrom } from './cited-from'
import { SkillChart } from './skill-chart'

// The working behind every score, on its own page: a readout stays short, and anyone who wants the detail is one
// click away. The read-only copy leaves out the answers themselves (the question and what was chosen): they are the
// owner's, and each reason line already says what the answer showed.
export function SkillDetails({ result, showAnswers }: { result: AssessmentResult; showAnswers: boolean }) {
  return (
    <div className="rd space-y-8">
      <section aria-labelledby="profile-title" className="space-y-3">
        <h2 id="profile-title">Your skill profile</h2>
        <SkillChart skills={result.skills} />
      </section>
      <section aria-labelledby="why-title" className="space-y-3">
        <h2 id="why-title">Why each skill scored as it did</h2>
        <p>
          Each skill starts where engineers usually start, and your answers move it from there. Answers about what you
          have done count most, scenarios less and self-ratings least. The points add up to the score.
        </p>
        <div className="space-y-2">
          {result.skills.map((skill) => (
            <SkillExplanation
              key={skill.skillId}
              skill={skill}
              result={result}
              showAnswers={showAnswers}
              sources={result.sources}
            />
          ))}
        </div>
      </section>
    </div>
  )
}

function SkillExplanation({
  skill,
  result,
  showAnswers,
  sources,
}: {
  skill: SkillResult
  result: AssessmentResult
  showAnswers: boolean
  sources: readonly SourceCitation[]
}) {
  return (
    <details className="fold" id={`skill-${skill.skillId}`}>
      <summary>
        <strong>{skill.name}</strong>
        <span className="text-muted">{` · ${skill.score} of 100 · ${levelLabels[skill.level].toLowerCase()}`}</span>
      </summary>
      <div>
        <p>{`${skill.description} Strong looks like this: ${skill.strongLooksLike}`}</p>
        <p>
          <strong>{`Confidence ${skill.confidence.level}. `}</strong>
          {skill.confidence.why}
        </p>
        <ul className="space-y-2">
          <li>{`${skill.start}: where engineers usually start on ${skill.name.toLowerCase()}`}</li>
          {skill.contributions.map((c) => {
            const answer = showAnswers ? answerTo(result, c.questionId) : undefined
            return (
              <li key={c.questionId} className="border-l-4 border-line pl-3">
                <strong>{signedDelta(c.delta)}</strong>
                {`: ${c.reason}`}
                {answer ? (
                  <span className="block text-sm text-muted">{`${answer.label}: you answered “${answer.answer}”`}</span>
                ) : null}
              </li>
            )
          })}
          {skill.cap ? (
            <li className="border-l-4 border-bad pl-3">
              <strong>{`Held at ${skill.cap.atMost}`}</strong>
              {`: ${skill.cap.reason}`}
            </li>
          ) : null}
        </ul>
        <CitedFrom ids={skill.sources} all={sources} />
      </div>
    </details>
  )
}

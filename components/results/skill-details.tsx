import type { AssessmentResult, SkillResult, SourceCitation } from '@/lib/engine/scoring/result-schema'
import { signedDelta } from '@/lib/plans/views/format'
import { levelLabels } from '@/lib/plans/views/readout-view'
import { CitedFrom } from './cited-from'
import { SkillChart } from './skill-chart'

// The working behind every score, on its own page: a readout stays short, and anyone who wants the detail is one
// click away. Each answer is quoted once, in "Your answers" at the foot of the page, and each reason that rests on
// it links there: one answer often moves several skills, and quoting it under each made the page repeat itself.
// The read-only copy leaves the answers out (the question and what was chosen are the owner's); each reason line
// already says what the answer showed.
export function SkillDetails({ result, showAnswers }: { result: AssessmentResult; showAnswers: boolean }) {
  const answered = new Map(showAnswers ? result.answers.map((a) => [a.questionId, a.label]) : [])
  const said = reasonsOnce(result.skills)
  return (
    <div className="rd space-y-8">
      <section aria-labelledby="profile-title" className="space-y-3">
        <h2 id="profile-title">Your skill profile</h2>
        <SkillChart skills={result.skills} />
      </section>
      <section aria-labelledby="why-title" className="space-y-3">
        <h2 id="why-title">Why each skill scored as it did</h2>
        <p>
          Each skill has a starting point: where engineers usually start on it. Your answers move it from there. Answers
          about what you have done count most, scenarios less and self-ratings least. The points add up to the score.
        </p>
        <div className="space-y-2">
          {result.skills.map((skill) => (
            <SkillExplanation
              key={skill.skillId}
              skill={skill}
              answered={answered}
              sources={result.sources}
              said={said}
            />
          ))}
        </div>
      </section>
      {showAnswers && result.answers.length > 0 ? (
        <section aria-labelledby="answers-title" className="space-y-3">
          <h2 id="answers-title">Your answers</h2>
          <dl className="divide-y divide-line border-y border-line text-sm">
            {result.answers.map((a) => (
              <div key={a.questionId} id={`answer-${a.questionId}`} className="scroll-mt-4 py-2 sm:flex sm:gap-4">
                <dt className="font-semibold sm:w-2/5">{a.label}</dt>
                <dd className="sm:flex-1">{`“${a.answer}”`}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  )
}

/** A sentence of a reason, or a pointer to the skill above where the same sentence was said in full. */
type Said = { text: string } | { gist: string; under: { skillId: string; name: string } }

/**
 * Each skill's reasons, sentence by sentence, each sentence said in full once (one answer often moves four skills,
 * and its reason read four times down the page): under the skill it is first of all about (where it does not say
 * "…; that counts towards X too"), else where it comes first; elsewhere it is its first words and a link there.
 */
function reasonsOnce(skills: readonly SkillResult[]): Map<string, Said[]> {
  const split = (reason: string) => reason.split(/(?<=[.!?])\s+(?=[A-Z“])/)
  const keyOf = (sentence: string) => sentence.replace(TOWARDS, '.').toLowerCase()
  const home = new Map<string, { skillId: string; name: string }>()
  for (const own of [true, false])
    for (const skill of skills)
      for (const c of skill.contributions)
        for (const sentence of split(c.reason)) {
          const key = keyOf(sentence)
          if (!home.has(key) && (!own || !TOWARDS.test(sentence)))
            home.set(key, { skillId: skill.skillId, name: skill.name })
        }
  const out = new Map<string, Said[]>()
  for (const skill of skills)
    for (const c of skill.contributions)
      out.set(
        `${skill.skillId}/${c.questionId}`,
        split(c.reason).map((sentence) => {
          const under = home.get(keyOf(sentence))
          return under && under.skillId !== skill.skillId ? { gist: gistOf(sentence), under } : { text: sentence }
        }),
      )
  return out
}
const TOWARDS = /; that counts (?:towards|against) [^;]+ too\.$/

const SMALL = new Set(['a', 'an', 'the', 'of', 'with', 'to', 'for', 'and', 'or', 'on', 'in', 'at', 'by', 'you', 'your'])
/**
 * A sentence's first few words, enough to recognise it: three at most, so that with the words around it ("as under",
 * "Your answer") the pointer never becomes a phrase of its own that the page repeats.
 */
function gistOf(sentence: string): string {
  const words = sentence.split(/\s+/).slice(0, 3)
  while (words.length > 1 && SMALL.has((words.at(-1) ?? '').toLowerCase().replace(/[^a-z]/g, ''))) words.pop()
  return `${words.join(' ').replace(/[,;:—–-]+$/, '')}…`
}

function Reason({ parts }: { parts: readonly Said[] }) {
  return parts.map((part, i) => (
    <span key={'text' in part ? part.text : `${part.gist}${part.under.skillId}`}>
      {i > 0 ? ' ' : ''}
      {'text' in part ? (
        part.text
      ) : (
        <>
          {`“${part.gist}”, as under `}
          <a href={`#skill-${part.under.skillId}`}>{part.under.name}</a>.
        </>
      )}
    </span>
  ))
}

function SkillExplanation({
  skill,
  answered,
  sources,
  said,
}: {
  skill: SkillResult
  /** Question id → its short label, for the answers this page quotes (none on the read-only copy). */
  answered: ReadonlyMap<string, string>
  sources: readonly SourceCitation[]
  /** The reasons as this page says them: each sentence in full once (reasonsOnce). */
  said: ReadonlyMap<string, Said[]>
}) {
  return (
    <details className="fold" id={`skill-${skill.skillId}`}>
      <summary>
        <strong>{skill.name}</strong>
        <span className="text-muted">{` · ${skill.score} of 100 · ${levelLabels[skill.level].toLowerCase()}`}</span>
      </summary>
      <div>
        <p>{skill.description}</p>
        <dl className="text-sm">
          <dt className="font-semibold">Strong looks like</dt>
          <dd>{skill.strongLooksLike}</dd>
          <dt className="mt-2 font-semibold">{`Confidence: ${skill.confidence.level}`}</dt>
          <dd>{skill.confidence.why}</dd>
        </dl>
        <ul className="space-y-2">
          <li>
            <strong>{`Starting point: ${skill.start}`}</strong>
          </li>
          {skill.contributions.map((c) => {
            const answer = answered.get(c.questionId)
            return (
              <li key={c.questionId} className="border-l-4 border-line pl-3">
                <strong>{signedDelta(c.delta)}</strong>
                {': '}
                <Reason parts={said.get(`${skill.skillId}/${c.questionId}`) ?? [{ text: c.reason }]} />
                {answer ? (
                  <>
                    {' '}
                    <a href={`#answer-${c.questionId}`} className="text-sm">
                      Your answer<span className="sr-only">{` to “${answer}”`}</span>
                    </a>
                  </>
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

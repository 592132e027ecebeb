import type { Answers } from '@/lib/content/answers'
import type { Condition, Content } from '@/lib/content/schema'

/** Whether one condition holds for these answers. An unanswered question satisfies no condition. */
export function holds(condition: Condition, answers: Answers): boolean {
  const answer = answers[condition.questionId]
  if (answer === undefined) return false
  if (typeof answer === 'number')
    return (
      condition.anyOf === undefined &&
      (condition.min === undefined || answer >= condition.min) &&
      (condition.max === undefined || answer <= condition.max)
    )
  const picked = typeof answer === 'string' ? [answer] : answer
  return condition.anyOf !== undefined && picked.some((id) => condition.anyOf?.includes(id))
}

/** Every condition holds (an empty list always does). */
export const allHold = (conditions: readonly Condition[], answers: Answers) =>
  conditions.every((c) => holds(c, answers))
/** At least one condition holds (an empty list never does). */
export const anyHolds = (conditions: readonly Condition[], answers: Answers) =>
  conditions.some((c) => holds(c, answers))

/**
 * The first condition that fails, said in plain words for the reader ("Years as an engineer: at least 2 (you: 1)"),
 * or null when all hold.
 */
export function firstUnmet(content: Content, conditions: readonly Condition[], answers: Answers): string | null {
  const unmet = conditions.find((c) => !holds(c, answers))
  if (!unmet) return null
  const q = content.questions.find((x) => x.id === unmet.questionId)
  if (!q) return null
  const answer = answers[q.id]
  if (q.kind === 'number') {
    const need =
      unmet.min !== undefined && unmet.max !== undefined
        ? `${unmet.min} to ${unmet.max}`
        : unmet.min !== undefined
          ? `at least ${unmet.min}`
          : `at most ${unmet.max}`
    return `${q.shortLabel}: ${need} (you: ${answer ?? 'no answer'})`
  }
  const labels = q.options.filter((o) => unmet.anyOf?.includes(o.id)).map((o) => `“${o.label}”`)
  return `${q.shortLabel}: ${labels.join(' or ')}`
}

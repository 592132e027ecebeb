import type { Answers } from '@/lib/engine/content/answers'
import type { Condition, Content } from '@/lib/engine/content/schema'

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
 * The first condition that fails, said in plain words for the reader ("at least 2 years as an engineer (you: 1)"), or
 * null when all hold. A figure is said before a label that opens with its unit ("at least 2 years as an engineer"):
 * it reads as one says it, and a figure early keeps the several roles and routes a new graduate cannot take yet from
 * repeating one long phrase down the page.
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
    const label = q.shortLabel.toLowerCase()
    const you = `(you: ${answer ?? 'no answer'})`
    return q.unit && label.startsWith(q.unit.toLowerCase())
      ? `${need} ${label} ${you}`
      : `${q.shortLabel}: ${need} ${you}`
  }
  const labels = q.options.filter((o) => unmet.anyOf?.includes(o.id)).map((o) => `“${o.label}”`)
  return `${q.shortLabel}: ${labels.join(' or ')}`
}

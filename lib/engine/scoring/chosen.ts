import type { Answers } from '@/lib/engine/content/answers'
import type { Content, Effects, Option, Question } from '@/lib/engine/content/schema'

/** One chosen answer: the option (or number band) picked, the label the user saw, and what it does. */
export type Chosen = {
  question: Question
  /** As the user saw it: the option's label, or the number with its unit. */
  label: string
  effects: Effects
  option?: Option
}

/** Resolves validated answers to the options and bands they select, in question order (options in answer order). */
export function chosenEffects(content: Content, answers: Answers): Chosen[] {
  const out: Chosen[] = []
  for (const question of content.questions) {
    const answer = answers[question.id]
    if (answer === undefined) continue
    if (question.kind === 'number') {
      const band =
        typeof answer === 'number' ? question.bands.find((b) => answer >= b.min && answer <= b.max) : undefined
      if (band) out.push({ question, label: `${answer} ${question.unit}`, effects: band })
      continue
    }
    const ids = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : []
    for (const id of ids) {
      const option = question.options.find((o) => o.id === id)
      if (option) out.push({ question, label: option.label, effects: option, option })
    }
  }
  return out
}

/** The chosen answers grouped by question, in question order; a multi question's ticks share one entry. */
export function byQuestion(chosen: readonly Chosen[]): Map<Question, Chosen[]> {
  const out = new Map<Question, Chosen[]>()
  for (const c of chosen) out.set(c.question, [...(out.get(c.question) ?? []), c])
  return out
}

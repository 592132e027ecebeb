import type { Answers } from '@/lib/engine/content/answers'
import type { Question } from '@/lib/engine/content/schema'

/** How a saved answer reads back to the user on "check your answers". */
export function answerLabel(question: Question, value: Answers[string] | undefined): string | string[] | null {
  if (value === undefined) return null
  if (question.kind === 'number') return `${value} ${question.unit}`
  const label = (id: string) => question.options.find((o) => o.id === id)?.label ?? id
  return Array.isArray(value) ? value.map(label) : label(String(value))
}

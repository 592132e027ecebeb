import type { Answers } from '@/lib/engine/content/answers'
import type { Question } from '@/lib/engine/content/schema'

export type RawValue = string | string[]

/** What the form sent for these questions, as strings, before validation. Multi questions may repeat a name. */
export function readFormValues(form: FormData, questions: Question[]): Record<string, RawValue> {
  const values: Record<string, RawValue> = {}
  for (const q of questions) {
    if (q.kind === 'multi') {
      values[q.id] = form.getAll(q.id).filter((v): v is string => typeof v === 'string')
    } else {
      const v = form.get(q.id)
      values[q.id] = typeof v === 'string' ? v : ''
    }
  }
  return values
}

/** A saved answer as the form shows it. */
export function answerToRaw(value: Answers[string] | undefined): RawValue | undefined {
  if (value === undefined) return undefined
  return typeof value === 'number' ? String(value) : value
}

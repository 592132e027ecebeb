import type { Answers } from '@/lib/engine/content/answers'
import { validateSection } from '@/lib/engine/content/answers'
import type { Content, Question } from '@/lib/engine/content/schema'
import type { RawValue } from '@/lib/questionnaire/form-input'

const isBlank = (v: RawValue | undefined) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * The answers on a half-filled page that are valid on their own, for saving without blocking the user (autosave,
 * Back). The engine's section validation stays the judge: a field it reports is left out; the rest are answered
 * fields it accepted, converted the way it converts them.
 */
export function validPartialAnswers(
  content: Content,
  sectionId: string,
  questions: Question[],
  values: Record<string, RawValue>,
): Answers {
  const result = validateSection(content, sectionId, values)
  if (result.ok) return result.answers
  const rejected = new Set(result.errors.map((e) => e.fieldId))
  const answers: Answers = {}
  for (const q of questions) {
    const value = values[q.id]
    if (isBlank(value) || rejected.has(q.id) || value === undefined) continue
    answers[q.id] = q.kind === 'number' ? Number(value) : q.kind === 'multi' ? [value].flat() : String(value)
  }
  return answers
}

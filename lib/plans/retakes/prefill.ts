import { type Answers, validateSection } from '@/lib/engine/content/answers'
import type { Action, Content, Question } from '@/lib/engine/content/schema'

// A retake starts from the previous answers, fitted to the current questions, and raised where a step finished in
// the plan counts as evidence (an action's `whenDone`: "finishing it counts as at least this answer"). Pure.

export type WhenDone = { questionId: string; atLeastOptionId: string }
export type DoneStep = { actionId: string; title: string }
export type Raise = { questionId: string; from: string | null; to: string | string[]; because: string[] }

/** The evidence an action counts as once done (none for an action the content no longer has). */
export function whenDoneOf(action: Action | undefined): WhenDone[] {
  return action?.whenDone ?? []
}

/** The previous answers that still fit the current questions; answers to removed or changed questions are dropped. */
export function fitAnswers(content: Content, previous: Answers): { answers: Answers; dropped: string[] } {
  const answers: Answers = {}
  for (const section of content.sections) {
    const result = validateSection(content, section.id, previous)
    const rejected = new Set(result.ok ? [] : result.errors.map((e) => e.fieldId))
    for (const q of content.questions) {
      const value = previous[q.id]
      if (q.sectionId === section.id && value !== undefined && !rejected.has(q.id)) answers[q.id] = value
    }
  }
  const dropped = Object.keys(previous).filter((id) => !(id in answers))
  return { answers, dropped }
}

function raise(q: Question, current: Answers[string] | undefined, atLeast: string): Answers[string] | undefined {
  if (q.kind === 'single') {
    const at = q.options.findIndex((o) => o.id === atLeast)
    const now = typeof current === 'string' ? q.options.findIndex((o) => o.id === current) : -1
    return at >= 0 && now < at ? atLeast : undefined
  }
  if (q.kind === 'multi') {
    const list = Array.isArray(current) ? current : []
    if (list.includes(atLeast) || !q.options.some((o) => o.id === atLeast)) return undefined
    const exclusive = new Set(q.options.filter((o) => o.exclusive).map((o) => o.id))
    return [...list.filter((id) => !exclusive.has(id)), atLeast]
  }
  return undefined
}

const labelOf = (q: Question, value: Answers[string] | undefined): string | null => {
  if (value === undefined) return null
  if (q.kind === 'number') return `${value} ${q.unit}`
  const label = (id: string) => q.options.find((o) => o.id === id)?.label ?? id
  return Array.isArray(value) ? value.map(label).join(', ') : label(String(value))
}

/** The answers a retake starts from, and which of them finished steps raised (to say so next to each). */
export function prefillRetake(
  content: Content,
  previous: Answers,
  done: readonly DoneStep[],
): { answers: Answers; raised: Raise[]; dropped: string[] } {
  const { answers, dropped } = fitAnswers(content, previous)
  const raised = new Map<string, Raise>()
  for (const step of done) {
    for (const rule of whenDoneOf(content.actions.find((a) => a.id === step.actionId))) {
      const q = content.questions.find((x) => x.id === rule.questionId)
      if (!q) continue
      const before = answers[q.id]
      const next = raise(q, before, rule.atLeastOptionId)
      if (next === undefined) {
        // Already raised by an earlier step: this one earned it too.
        raised.get(q.id)?.because.push(step.title)
        continue
      }
      answers[q.id] = next
      const known = raised.get(q.id)
      raised.set(q.id, {
        questionId: q.id,
        from: known ? known.from : labelOf(q, before),
        to: labelOf(q, next) ?? '',
        because: [...(known?.because ?? []), step.title],
      })
    }
  }
  return { answers, raised: [...raised.values()], dropped }
}

/** "Raised from “Never” to “Monthly”, because you finished “Talk to users” in your plan." */
export function raiseNote(r: Raise): string {
  const because = r.because.map((t) => `“${t}”`).join(' and ')
  const from = r.from === null ? 'no answer' : `“${r.from}”`
  return `Raised from ${from} to “${r.to}”, because you finished ${because} in your plan. Change it if it isn’t right.`
}

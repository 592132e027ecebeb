import type { Content } from '@/lib/engine/content/schema'

// The items a rater answers about the owner: the questions whose content gives third-person wording (`raterPrompt`
// on the question, `raterLabel` on its options). Only single-choice questions are asked: a rater picks what they
// have seen, or skips. The wording lives in the content and nowhere else.

export type RaterItem = {
  questionId: string
  prompt: string
  options: { id: string; label: string }[]
}

export function raterItems(content: Content): RaterItem[] {
  return content.questions.flatMap((q) => {
    const prompt = q.raterPrompt
    if (q.kind !== 'single' || !prompt) return []
    return [
      {
        questionId: q.id,
        prompt,
        options: q.options.map((o) => ({ id: o.id, label: o.raterLabel ?? o.label })),
      },
    ]
  })
}

/** The rater's answers that are real choices of a current item; anything else (a skip, junk) is left out. */
export function validRaterAnswers(items: RaterItem[], input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const item of items) {
    const value = input[item.questionId]
    if (typeof value === 'string' && item.options.some((o) => o.id === value)) out[item.questionId] = value
  }
  return out
}

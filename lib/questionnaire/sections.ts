import type { Content, Question, Section } from '@/lib/engine/content/schema'

/** Ids of the submit buttons, so an error about the submit itself (a rate limit) can link to the button. */
export const saveButtonId = 'save-section'
export const buildPlanButtonId = 'build-plan'

export type SectionStep = {
  section: Section
  index: number
  total: number
  questions: Question[]
  previous: Section | undefined
  next: Section | undefined
  /** Minutes for this section and the ones after it. */
  minutesLeft: number
}

export function sectionStep(content: Content, sectionId: string): SectionStep | null {
  const index = content.sections.findIndex((s) => s.id === sectionId)
  const section = content.sections[index]
  if (!section) return null
  return {
    section,
    index,
    total: content.sections.length,
    questions: content.questions.filter((q) => q.sectionId === sectionId),
    previous: content.sections[index - 1],
    next: content.sections[index + 1],
    minutesLeft: content.sections.slice(index).reduce((sum, s) => sum + s.estimatedMinutes, 0),
  }
}

/** The first section with a required question still unanswered, for "continue where you left off". */
export function firstIncompleteSection(content: Content, answered: Record<string, unknown>): Section | undefined {
  return content.sections.find((s) =>
    content.questions.some((q) => q.sectionId === s.id && !q.optional && answered[q.id] === undefined),
  )
}

import type { Content } from '@/lib/engine/content/schema'
import { parseContent } from '@/lib/knowledge/load'
import { type AnswerSet, personaMoves, previewImpact } from './impact'
import { contentWarnings, type ModelWarning, personaWarnings, splitWarnings } from './model-checks'
import { draftProblems, type Problem } from './problems'

// Everything the check page and a publish look at, in one place: problems (broken content: publishing is blocked)
// and, for content that parses, model warnings (publishing waits until each new one is fixed or accepted with a
// note). Pure: the caller brings the draft, the live release and the reference personas.

export type DraftChecks = {
  problems: Problem[]
  /** Raised by this draft and not by the live release: each must be fixed or accepted before publishing. */
  warnings: ModelWarning[]
  /** Raised by the live release too: shown, not blocking (they were published before). */
  standing: ModelWarning[]
}

export function checkDraft(
  raw: Record<string, unknown>,
  published: Content,
  personas: readonly AnswerSet[],
): DraftChecks {
  const problems = draftProblems(raw)
  if (problems.length > 0) return { problems, warnings: [], standing: [] }
  const draft = parseContent(raw)
  const { fresh, standing } = splitWarnings(contentWarnings(draft), contentWarnings(published))
  const report = previewImpact(published, draft, personas, { explain: false })
  return {
    problems,
    warnings: [...fresh, ...personaWarnings(personaMoves(report), report.compared)],
    standing,
  }
}

import type { Plan } from '@/lib/engine/plan/plan-schema'
import type { AssessmentResult } from '@/lib/engine/scoring/result-schema'
import type { StoryFields } from '@/lib/engine/stories/checklist'
import { formatDay } from '@/lib/plans/progress/days'
import type { PlanProgress } from '@/lib/plans/progress/load-progress'
import { staleEstimate } from '@/lib/plans/views/readout-view'
import { renderMarkdown } from '@/lib/plans/views/render-markdown'
import { mdText } from '@/lib/platform/security/markdown-text'

// The readout and plan as Markdown, the same text `npm run assess` prints, with the owner's progress after it and
// their product-story drafts (private like the answers: only the owner's download carries them).

/** A story draft as the download writes it: the prompt, its four parts, and whether it has every part. */
export type MarkdownStory = StoryFields & { question: string; passes: boolean }

const STORY_PARTS: { key: keyof StoryFields; label: string }[] = [
  { key: 'problem', label: 'The problem, and who had it' },
  { key: 'why', label: 'Why it mattered' },
  { key: 'actions', label: 'What you did' },
  { key: 'outcome', label: 'The outcome' },
]

function storiesMarkdown(stories: readonly MarkdownStory[]): string[] {
  if (stories.length === 0) return []
  const lines = ['', '## Your product stories', '']
  for (const story of stories) {
    lines.push(
      `### ${mdText(story.question)}`,
      '',
      story.passes ? '_Has every part._' : '_Still a draft: parts to add._',
      '',
    )
    for (const part of STORY_PARTS) {
      // One paragraph per part, on one line like every field (lib/platform/security/markdown-text.ts): a line the owner began
      // with "BEGIN:VEVENT" or "# " stays words inside the paragraph.
      const text = story[part.key].trim()
      if (text !== '') lines.push(`**${part.label}:** ${mdText(text)}`, '')
    }
  }
  return lines
}

export function planMarkdown(
  result: AssessmentResult,
  plan: Plan,
  progress: PlanProgress,
  stories: readonly MarkdownStory[] = [],
): string {
  const { summary, state, made } = progress
  const lines = [
    renderMarkdown(result, plan, Number.POSITIVE_INFINITY, staleEstimate(progress)),
    '',
    `## Progress on ${formatDay(progress.today)}`,
    '',
  ]
  lines.push(
    `${summary.overall.done} of ${summary.overall.total} steps done (${summary.overall.percent} % of the planned hours); week 1 began on ${formatDay(state.startsOn)}.`,
    '',
  )
  for (const step of made.actions) {
    const day = state.done.get(step.actionId)
    lines.push(`- [${day ? 'x' : ' '}] ${mdText(step.title)}${day ? ` — done ${formatDay(day)}` : ''}`)
  }
  lines.push(...storiesMarkdown(stories))
  return `${lines.join('\n').trimEnd()}\n`
}

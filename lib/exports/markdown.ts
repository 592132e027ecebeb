import type { Plan } from '@/lib/plan/plan-schema'
import { renderMarkdown } from '@/lib/plan-views/markdown'
import { staleEstimate } from '@/lib/plan-views/readout-view'
import { formatDay } from '@/lib/progress/calendar'
import type { PlanProgress } from '@/lib/progress/load-progress'
import type { AssessmentResult } from '@/lib/scoring/result-schema'
import { mdText } from '@/lib/security/markdown-text'

// The readout and plan as Markdown, the same text `npm run assess` prints, with the owner's progress after it.

export function planMarkdown(result: AssessmentResult, plan: Plan, progress: PlanProgress): string {
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
  return `${lines.join('\n')}\n`
}

import { checkStory } from '@/lib/engine/stories/checklist'
import { download, notFoundResponse } from '@/lib/plans/exports/download'
import { planMarkdown } from '@/lib/plans/exports/plan-markdown'
import { listStoryDrafts } from '@/lib/plans/positioning/story-repo'
import { loadOwnerProgress } from '@/lib/plans/progress/load-progress'
import { currentResult } from '@/lib/plans/progress/state'

// The owner's readout, plan, progress and story drafts as a .md file.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const owner = await loadOwnerProgress(token)
  if (!owner) return notFoundResponse()
  const { view, progress } = owner
  const stories = (await listStoryDrafts(token)).map((d) => ({ ...d, passes: checkStory(d).passes }))
  return download(
    planMarkdown(currentResult(view.result, progress.state), progress.currentPlan, progress, stories),
    'text/markdown',
    'howtowhy-plan.md',
  )
}

import { download, notFoundResponse } from '@/lib/exports/download'
import { planMarkdown } from '@/lib/exports/markdown'
import { loadOwnerProgress } from '@/lib/progress/load-progress'
import { currentResult } from '@/lib/progress/state'
import { checkStory } from '@/lib/stories/checklist'
import { listStoryDrafts } from '@/lib/stories/story-repo'

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

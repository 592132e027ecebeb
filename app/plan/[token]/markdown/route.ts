import { download, notFoundResponse } from '@/lib/exports/download'
import { planMarkdown } from '@/lib/exports/markdown'
import { loadOwnerProgress } from '@/lib/progress/load-progress'
import { currentResult } from '@/lib/progress/state'

// The owner's readout, plan and progress as a .md file.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const owner = await loadOwnerProgress((await params).token)
  if (!owner) return notFoundResponse()
  const { view, progress } = owner
  return download(
    planMarkdown(currentResult(view.result, progress.state), progress.currentPlan, progress),
    'text/markdown',
    'howtowhy-plan.md',
  )
}

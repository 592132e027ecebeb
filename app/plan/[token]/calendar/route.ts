import { download, notFoundResponse } from '@/lib/plans/exports/download'
import { planCalendar } from '@/lib/plans/exports/ics'
import { loadOwnerProgress } from '@/lib/plans/progress/load-progress'

// The owner's plan as an .ics file. Authorized by the owner token in the URL, like the page.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const owner = await loadOwnerProgress((await params).token)
  if (!owner) return notFoundResponse()
  const { progress } = owner
  const ics = planCalendar({
    planId: progress.planId,
    startsOn: progress.state.startsOn,
    schedule: progress.schedule,
    allActions: progress.made.actions,
    state: progress.state,
    stamp: new Date(),
  })
  return download(ics, 'text/calendar', 'howtowhy-plan.ics')
}

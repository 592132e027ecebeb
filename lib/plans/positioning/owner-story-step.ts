import { revalidatePath } from 'next/cache'
import type { StoryFields } from '@/lib/engine/stories/checklist'
import { reachesStoryTarget, STORY_STEP_ID } from '@/lib/engine/stories/story-step'
import { listStoryDrafts } from '@/lib/plans/positioning/story-repo'
import { dayOf } from '@/lib/plans/progress/days'
import { loadOwnerProgress } from '@/lib/plans/progress/load-progress'
import { appendProgressEvent } from '@/lib/plans/progress/progress-repo'

// The plan's story step follows the story bank: the save that brings the owner's passing stories up to the target
// checks the step off (dated today), as the owner would on the progress page — one event, so progress, the share
// page, the calendar and the Markdown all show it. The owner can still tick or un-tick the step by hand.

/** Call before saving: what the drafts were, to know afterwards whether this save reached the target. */
export async function storyStepBeforeSave(ownerToken: string) {
  const drafts = await listStoryDrafts(ownerToken)
  return (promptId: string, story: StoryFields) => reachesStoryTarget(drafts, promptId, story)
}

/** Checks the story step off, when the plan has it and it is not done yet. True when it did. */
export async function tickStoryStep(ownerToken: string): Promise<boolean> {
  const owner = await loadOwnerProgress(ownerToken)
  if (!owner) return false
  const { view, progress } = owner
  const inPlan = progress.made.actions.some((a) => a.actionId === STORY_STEP_ID)
  if (!inPlan || progress.state.done.has(STORY_STEP_ID)) return false
  await appendProgressEvent(view.id, { kind: 'done', actionId: STORY_STEP_ID, day: dayOf(new Date()) })
  revalidatePath('/share/[token]', 'page')
  return true
}

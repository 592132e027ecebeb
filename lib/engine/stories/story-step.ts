import { checkStory, type StoryFields } from './checklist'

// The plan's story step and the story bank: the step "Prepare your product stories" is done when at least
// STORIES_FOR_STEP stories pass the checklist, and the mock-interview step prints them as a one-page prep sheet.
// The two steps are named by their ids in content/actions.json (a unit test checks both are there).

/** How many stories must pass the checklist for the story step to count as done. */
export const STORIES_FOR_STEP = 3
/** "Prepare your product stories": links to the stories page, done at STORIES_FOR_STEP passing stories. */
export const STORY_STEP_ID = 'interview-stories'
/** "Practise the PM interview": links to the one-page prep sheet. */
export const MOCK_INTERVIEW_STEP_ID = 'mock-interviews'

export const passingStories = (stories: readonly StoryFields[]) => stories.filter((s) => checkStory(s).passes).length

/**
 * Whether saving `story` for `promptId` is the save that brings the passing stories up to STORIES_FOR_STEP from
 * below: the moment the step is checked off for the owner. Only that moment: a step the owner un-ticks afterwards
 * stays un-ticked while they keep editing.
 */
export function reachesStoryTarget(
  drafts: readonly (StoryFields & { promptId: string })[],
  promptId: string,
  story: StoryFields,
): boolean {
  const before = passingStories(drafts)
  const after = passingStories([...drafts.filter((d) => d.promptId !== promptId), story])
  return before < STORIES_FOR_STEP && after >= STORIES_FOR_STEP
}

/** Said once, when a save makes enough stories pass and the plan's story step is checked off. */
export const STEP_DONE = `That makes ${STORIES_FOR_STEP} stories with every part: your plan’s step “Prepare your product stories” is checked off.`

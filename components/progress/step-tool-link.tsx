import Link from 'next/link'
import { MOCK_INTERVIEW_STEP_ID, STORIES_FOR_STEP, STORY_STEP_ID } from '@/lib/engine/stories/story-step'

/**
 * The owner's tool for a step, where the app has one: the story step opens the story bank (it is checked off when
 * enough stories pass its checklist), the mock-interview step the one-page prep sheet. Nothing for other steps.
 */
export function StepToolLink({ token, actionId }: { token: string; actionId: string }) {
  if (actionId === STORY_STEP_ID)
    return (
      <p className="text-sm">
        <Link prefetch={false} href={`/plan/${token}/stories`}>
          Write your stories
        </Link>
        {` — ticked for you when ${STORIES_FOR_STEP} of them pass the checklist.`}
      </p>
    )
  if (actionId === MOCK_INTERVIEW_STEP_ID)
    return (
      <p className="text-sm">
        <Link prefetch={false} href={`/plan/${token}/stories/prep-sheet`}>
          Print your stories as a one-page prep sheet
        </Link>
        {' to bring to each mock interview.'}
      </p>
    )
  return null
}

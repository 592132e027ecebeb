import '@/components/results/readout.css'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { OwnerSubpageHeader } from '@/components/plan/owner-subpage-header'
import { STORIES_FOR_STEP, STORY_STEP_ID } from '@/lib/engine/stories/story-step'
import { loadOwnerStories, type StoryEntry } from '@/lib/plans/positioning/owner-stories'
import { weekSpan } from '@/lib/plans/views/format'

export const metadata: Metadata = {
  title: 'Your product stories',
}

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function Suggestion({ entry }: { entry: StoryEntry }) {
  const s = entry.suggestion
  if (!s) return <p className="sub">This prompt is no longer in the list; your draft is kept.</p>
  return (
    <div className="space-y-2">
      {s.ideas.length > 0 ? (
        <ul className="dots">
          {s.ideas.map((idea) => (
            <li key={idea.text}>{idea.text}</li>
          ))}
        </ul>
      ) : s.experiences.length > 0 ? (
        <>
          <p>From what you told us you have done:</p>
          <ul className="dots">
            {s.experiences.map((e) => (
              <li key={e.questionId}>{e.reason}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          <strong>You have no experience for this one in your answers yet.</strong>
        </p>
      )}
      {s.none || s.ideas.length === 0 ? (
        <ul className="space-y-1 text-sm">
          {s.steps.map((step) => (
            <li key={step.actionId}>
              {step.weeks
                ? `${step.done ? 'You have done' : 'Your plan’s step'} “${step.title}” (${weekSpan(step.weeks.start, step.weeks.end)}) ${step.done ? 'should have given you one.' : 'would give you one.'}`
                : `“${step.title}” would give you one — it is not in your plan yet.`}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function DraftStatus({ entry }: { entry: StoryEntry }) {
  if (!entry.check) return <p className="sub">No draft yet.</p>
  return (
    <p className="text-sm font-semibold">
      {entry.check.passes
        ? '✓ Your draft has every part.'
        : `Your draft: ${entry.check.missing === 1 ? 'one part' : `${entry.check.missing} parts`} to add.`}
    </p>
  )
}

export default async function StoriesPage({ params, searchParams }: Props) {
  const { token } = await params
  const query = await searchParams
  const stories = await loadOwnerStories(token)
  if (!stories) notFound()
  const { entries, passing } = stories
  const drafts = entries.filter((e) => e.draft).length
  const { progress } = stories.ctx.owner
  const step = progress.made.actions.find((a) => a.actionId === STORY_STEP_ID)
  const stepLine = !step
    ? null
    : progress.state.done.has(STORY_STEP_ID)
      ? `Your plan’s step “${step.title}” is done.`
      : `Your plan’s step “${step.title}” is checked off for you when ${STORIES_FOR_STEP} stories have every part (or tick it yourself on your plan).`
  return (
    <div className="space-y-8">
      <OwnerSubpageHeader token={token} title="Your product stories">
        <p>
          Interviewers won’t connect the dots from your engineering work to product management for you. Come with
          stories: the problem and who had it, why it mattered, what <em>you</em> did, and what changed. Below are the
          prompts the articles say to expect, with the experiences from your own answers that fit each.
        </p>
        <p className="sub">Your drafts are private to this link and deleted when you delete everything.</p>
      </OwnerSubpageHeader>
      {query.done === 'deleted' ? (
        <p role="status" className="rounded-md border-l-8 border-good bg-white p-4 font-semibold">
          The story is deleted.
        </p>
      ) : null}
      <p className="card font-semibold">
        {drafts === 0
          ? `No stories written yet. Aim for at least ${STORIES_FOR_STEP} that have every part.`
          : `${passing} of your ${drafts === 1 ? 'one story has' : `${drafts} stories have`} every part. ${
              passing >= STORIES_FOR_STEP
                ? 'That is enough to walk into an interview with.'
                : `Aim for at least ${STORIES_FOR_STEP}.`
            } `}
        {drafts > 0 ? <Link href={`/plan/${token}/stories/prep-sheet`}>Print your prep sheet</Link> : null}
      </p>
      {stepLine ? <p>{stepLine}</p> : null}
      <ol className="space-y-4">
        {entries.map((entry) => (
          <li key={entry.promptId} className="card">
            <h2 className="text-xl font-bold">{entry.question}</h2>
            {entry.listensFor ? <p className="sub">{`What they listen for: ${entry.listensFor}`}</p> : null}
            <Suggestion entry={entry} />
            <DraftStatus entry={entry} />
            <p>
              <Link href={`/plan/${token}/stories/${entry.promptId}`} className="font-semibold">
                {entry.draft ? 'Edit your story' : 'Write this story'}
                <span className="sr-only">{`: ${entry.question}`}</span>
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </div>
  )
}

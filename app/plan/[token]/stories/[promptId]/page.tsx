import '@/components/results/readout.css'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { StoryEditor } from '@/components/positioning/story-editor'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { STEP_DONE } from '@/lib/engine/stories/story-step'
import { ownerFormKey } from '@/lib/plans/positioning/form-keys'
import { loadOwnerStories } from '@/lib/plans/positioning/owner-stories'
import { readFlash, TextFormFlashSchema } from '@/lib/platform/flash/flash'
import { autosaveStoryAction, deleteStoryAction, saveStoryAction } from '../actions'

export const metadata: Metadata = {
  title: 'Write a product story',
}

type Props = {
  params: Promise<{ token: string; promptId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function StoryPage({ params, searchParams }: Props) {
  const { token, promptId } = await params
  const query = await searchParams
  const stories = await loadOwnerStories(token)
  const entry = stories?.entries.find((e) => e.promptId === promptId)
  if (!stories || !entry) notFound()
  const flash = await readFlash(ownerFormKey.story(token, promptId), TextFormFlashSchema)
  const saved = entry.draft ?? { problem: '', why: '', actions: '', outcome: '' }
  const initial = {
    problem: flash?.values.problem ?? saved.problem,
    why: flash?.values.why ?? saved.why,
    actions: flash?.values.actions ?? saved.actions,
    outcome: flash?.values.outcome ?? saved.outcome,
  }
  const ideas = entry.suggestion?.ideas.map((i) => i.text) ?? []
  const experiences = entry.suggestion?.experiences.map((e) => e.reason) ?? []
  return (
    <div className="space-y-6">
      <ErrorSummary errors={flash?.errors ?? []} />
      <div className="space-y-2">
        <p className="text-sm">
          <Link href={`/plan/${token}/stories`}>All your stories</Link> · <Link href={`/plan/${token}`}>Your plan</Link>
        </p>
        <h1 className="text-2xl font-bold leading-tight">{entry.question}</h1>
        {entry.listensFor ? <p>{`What they listen for: ${entry.listensFor}`}</p> : null}
      </div>
      {(query.saved === '1' || query.saved === 'step') && !flash ? (
        <p role="status" className="rounded-md border-l-8 border-good bg-white p-4 font-semibold">
          {query.saved === 'step' ? `Saved. ${STEP_DONE}` : 'Saved.'}
        </p>
      ) : null}
      {ideas.length + experiences.length > 0 ? (
        <details className="fold" open={!entry.draft}>
          <summary>Ideas from your answers</summary>
          <div>
            <ul className="dots">
              {[...ideas, ...experiences].map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
      <StoryEditor
        token={token}
        promptId={promptId}
        initial={initial}
        errors={flash?.errors ?? []}
        save={saveStoryAction}
        autosave={autosaveStoryAction}
      />
      {entry.draft ? (
        <form action={deleteStoryAction} className="border-t border-line pt-4">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="promptId" value={promptId} />
          <Button variant="secondary">Delete this story</Button>
        </form>
      ) : null}
    </div>
  )
}

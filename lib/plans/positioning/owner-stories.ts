import { AnswersSchema } from '@/lib/engine/content/answers'
import type { Prompt } from '@/lib/engine/content/positioning-schema'
import { checkStory, type StoryCheck } from '@/lib/engine/stories/checklist'
import { type StorySuggestion, suggestStories } from '@/lib/engine/stories/suggest'
import { listStoryDrafts, type StoryDraft } from '@/lib/plans/positioning/story-repo'
import { loadOwnerListingContext, type OwnerListingContext } from './owner-listings'

// The owner's story bank as the pages show it: each prompt with the suggestions from their own answers, their draft
// and how it fares on the checklist; drafts for prompts an admin has since removed are kept and shown too.

export type StoryEntry = {
  promptId: string
  question: string
  listensFor: string | null
  suggestion: StorySuggestion | null
  draft: StoryDraft | null
  check: StoryCheck | null
}

export type OwnerStories = { ctx: OwnerListingContext; entries: StoryEntry[]; passing: number }

export async function loadOwnerStories(ownerToken: string): Promise<OwnerStories | null> {
  const ctx = await loadOwnerListingContext(ownerToken)
  if (!ctx) return null
  const drafts = await listStoryDrafts(ownerToken)
  const answers = AnswersSchema.safeParse(ctx.owner.view.answers)
  const suggestions = suggestStories(
    ctx.content,
    answers.success ? answers.data : {},
    ctx.owner.view.result,
    ctx.owner.progress.currentPlan,
    ctx.done,
  )
  const byPrompt = new Map(drafts.map((d) => [d.promptId, d]))
  const entry = (prompt: Prompt | null, draft: StoryDraft | null, suggestion: StorySuggestion | null): StoryEntry => ({
    promptId: prompt?.id ?? draft?.promptId ?? '',
    question: prompt?.question ?? draft?.question ?? '',
    listensFor: prompt?.listensFor ?? null,
    suggestion,
    draft,
    check: draft ? checkStory(draft) : null,
  })
  const entries = [
    ...ctx.content.prompts.map((p, i) => entry(p, byPrompt.get(p.id) ?? null, suggestions[i] ?? null)),
    ...drafts.filter((d) => !ctx.content.prompts.some((p) => p.id === d.promptId)).map((d) => entry(null, d, null)),
  ]
  return { ctx, entries, passing: entries.filter((e) => e.check?.passes).length }
}

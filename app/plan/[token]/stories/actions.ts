'use server'

import { notFound } from 'next/navigation'
import { z } from 'zod'
import type { FieldError } from '@/lib/engine/input/field-errors'
import { cleanText } from '@/lib/engine/listings/listing-input'
import { MAX_FIELD_CHARS, type StoryFields } from '@/lib/engine/stories/checklist'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { ownerFormKey } from '@/lib/plans/positioning/form-keys'
import { OwnerTokenSchema, redirectOwner as redirect, savesLimitError } from '@/lib/plans/positioning/owner-actions'
import { storyStepBeforeSave, tickStoryStep } from '@/lib/plans/positioning/owner-story-step'
import { deleteStoryDraft, findStoryDraft, saveStoryDraft } from '@/lib/plans/positioning/story-repo'
import { clearFlash, setFlash } from '@/lib/platform/flash/flash'
import { limitRequest } from '@/lib/platform/rate-limit/request-limits'
import { formInput } from '@/lib/platform/security/action-input'

// The owner's story actions. Each authorizes itself from the owner token in the form; the repository only touches
// that owner's drafts. The button posts and redirects (post/redirect/get, without JavaScript); autosave calls the same
// checks in the background and says how it went. A draft that cannot be saved comes back whole from the owner flash.

const PromptIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(80)
const FIELDS = ['problem', 'why', 'actions', 'outcome'] as const
const FIELD_NAMES: Record<(typeof FIELDS)[number], string> = {
  problem: 'The problem',
  why: 'Why it mattered',
  actions: 'What you did',
  outcome: 'The outcome',
}

type Parsed = {
  token: string
  promptId: string
  question: string
  story: StoryFields
  errors: FieldError[]
}

/** The form, authorized and checked; null when the token or prompt is not one of this owner's. */
async function readStoryForm(input: unknown): Promise<Parsed | null> {
  const form = formInput(input)
  const token = OwnerTokenSchema.safeParse(form.get('token'))
  const promptId = PromptIdSchema.safeParse(form.get('promptId'))
  if (!token.success || !promptId.success) return null
  const prompt = (await currentContent()).content.prompts.find((p) => p.id === promptId.data)
  const existing = prompt ? null : await findStoryDraft(token.data, promptId.data)
  if (!prompt && !existing) return null
  const story = Object.fromEntries(
    FIELDS.map((f) => {
      const value = form.get(f)
      return [f, typeof value === 'string' ? cleanText(value) : '']
    }),
  ) as StoryFields
  const errors = FIELDS.filter((f) => story[f].length > MAX_FIELD_CHARS).map((f) => ({
    fieldId: `story-${f}`,
    message: `${FIELD_NAMES[f]}: keep it to ${MAX_FIELD_CHARS.toLocaleString('en')} characters (it has ${story[f].length.toLocaleString('en')}). A story told in two minutes is about 300 words.`,
  }))
  return {
    token: token.data,
    promptId: promptId.data,
    question: prompt?.question ?? existing?.question ?? '',
    story,
    errors,
  }
}

const editor = (token: string, promptId: string, rest = '') => `/plan/${token}/stories/${promptId}${rest}`

export async function saveStoryAction(input: unknown): Promise<void> {
  const parsed = await readStoryForm(input)
  if (!parsed) notFound()
  const { token, promptId, story, errors } = parsed
  if (errors.length === 0) {
    const limited = await savesLimitError('save-story', 'story')
    if (limited) errors.push(limited)
  }
  if (errors.length > 0) {
    await setFlash(ownerFormKey.story(token, promptId), { values: story, errors })
    redirect(editor(token, promptId, '#error-summary'))
  }
  const reaches = await storyStepBeforeSave(token)
  if (!(await saveStoryDraft(token, { promptId, question: parsed.question, ...story }))) notFound()
  await clearFlash()
  const ticked = reaches(promptId, story) && (await tickStoryStep(token))
  redirect(editor(token, promptId, `?saved=${ticked ? 'step' : '1'}#checklist-title`))
}

/** `stepDone`: this save made enough stories pass, and the plan's story step was checked off. */
export type AutosaveResult = { ok: true; savedAt: string; stepDone: boolean } | { ok: false; message: string }

/** Background save while the owner writes (JavaScript only); says how it went, for the status line. */
export async function autosaveStoryAction(input: unknown): Promise<AutosaveResult> {
  const parsed = await readStoryForm(input)
  if (!parsed)
    return { ok: false, message: 'Not saved: this page no longer matches a plan. Copy your text to keep it.' }
  const first = parsed.errors[0]
  if (first) return { ok: false, message: `Not saved: ${first.message}` }
  const limit = await limitRequest('saves')
  if (!limit.allowed)
    return { ok: false, message: `Not saved yet: too many saves just now. We’ll try again when you next type.` }
  const reaches = await storyStepBeforeSave(parsed.token)
  const saved = await saveStoryDraft(parsed.token, {
    promptId: parsed.promptId,
    question: parsed.question,
    ...parsed.story,
  })
  if (!saved) return { ok: false, message: 'Not saved: this page no longer matches a plan. Copy your text to keep it.' }
  const stepDone = reaches(parsed.promptId, parsed.story) && (await tickStoryStep(parsed.token))
  return { ok: true, savedAt: saved.updatedAt.toISOString(), stepDone }
}

export async function deleteStoryAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = OwnerTokenSchema.safeParse(form.get('token'))
  const promptId = PromptIdSchema.safeParse(form.get('promptId'))
  if (!token.success || !promptId.success || !(await deleteStoryDraft(token.data, promptId.data))) notFound()
  await clearFlash()
  redirect(`/plan/${token.data}/stories?done=deleted`)
}

'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { currentDraft, currentOrNewDraft, forgetDraftCookie } from '@/lib/assessment/draft-session'
import { clearFlash, setFlash } from '@/lib/assessment/flash'
import { readFormValues } from '@/lib/assessment/form-input'
import { storeNewPlan } from '@/lib/assessment/generate'
import { validPartialAnswers } from '@/lib/assessment/partial-answers'
import { sectionStep } from '@/lib/assessment/sections'
import { validateAnswers, validateSection } from '@/lib/content/answers'
import { loadContent } from '@/lib/content/load'
import { deleteDraft, saveDraftAnswers } from '@/lib/drafts/draft-repo'
import { formInput } from '@/lib/security/action-input'

const SectionFormSchema = z.object({
  sectionId: z.string().max(60),
  intent: z.enum(['continue', 'back']).default('continue'),
  returnTo: z.enum(['check']).optional().catch(undefined),
})

// The client router must not show a page rendered before this save (Back would show old answers).
const forgetRenderedPages = () => revalidatePath('/assessment', 'layout')

export async function saveSectionAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const content = loadContent()
  const meta = SectionFormSchema.safeParse({
    sectionId: form.get('sectionId'),
    intent: form.get('intent') ?? undefined,
    returnTo: form.get('returnTo') ?? undefined,
  })
  const step = meta.success ? sectionStep(content, meta.data.sectionId) : null
  if (!meta.success || !step) redirect('/assessment')

  const draft = await currentOrNewDraft()
  const values = readFormValues(form, step.questions)
  const result = validateSection(content, step.section.id, values)
  const goingBack = meta.data.intent === 'back'

  if (result.ok) {
    // Blank optional questions are cleared (null removes a key) so "change to no answer" sticks.
    const cleared = Object.fromEntries(step.questions.filter((q) => !(q.id in result.answers)).map((q) => [q.id, null]))
    await saveDraftAnswers(draft.id, { ...cleared, ...result.answers })
    await clearFlash()
    forgetRenderedPages()
    if (goingBack) redirect(step.previous ? `/assessment/${step.previous.id}` : '/assessment')
    if (meta.data.returnTo === 'check' || !step.next) redirect('/assessment/check')
    redirect(`/assessment/${step.next.id}`)
  }

  if (goingBack) {
    // Going back never blocks on errors: keep what is valid on this page, and the raw rest in the flash.
    await saveDraftAnswers(draft.id, validPartialAnswers(content, step.section.id, step.questions, values))
    await setFlash({ formId: step.section.id, values, errors: [] })
    forgetRenderedPages()
    redirect(step.previous ? `/assessment/${step.previous.id}` : '/assessment')
  }

  await setFlash({
    formId: step.section.id,
    values,
    errors: result.errors.map((e) => ({ fieldId: e.questionId, message: e.message })),
  })
  forgetRenderedPages()
  const query = meta.data.returnTo ? '?returnTo=check' : ''
  redirect(`/assessment/${step.section.id}${query}#error-summary`)
}

export async function generatePlanAction(input: unknown): Promise<void> {
  formInput(input)
  const content = loadContent()
  const draft = await currentDraft()
  if (!draft) redirect('/assessment')
  const result = validateAnswers(content, draft.answers)
  if (!result.ok) {
    await setFlash({
      formId: 'check',
      values: {},
      errors: result.errors.map((e) => ({ fieldId: e.questionId, message: e.message })),
    })
    forgetRenderedPages()
    redirect('/assessment/check#error-summary')
  }
  const { ownerToken } = await storeNewPlan(content, result.answers)
  await clearFlash()
  redirect(`/plan/${ownerToken}?new=1`)
}

export async function startOverAction(input: unknown): Promise<void> {
  formInput(input)
  const draft = await currentDraft()
  if (draft) await deleteDraft(draft.id)
  await forgetDraftCookie()
  await clearFlash()
  forgetRenderedPages()
  redirect(`/assessment/${loadContent().sections[0]?.id ?? ''}`)
}

/** Background save while the user answers (JavaScript only): keeps every valid answer, reports nothing. */
export async function autosaveSectionAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const content = loadContent()
  const step = sectionStep(content, String(form.get('sectionId') ?? ''))
  if (!step) return
  const answers = validPartialAnswers(content, step.section.id, step.questions, readFormValues(form, step.questions))
  if (Object.keys(answers).length === 0) return
  const draft = await currentOrNewDraft()
  await saveDraftAnswers(draft.id, answers)
}

'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { validateAnswers, validateSection } from '@/lib/engine/content/answers'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { storeRetakePlan } from '@/lib/plans/retakes/retake'
import { forgetRetakeSession, retakeOwnerToken } from '@/lib/plans/retakes/retake-session'
import { roomForPlan } from '@/lib/plans/store/capacity'
import { getEnv } from '@/lib/platform/env'
import { clearFlash, setFlash } from '@/lib/platform/flash/flash'
import { limitRequest, waitPhrase } from '@/lib/platform/rate-limit/request-limits'
import { formInput } from '@/lib/platform/security/action-input'
import { deleteDraft, saveDraftAnswers } from '@/lib/questionnaire/answer-draft-repo'
import { currentDraft, currentOrNewDraftWithinLimit, forgetDraftCookie } from '@/lib/questionnaire/draft-session'
import { type RawValue, readFormValues } from '@/lib/questionnaire/form-input'
import { storeNewPlan } from '@/lib/questionnaire/generate'
import { forgetMadePlan, rememberMadePlan } from '@/lib/questionnaire/made-plan-session'
import { validPartialAnswers } from '@/lib/questionnaire/partial-answers'
import { buildPlanButtonId, saveButtonId, sectionStep } from '@/lib/questionnaire/sections'

const SectionFormSchema = z.object({
  sectionId: z.string().max(60),
  intent: z.enum(['continue', 'back']).default('continue'),
  returnTo: z.enum(['check']).optional().catch(undefined),
})

// The client router must not show a page rendered before this save (Back would show old answers).
const forgetRenderedPages = () => revalidatePath('/assessment', 'layout')

export async function saveSectionAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const { content } = await currentContent()
  const meta = SectionFormSchema.safeParse({
    sectionId: form.get('sectionId'),
    intent: form.get('intent') ?? undefined,
    returnTo: form.get('returnTo') ?? undefined,
  })
  const step = meta.success ? sectionStep(content, meta.data.sectionId) : null
  if (!meta.success || !step) redirect('/assessment')

  const values = readFormValues(form, step.questions)
  const query = meta.data.returnTo ? '?returnTo=check' : ''
  const saves = await limitRequest('saves')
  if (!saves.allowed) return keepInputAndExplain(step.section.id, values, query, savesLimited(saves.retryAfterSeconds))
  const draft = await currentOrNewDraftWithinLimit()
  if ('retryAfterSeconds' in draft) {
    return keepInputAndExplain(step.section.id, values, query, draftsLimited(draft.retryAfterSeconds))
  }
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
    await setFlash(step.section.id, { values, errors: [] })
    forgetRenderedPages()
    redirect(step.previous ? `/assessment/${step.previous.id}` : '/assessment')
  }

  await setFlash(step.section.id, {
    values,
    errors: result.errors,
  })
  forgetRenderedPages()
  redirect(`/assessment/${step.section.id}${query}#error-summary`)
}

// Rate limits for forms: back to the same page, with what was typed (in the flash, as after any failed submit) and
// a message by the button that says how long to wait. The ids are the buttons' ids on the section and check pages.
const savesLimited = (seconds: number) =>
  `You have saved answers many times from this network in the last few minutes. Please wait ${waitPhrase(seconds)}, then press the button again. What you entered on this page is kept.`
const draftsLimited = (seconds: number) =>
  `Many questionnaires were started from this network in the last few minutes. Please wait ${waitPhrase(seconds)}, then press the button again. What you entered on this page is kept.`
const storageFullMessage =
  'We can’t store new plans right now: the site holds as many as it is set up to keep. Your answers are saved; try again later.'
const plansLimited = (seconds: number) =>
  `Many plans were built from this network in the last few minutes. Please wait ${waitPhrase(seconds)}, then press “Build my plan” again. Your answers are saved.`

async function keepInputAndExplain(
  sectionId: string,
  values: Record<string, RawValue>,
  query: string,
  message: string,
): Promise<never> {
  await setFlash(sectionId, { values, errors: [{ fieldId: saveButtonId, message }] })
  forgetRenderedPages()
  redirect(`/assessment/${sectionId}${query}#error-summary`)
}

export async function generatePlanAction(input: unknown): Promise<void> {
  formInput(input)
  const { content } = await currentContent()
  const draft = await currentDraft()
  if (!draft) redirect('/assessment')
  const result = validateAnswers(content, draft.answers)
  if (!result.ok) {
    await setFlash('check', {
      values: {},
      errors: result.errors,
    })
    forgetRenderedPages()
    redirect('/assessment/check#error-summary')
  }
  const plans = await limitRequest('plans')
  // The global ceiling on stored plans (lib/plans/store/capacity.ts): the answers stay saved in the draft.
  const room = plans.allowed ? await roomForPlan(getEnv().maxStoredPlans) : null
  if (!plans.allowed || !room?.ok) {
    const message = plans.allowed ? storageFullMessage : plansLimited(plans.retryAfterSeconds)
    await setFlash('check', { values: {}, errors: [{ fieldId: buildPlanButtonId, message }] })
    forgetRenderedPages()
    redirect('/assessment/check#error-summary')
  }
  // Once the plan is stored the answers live in it, which its owner can erase: the draft goes. (Should deleting it
  // fail, the plan still names its draft, so erasing the plan erases it, and the idle-draft sweep gets it anyway.)
  const forgetTheDraft = async () => {
    await deleteDraft(draft.id)
    await forgetDraftCookie()
  }
  // A retake joins its family's history behind the same link, and opens on what moved.
  const retakeOf = await retakeOwnerToken()
  if (retakeOf) {
    const retake = await storeRetakePlan(content, result.answers, retakeOf, draft.id)
    await forgetRetakeSession()
    if (retake) {
      await forgetTheDraft()
      await clearFlash()
      await rememberMadePlan(retakeOf)
      redirect(`/plan/${retakeOf}/delta/${retake.sequence}`)
    }
    // The plan being retaken was erased in the meantime: this becomes a plan of its own.
  }
  const { ownerToken } = await storeNewPlan(content, result.answers, { draftId: draft.id })
  await forgetTheDraft()
  await clearFlash()
  // Back from the plan leads to the questionnaire, now empty: its start page links to this plan for a while.
  await rememberMadePlan(ownerToken)
  forgetRenderedPages()
  redirect(`/plan/${ownerToken}?new=1`)
}

export async function startOverAction(input: unknown): Promise<void> {
  formInput(input)
  const draft = await currentDraft()
  if (draft) await deleteDraft(draft.id)
  await forgetDraftCookie()
  await forgetRetakeSession()
  await forgetMadePlan()
  await clearFlash()
  forgetRenderedPages()
  // Back to the start page (now "The assessment", not "Welcome back"): clearing needs no content, so it works even
  // while the database cannot be read, and the browser is left with no answers and no retake.
  redirect('/assessment')
}

/** Background save while the user answers (JavaScript only): keeps every valid answer, reports nothing. */
export async function autosaveSectionAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const { content } = await currentContent()
  const step = sectionStep(content, String(form.get('sectionId') ?? ''))
  if (!step) return
  const answers = validPartialAnswers(content, step.section.id, step.questions, readFormValues(form, step.questions))
  if (Object.keys(answers).length === 0) return
  // Over a limit, the background save is skipped silently; the button's save reports it.
  if (!(await limitRequest('saves')).allowed) return
  const draft = await currentOrNewDraftWithinLimit()
  if ('retryAfterSeconds' in draft) return
  await saveDraftAnswers(draft.id, answers)
}

'use server'

import { revalidatePath } from 'next/cache'
import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'
import { formFieldErrors } from '@/lib/engine/input/field-errors'
import { currentContent } from '@/lib/knowledge/store/current-content'
import { ownerFormKey } from '@/lib/plans/positioning/form-keys'
import { dayOf } from '@/lib/plans/progress/days'
import { loadOwnerProgress } from '@/lib/plans/progress/load-progress'
import {
  doneDaySchema,
  hoursBounds,
  hoursInputSchema,
  IntentSchema,
  startDaySchema,
  type ToggleResult,
} from '@/lib/plans/progress/progress-input'
import { appendProgressEvent } from '@/lib/plans/progress/progress-repo'
import { replanFromToday } from '@/lib/plans/progress/replan'
import { deadLink } from '@/lib/plans/views/dead-link'
import { clearFlash, setFlash } from '@/lib/platform/flash/flash'
import { formInput } from '@/lib/platform/security/action-input'
import { isWellFormedToken } from '@/lib/platform/security/tokens'

// Progress actions. Each authorizes itself from the owner token in the form, checks the input against the owner's
// own plan, appends one event, and then either answers the script that called it (with JavaScript: the page has
// already shown the change) or redirects back (without JavaScript: post/redirect/get).

const TokenSchema = z.string().refine(isWellFormedToken)
const ActionIdSchema = z.string().min(1).max(100)
const ReturnSchema = z.enum(['progress', 'plan']).catch('progress')

const backTo = (token: string, to: 'progress' | 'plan', query = '', hash = '') =>
  `${to === 'plan' ? `/plan/${token}` : `/plan/${token}/progress`}${query}${hash}`

async function authorized(form: FormData) {
  const token = TokenSchema.safeParse(form.get('token'))
  // No token of the right shape: no page of ours sent this (a malformed request, answered 404).
  if (!token.success) notFound()
  const owner = await loadOwnerProgress(token.data)
  if (!owner) deadLink('plan')
  return { token: token.data, ...owner }
}

// The share page shows progress too; drop its cached copies so it catches up.
const dropCachedSharePages = () => revalidatePath('/share/[token]', 'page')

/** Checks a step off (with the day it was done) or undoes it. */
export async function toggleStepAction(input: unknown): Promise<ToggleResult> {
  const form = formInput(input)
  const { token, view, progress } = await authorized(form)
  const viaScript = form.get('via') === 'js'
  const to = ReturnSchema.parse(form.get('returnTo'))
  const parsedId = ActionIdSchema.safeParse(form.get('actionId'))
  const step = parsedId.success ? progress.made.actions.find((a) => a.actionId === parsedId.data) : undefined
  if (!step) notFound()
  const { actionId } = step
  const intent = IntentSchema.parse(form.get('intent'))
  const today = dayOf(new Date())
  const rawDay = String(form.get('day') ?? '').trim() || today
  const checked = intent === 'undone' ? null : doneDaySchema(today).safeParse(rawDay)
  const problem = checked?.success === false ? checked.error.issues[0]?.message : undefined
  if (problem) {
    if (viaScript) return { ok: false, message: problem }
    await setFlash(ownerFormKey.progress(token), {
      values: { day: rawDay },
      errors: [{ fieldId: `day-${actionId}`, message: `${step.title}: ${problem}` }],
    })
    redirect(backTo(token, to, '', '#error-summary'))
  }
  await clearFlash()
  await appendProgressEvent(
    view.id,
    intent === 'done' ? { kind: 'done', actionId, day: rawDay } : { kind: 'undone', actionId },
  )
  dropCachedSharePages()
  if (viaScript) return { ok: true, actionId, done: intent === 'done', day: rawDay }
  redirect(backTo(token, to, '', `#step-${actionId}`))
}

/** Moves the day week 1 begins. */
export async function moveStartAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const { token, view } = await authorized(form)
  const typed = String(form.get('startsOn') ?? '').trim()
  const day = startDaySchema(dayOf(new Date())).safeParse(typed)
  if (!day.success) {
    await setFlash(ownerFormKey.progress(token), {
      values: { startsOn: typed },
      errors: formFieldErrors(day.error, {}, 'starts-on'),
    })
    redirect(backTo(token, 'progress', '', '#error-summary'))
  }
  await clearFlash()
  await appendProgressEvent(view.id, { kind: 'start-moved', day: day.data })
  dropCachedSharePages()
  redirect(backTo(token, 'progress', '?done=start', '#progress-title'))
}

/** Re-schedules the steps left from today, at the hours a week the owner chooses. */
export async function replanAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const { token, view, progress } = await authorized(form)
  const raw = String(form.get('hoursPerWeek') ?? '').trim()
  const { content } = await currentContent()
  const hours = hoursInputSchema(hoursBounds(content)).safeParse(raw)
  if (!hours.success) {
    await setFlash(ownerFormKey.progress(token), {
      values: { hoursPerWeek: raw },
      errors: formFieldErrors(hours.error, {}, 'replan-hours'),
    })
    redirect(backTo(token, 'progress', '', '#error-summary'))
  }
  // Nothing left to schedule: there is nothing to re-plan.
  if (progress.summary.allDone) redirect(backTo(token, 'progress', '', '#progress-title'))
  // The schedule, the window and the headline are recomputed together and stored in the event.
  const data = replanFromToday(content, view.result, progress, hours.data)
  await clearFlash()
  await appendProgressEvent(view.id, { kind: 'replanned', day: dayOf(new Date()), data })
  dropCachedSharePages()
  redirect(backTo(token, 'progress', '?done=replanned', '#progress-title'))
}

/** The same, as a plain form action (no JavaScript): it always ends in a redirect. */
export async function toggleStepFormAction(input: unknown): Promise<void> {
  const form = formInput(input)
  form.delete('via')
  await toggleStepAction(form)
}

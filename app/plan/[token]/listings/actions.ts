'use server'

import { revalidatePath } from 'next/cache'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { AnswersSchema } from '@/lib/engine/content/answers'
import type { FieldError } from '@/lib/engine/input/field-errors'
import { analyseListing } from '@/lib/engine/listings/analyse'
import { checkListingText, defaultListingName, MAX_LISTING_NAME } from '@/lib/engine/listings/listing-input'
import { ownerFormKey } from '@/lib/plans/positioning/form-keys'
import {
  deleteJobListing,
  findJobListing,
  MAX_SAVED_LISTINGS,
  renameJobListing,
  saveJobListing,
  showJobListingOnShare,
} from '@/lib/plans/positioning/listing-repo'
import { OwnerTokenSchema, redirectOwner as redirect, savesLimitError } from '@/lib/plans/positioning/owner-actions'
import { analysisOf, loadOwnerListingContext } from '@/lib/plans/positioning/owner-listings'
import { pointPlanAt, unpointPlan } from '@/lib/plans/positioning/point-plan'
import { dayOf } from '@/lib/plans/progress/days'
import { appendProgressEvent } from '@/lib/plans/progress/progress-repo'
import { clearFlash, setFlash } from '@/lib/platform/flash/flash'
import { formInput } from '@/lib/platform/security/action-input'

// The owner's job-listing actions. Each authorizes itself from the owner token in the form (the repositories only
// touch that owner's listings), and redirects (post/redirect/get, so it works without JavaScript). A listing that
// cannot be kept comes back with what was typed, from the owner form flash (a pasted listing is too big for a cookie).

const page = (token: string, rest = '') => `/plan/${token}/listings${rest}`
const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '')

function ownerToken(form: FormData): string {
  const token = OwnerTokenSchema.safeParse(form.get('token'))
  if (!token.success) notFound()
  return token.data
}

export async function checkListingAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = ownerToken(form)
  const ctx = await loadOwnerListingContext(token)
  if (!ctx) notFound()
  const typed = { text: text(form.get('text')), name: text(form.get('name')) }
  const errors: FieldError[] = []
  const checked = checkListingText(typed.text)
  if (!checked.ok) errors.push({ fieldId: 'listing-text', message: `The listing ${checked.problem.message}.` })
  const name = typed.name.trim()
  if (name.length > MAX_LISTING_NAME)
    errors.push({ fieldId: 'listing-name', message: `Keep the name to ${MAX_LISTING_NAME} characters.` })
  if (errors.length === 0) {
    const limited = await savesLimitError('check-listing', 'listing')
    if (limited) errors.push(limited)
  }
  if (errors.length > 0 || !checked.ok) {
    await setFlash(ownerFormKey.listing(token), { values: typed, errors })
    redirect(page(token, '#error-summary'))
  }
  const saved = await saveJobListing(token, {
    name: name || defaultListingName(checked.text),
    text: checked.text,
    analysis: analyseListing(ctx.content, checked.text),
    contentVersion: ctx.version,
  })
  if (saved === null) notFound()
  if (saved === 'full') {
    await setFlash(ownerFormKey.listing(token), {
      values: typed,
      errors: [
        {
          fieldId: 'check-listing',
          message: `You keep ${MAX_SAVED_LISTINGS} listings already. Delete one you no longer need, then check this one: it is still here.`,
        },
      ],
    })
    redirect(page(token, '#error-summary'))
  }
  await clearFlash()
  redirect(page(token, `/${saved.id}`))
}

const IdSchema = z.uuid()

export async function renameListingAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = ownerToken(form)
  const id = IdSchema.safeParse(form.get('id'))
  if (!id.success) notFound()
  const typed = text(form.get('name'))
  const name = typed.trim()
  if (name === '' || name.length > MAX_LISTING_NAME) {
    const message = name === '' ? 'Give the listing a name.' : `Keep the name to ${MAX_LISTING_NAME} characters.`
    await setFlash(ownerFormKey.rename(token, id.data), {
      values: { name: typed },
      errors: [{ fieldId: 'rename', message }],
    })
    redirect(page(token, `/${id.data}#error-summary`))
  }
  if (!(await renameJobListing(token, id.data, name))) notFound()
  await clearFlash()
  redirect(page(token, `/${id.data}?done=renamed`))
}

export async function deleteListingAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = ownerToken(form)
  const id = IdSchema.safeParse(form.get('id'))
  if (!id.success || !(await deleteJobListing(token, id.data))) notFound()
  redirect(page(token, '?done=deleted#saved-title'))
}

// The share page shows progress and the window: drop its cached copies when a re-plan changes them.
const dropCachedSharePages = () => revalidatePath('/share/[token]', 'page')

/**
 * "Point my plan at this listing": re-plans from today with the listing's gaps first (lib/plans/positioning/point-plan.ts),
 * stored as a re-plan event like the progress page's, so the window and headline follow. Back to the plan, which
 * says which listing it points at.
 */
export async function pointPlanAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = ownerToken(form)
  const id = IdSchema.safeParse(form.get('id'))
  const ctx = await loadOwnerListingContext(token)
  const listing = ctx && id.success ? await findJobListing(token, id.data) : null
  if (!ctx || !listing) notFound()
  const answers = AnswersSchema.safeParse(ctx.owner.view.answers)
  const data = pointPlanAt(
    ctx.content,
    ctx.owner.view.result,
    answers.success ? answers.data : {},
    ctx.owner.progress,
    {
      listingId: listing.id,
      name: listing.name,
      analysis: analysisOf(ctx, listing),
    },
  )
  if (!data) redirect(page(token, `/${listing.id}?done=all-done#point-title`))
  await appendProgressEvent(ctx.owner.view.id, { kind: 'replanned', day: dayOf(new Date()), data })
  dropCachedSharePages()
  redirect(`/plan/${token}?done=pointed#pointed-title`)
}

/** "Stop pointing at it": re-plans the plan as made from today, pointing at no listing. */
export async function unpointPlanAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = ownerToken(form)
  const ctx = await loadOwnerListingContext(token)
  if (!ctx) notFound()
  const { view, progress } = ctx.owner
  if (!progress.state.replan?.listing) redirect(`/plan/${token}`)
  const data = unpointPlan(ctx.content, view.result, view.plan, progress)
  if (data) {
    await appendProgressEvent(view.id, { kind: 'replanned', day: dayOf(new Date()), data })
    dropCachedSharePages()
  }
  redirect(`/plan/${token}?done=${data ? 'unpointed' : 'all-done'}`)
}

/**
 * Shows this listing's check on the share page, or stops (a listing is never shown unless the owner chooses it;
 * showing one hides any other).
 */
export async function shareListingAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = ownerToken(form)
  const id = IdSchema.safeParse(form.get('id'))
  const show = form.get('show') === 'yes'
  if (!id.success || !(await showJobListingOnShare(token, id.data, show))) notFound()
  dropCachedSharePages()
  redirect(page(token, `/${id.data}?done=${show ? 'shown' : 'hidden'}#share-title`))
}

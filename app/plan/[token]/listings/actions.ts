'use server'

import { notFound } from 'next/navigation'
import { z } from 'zod'
import { analyseListing } from '@/lib/listings/analyse'
import { checkListingText, defaultListingName, MAX_LISTING_NAME } from '@/lib/listings/listing-input'
import { deleteJobListing, MAX_SAVED_LISTINGS, renameJobListing, saveJobListing } from '@/lib/listings/listing-repo'
import { clearOwnerFlash, FORM_KEYS, setOwnerFlash } from '@/lib/positioning/form-flash-repo'
import { OwnerTokenSchema, redirectOwner as redirect, savesLimitError } from '@/lib/positioning/owner-actions'
import { loadOwnerListingContext } from '@/lib/positioning/owner-listings'
import { formInput } from '@/lib/security/action-input'

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
  const errors: { fieldId: string; message: string }[] = []
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
    await setOwnerFlash(token, FORM_KEYS.listing, { values: typed, errors })
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
    await setOwnerFlash(token, FORM_KEYS.listing, {
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
  await clearOwnerFlash(token, FORM_KEYS.listing)
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
    if (
      !(await setOwnerFlash(token, FORM_KEYS.rename(id.data), {
        values: { name: typed },
        errors: [{ fieldId: 'rename', message }],
      }))
    )
      notFound()
    redirect(page(token, `/${id.data}#error-summary`))
  }
  if (!(await renameJobListing(token, id.data, name))) notFound()
  await clearOwnerFlash(token, FORM_KEYS.rename(id.data))
  redirect(page(token, `/${id.data}?done=renamed`))
}

export async function deleteListingAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const token = ownerToken(form)
  const id = IdSchema.safeParse(form.get('id'))
  if (!id.success || !(await deleteJobListing(token, id.data))) notFound()
  redirect(page(token, '?done=deleted#saved-title'))
}

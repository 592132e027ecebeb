import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import type { FieldError } from '@/lib/engine/input/field-errors'
import { limitRequest, waitPhrase } from '@/lib/platform/rate-limit/request-limits'
import { isWellFormedToken } from '@/lib/platform/security/tokens'

// What the owner's listing and story actions share: the owner token as a form field, the rate limit as a message
// next to the button, and the redirect back that re-renders the page.

export const OwnerTokenSchema = z.string().refine(isWellFormedToken)

/** The saves limit, as an error next to the button saying how long to wait; null when within it. */
export async function savesLimitError(fieldId: string, what: string): Promise<FieldError | null> {
  const limit = await limitRequest('saves')
  if (limit.allowed) return null
  return {
    fieldId,
    message: `Too many saves from this address just now. Try again in ${waitPhrase(limit.retryAfterSeconds)}: your ${what} is still here.`,
  }
}

/**
 * Post/redirect/get. With JavaScript, a redirect back to the page the form is on (an error, a rename) would only
 * scroll to the hash: dropping the owner pages from the client's cache makes it render again, with the kept text and
 * the errors.
 */
export function redirectOwner(url: string): never {
  revalidatePath('/plan/[token]', 'layout')
  redirect(url)
}

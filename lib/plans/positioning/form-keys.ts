import { formKeyFor } from '@/lib/platform/flash/flash'
import { tokenHash } from '@/lib/platform/security/tokens'

// The owner's forms that keep what was typed when they fail (lib/platform/flash/flash.ts). Each key names its plan, so two
// plans open in one browser never show each other's typing.

const scoped = (ownerToken: string, form: string) => formKeyFor(form, tokenHash(ownerToken).slice(0, 16))

export const ownerFormKey = {
  listing: (ownerToken: string) => scoped(ownerToken, 'listing'),
  rename: (ownerToken: string, listingId: string) => scoped(ownerToken, `listing-rename:${listingId}`),
  story: (ownerToken: string, promptId: string) => scoped(ownerToken, `story:${promptId}`),
}

import { scopedFormKey } from '@/lib/platform/flash/flash'

// The owner's forms that keep what was typed when they fail (lib/platform/flash/flash.ts). Each key names its plan, so two
// plans open in one browser never show each other's typing.

const scoped = (ownerToken: string, form: string) => scopedFormKey(form, ownerToken)

export const ownerFormKey = {
  listing: (ownerToken: string) => scoped(ownerToken, 'listing'),
  rename: (ownerToken: string, listingId: string) => scoped(ownerToken, `listing-rename:${listingId}`),
  story: (ownerToken: string, promptId: string) => scoped(ownerToken, `story:${promptId}`),
  progress: (ownerToken: string) => scoped(ownerToken, 'progress'),
  raters: (ownerToken: string) => scoped(ownerToken, 'raters'),
  raterNew: (ownerToken: string) => scoped(ownerToken, 'rater-new'),
}

import { z } from 'zod'
import { getDb } from '@/lib/platform/db'
import { toJsonColumn } from '@/lib/platform/db/json'
import { isWellFormedToken, tokenHash } from '@/lib/platform/security/tokens'

// The owner's forms that take long text (a pasted job listing, a story draft) cannot keep what was typed in the
// flash cookie the assessment uses (lib/questionnaire/flash.ts holds ~3 KB). When such a form fails — too long, too many
// saved, too many requests — the action keeps what was typed here and redirects back; the page shows it again with
// the errors. Authorized by the owner token like every owner operation; one row per form, gone with the family.

/** The forms that keep what was typed here. */
export const FORM_KEYS = {
  listing: 'listing',
  rename: (listingId: string) => `listing-rename:${listingId}`,
  story: (promptId: string) => `story:${promptId}`,
} as const

/** A flash older than this is not shown: it belongs to an attempt the owner has moved on from. */
export const FLASH_SHOW_MINUTES = 30
/** Room for a listing past its limit (20,000 characters), so even the text we refused comes back whole. */
const MAX_VALUE = 64_000

export const OwnerFlashSchema = z.strictObject({
  values: z.record(z.string().max(40), z.string().max(MAX_VALUE)),
  errors: z.array(z.strictObject({ fieldId: z.string().max(80), message: z.string().max(300) })).max(20),
})
export type OwnerFlash = z.infer<typeof OwnerFlashSchema>

const familyWhere = (ownerToken: string) => ({ ownerTokenHash: tokenHash(ownerToken) })

/** Keeps (or replaces) what was typed into this form. False when the owner token is unknown. */
export async function setOwnerFlash(ownerToken: string, formKey: string, flash: OwnerFlash): Promise<boolean> {
  if (!isWellFormedToken(ownerToken)) return false
  const parsed = OwnerFlashSchema.parse({
    values: Object.fromEntries(Object.entries(flash.values).map(([k, v]) => [k, v.slice(0, MAX_VALUE)])),
    errors: flash.errors,
  })
  const db = getDb()
  const family = await db.planFamily.findUnique({ where: familyWhere(ownerToken), select: { id: true } })
  if (!family) return false
  const payload = toJsonColumn(parsed, 'payload')
  await db.ownerFormFlash.upsert({
    where: { familyId_formKey: { familyId: family.id, formKey } },
    create: { familyId: family.id, formKey, payload },
    update: { payload, createdAt: new Date() },
    select: { formKey: true },
  })
  return true
}

/** What the last failed submit of this form left, if it is recent. */
export async function readOwnerFlash(
  ownerToken: string,
  formKey: string,
  now = new Date(),
): Promise<OwnerFlash | null> {
  if (!isWellFormedToken(ownerToken)) return null
  const row = await getDb().ownerFormFlash.findFirst({
    where: {
      formKey,
      family: familyWhere(ownerToken),
      createdAt: { gt: new Date(now.getTime() - FLASH_SHOW_MINUTES * 60_000) },
    },
    select: { payload: true },
  })
  const parsed = OwnerFlashSchema.safeParse(row?.payload)
  return parsed.success ? parsed.data : null
}

/** After a successful submit: what was kept is no longer needed. */
export async function clearOwnerFlash(ownerToken: string, formKey: string): Promise<void> {
  if (!isWellFormedToken(ownerToken)) return
  await getDb().ownerFormFlash.deleteMany({ where: { formKey, family: familyWhere(ownerToken) } })
}

import { cookies } from 'next/headers'
import { z } from 'zod'

// After a failed submit we redirect back to the form (post/redirect/get, so it works without JavaScript). What the
// user typed and the errors ride along in a short-lived cookie, so nothing they entered is lost, even input that is
// not valid and so cannot be saved to the draft.
const COOKIE = 'htw_flash'

const RawValueSchema = z.union([z.string().max(200), z.array(z.string().max(200)).max(50)])

export const FlashSchema = z.strictObject({
  formId: z.string().max(60),
  values: z.record(z.string().max(80), RawValueSchema),
  errors: z.array(z.strictObject({ fieldId: z.string().max(80), message: z.string().max(300) })).max(60),
})
export type Flash = z.infer<typeof FlashSchema>

export async function setFlash(flash: Flash) {
  const clipped: Flash = {
    ...flash,
    values: Object.fromEntries(
      Object.entries(flash.values).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.map((s) => s.slice(0, 200)) : v.slice(0, 200),
      ]),
    ),
  }
  ;(await cookies()).set(COOKIE, JSON.stringify(clipped), { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 120 })
}

/** The flash for this form, if the last submit of it failed. Pages cannot clear cookies; the next action does. */
export async function readFlash(formId: string): Promise<Flash | null> {
  const raw = (await cookies()).get(COOKIE)?.value
  if (!raw) return null
  try {
    const parsed = FlashSchema.safeParse(JSON.parse(raw))
    return parsed.success && parsed.data.formId === formId ? parsed.data : null
  } catch {
    return null
  }
}

export async function clearFlash() {
  ;(await cookies()).delete(COOKIE)
}

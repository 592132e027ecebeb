import 'server-only'
import { cookies } from 'next/headers'
import { z } from 'zod'
import { cookieName, cookieOptions } from '@/lib/platform/security/cookies'

// After a failed submit we redirect back to the form (post/redirect/get, so it works without JavaScript). What the
// user typed and the errors ride along in a short-lived cookie, so nothing they entered is lost, even input that is
// not valid and so cannot be saved to the draft.
const cookie = () => cookieName('htw_flash')
const MAX_AGE_SECONDS = 120

// Per-item limits: far above anything our forms produce (the longest option id is ~30 characters, the most options
// a question has is 10), far below what a crafted post can send.
const MAX_TEXT = 200
const MAX_VALUES_PER_FIELD = 30
const MAX_FIELDS = 60
const MAX_ERRORS = 60
const MAX_MESSAGE = 300

/**
 * The most the cookie's value may take on the wire, in bytes. Browsers silently drop a cookie whose name, value and
 * attributes pass 4,096 bytes, and the user would then lose what they typed; 3,000 leaves room for the rest. The
 * largest real flash (every error of the longest section, every option of every question chosen) is ~2,100.
 */
export const FLASH_WIRE_BUDGET = 3000

const RawValueSchema = z.union([z.string().max(MAX_TEXT), z.array(z.string().max(MAX_TEXT)).max(MAX_VALUES_PER_FIELD)])

export const FlashSchema = z.strictObject({
  formId: z.string().max(60),
  values: z.record(z.string().max(80), RawValueSchema),
  errors: z
    .array(z.strictObject({ fieldId: z.string().max(80), message: z.string().max(MAX_MESSAGE) }))
    .max(MAX_ERRORS),
})
export type Flash = z.infer<typeof FlashSchema>

// base64url of the JSON: cookie values are percent-encoded, which would triple every quote and brace of raw JSON.
export const encodeFlash = (flash: Flash) => Buffer.from(JSON.stringify(flash)).toString('base64url')

export function decodeFlash(raw: string): Flash | null {
  try {
    const parsed = FlashSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value))
const wireBytes = (jsonLength: number) => Math.ceil((jsonLength * 4) / 3)

/** Each item within its limit: text clipped, repeated values dropped, long lists cut. */
function clip(flash: Flash): Flash {
  const values: Flash['values'] = {}
  for (const [fieldId, value] of Object.entries(flash.values).slice(0, MAX_FIELDS)) {
    values[fieldId.slice(0, 80)] = Array.isArray(value)
      ? [...new Set(value.map((v) => v.slice(0, MAX_TEXT)))].slice(0, MAX_VALUES_PER_FIELD)
      : value.slice(0, MAX_TEXT)
  }
  const errors = flash.errors
    .slice(0, MAX_ERRORS)
    .map((e) => ({ fieldId: e.fieldId.slice(0, 80), message: e.message.slice(0, MAX_MESSAGE) }))
  return { formId: flash.formId.slice(0, 60), values, errors }
}

/**
 * The flash as it will be stored: within every limit and within FLASH_WIRE_BUDGET. Real input is kept whole. Past
 * the budget (only crafted posts get there) the errors are kept first, since they say what to fix, then as many of
 * the values as fit, in form order.
 */
export function capFlash(flash: Flash): Flash {
  const clipped = clip(flash)
  if (wireBytes(jsonBytes(clipped)) <= FLASH_WIRE_BUDGET) return clipped

  const kept: Flash = { formId: clipped.formId, values: {}, errors: [] }
  // Exact JSON length as items are appended: each one adds its own JSON, plus a comma after the first.
  let length = jsonBytes(kept)
  const fits = (extra: number) => wireBytes(length + extra) <= FLASH_WIRE_BUDGET
  for (const error of clipped.errors) {
    const extra = jsonBytes(error) + (kept.errors.length > 0 ? 1 : 0)
    if (!fits(extra)) break
    kept.errors.push(error)
    length += extra
  }
  for (const [fieldId, value] of Object.entries(clipped.values)) {
    const comma = Object.keys(kept.values).length > 0 ? 1 : 0
    if (typeof value === 'string') {
      const extra = jsonBytes(fieldId) + 1 + jsonBytes(value) + comma
      if (!fits(extra)) continue
      kept.values[fieldId] = value
      length += extra
      continue
    }
    const entry = jsonBytes(fieldId) + 1 + 2 + comma // "id":[]
    if (!fits(entry)) continue
    const list: string[] = []
    kept.values[fieldId] = list
    length += entry
    for (const item of value) {
      const extra = jsonBytes(item) + (list.length > 0 ? 1 : 0)
      if (!fits(extra)) break
      list.push(item)
      length += extra
    }
  }
  return kept
}

export async function setFlash(flash: Flash) {
  ;(await cookies()).set(cookie(), encodeFlash(capFlash(flash)), cookieOptions(MAX_AGE_SECONDS))
}

/** The flash for this form, if the last submit of it failed. Pages cannot clear cookies; the next action does. */
export async function readFlash(formId: string): Promise<Flash | null> {
  const raw = (await cookies()).get(cookie())?.value
  if (!raw) return null
  const flash = decodeFlash(raw)
  return flash?.formId === formId ? flash : null
}

export async function clearFlash() {
  // With the attributes it was set with: browsers ignore a `__Host-` Set-Cookie that lacks Secure or Path=/.
  ;(await cookies()).delete({ name: cookie(), ...cookieOptions(0) })
}

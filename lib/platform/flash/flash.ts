import 'server-only'
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { cookies } from 'next/headers'
import { cache } from 'react'
import { z } from 'zod'
import { log } from '@/lib/platform/log'
import { limitRequest } from '@/lib/platform/rate-limit/request-limits'
import { cookieName, cookieOptions } from '@/lib/platform/security/cookies'
import { isWellFormedToken, newToken, tokenHash } from '@/lib/platform/security/tokens'
import { deleteFlash, findFlash, putFlash } from './flash-repo'

// The one way a form keeps what was typed, and its errors, across a failed submit: the action stores them and
// redirects back (post/redirect/get, so it works without JavaScript); the page shows them, on every load until the
// next submit of that browser replaces or clears them, so a reload loses nothing either.
// A cookie alone cannot carry it (browsers drop cookies past ~4 KB; a pasted listing or an admin's item is tens of KB),
// so the cookie holds only a random token, 256 bits, and the row is found by its sha256 and encrypted with a key
// derived from it: without the browser that posted, a row can be neither found nor read, and a leaked database
// leaks no one's typing. A bad or stale cookie finds nothing and is ignored.

const cookie = () => cookieName('htw_flash')

/** How long a flash is kept: enough to come back from a coffee, short enough that nothing lingers. */
export const FLASH_MINUTES = 30
/**
 * A backstop: request bodies are already capped by the action gate (64 KB for most forms, lib/platform/security/action-gate.ts),
 * so a flash is never much larger than the post that made it; the largest real one, an import, is ~512 KB.
 */
export const MAX_FLASH_BYTES = 1024 * 1024

// No length limits here: a flash is sealed by the server, and its whole size is capped where it is written.
export const FieldErrorSchema = z.object({ fieldId: z.string(), message: z.string(), where: z.string().optional() })

/** What most forms keep: the raw values as posted and the errors to show next to them. */
export const FormFlashSchema = z.object({
  values: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  errors: z.array(FieldErrorSchema),
})
export type FormFlash = z.infer<typeof FormFlashSchema>

/** For forms of text fields only (a listing, a story): each value one string. */
export const TextFormFlashSchema = FormFlashSchema.extend({ values: z.record(z.string(), z.string()) })

const IV_BYTES = 12
const TAG_BYTES = 16
const keyOf = (token: string) => Buffer.from(hkdfSync('sha256', token, '', 'howtowhy form flash', 32))

/** The payload encrypted for the holder of token; the form's key is bound in, so a row cannot pose as another form. */
export function sealFlash(token: string, formKey: string, payload: unknown): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', keyOf(token), iv).setAAD(Buffer.from(formKey))
  const body = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()])
  return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]))
}

/** The payload, or null when it was not sealed for this token and form (or is damaged). */
export function openFlash(token: string, formKey: string, sealed: Uint8Array): unknown {
  try {
    const bytes = Buffer.from(sealed)
    const decipher = createDecipheriv('aes-256-gcm', keyOf(token), bytes.subarray(0, IV_BYTES))
    decipher.setAAD(Buffer.from(formKey)).setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
    const json = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()])
    return JSON.parse(json.toString('utf8'))
  } catch {
    return null
  }
}

/** A form's key for one owner (an admin, a plan), so one browser used for two never shows one's typing to the other. */
export const formKeyFor = (form: string, owner: string) => `${form}@${owner}`

/** A form's key for the holder of a secret link (a plan, a rating link, an invitation), named by its hash only. */
export const scopedFormKey = (form: string, secret: string) => formKeyFor(form, tokenHash(secret).slice(0, 16))

async function cookieToken(): Promise<string | null> {
  const raw = (await cookies()).get(cookie())?.value
  return raw && isWellFormedToken(raw) ? raw : null
}

/** Keeps payload for this browser's next read of formKey, replacing any flash it had. Call from an action. */
export async function setFlash(formKey: string, payload: unknown): Promise<void> {
  const previous = await cookieToken()
  if (previous) await deleteFlash(tokenHash(previous))
  if (Buffer.byteLength(JSON.stringify(payload)) > MAX_FLASH_BYTES) {
    log.warn({ event: 'flash_too_large', formKey }, 'form flash over its size cap, not kept')
    return
  }
  // A browser with a flash cookie replaces its own row; one without adds a row, so those are counted per address: a
  // client that never keeps cookies cannot fill the table (past the limit its failed posts come back without them).
  if (!previous && !(await limitRequest('flashes')).allowed) return
  const token = newToken()
  await putFlash({
    idHash: tokenHash(token),
    formKey,
    payload: sealFlash(token, formKey, payload),
    expiresAt: new Date(Date.now() + FLASH_MINUTES * 60_000),
  })
  ;(await cookies()).set(cookie(), token, cookieOptions(FLASH_MINUTES * 60))
}

// Read from the database once per request: a page's metadata (its "Error:" title) and its body both ask.
const readOnce = cache(async (formKey: string): Promise<unknown> => {
  const token = await cookieToken()
  if (!token) return null
  const sealed = await findFlash(tokenHash(token), formKey, new Date())
  return sealed && openFlash(token, formKey, sealed)
})

/**
 * The flash this browser left for formKey. It stays until the browser's next submit replaces or clears it, or it
 * expires, so reloading the page shows the same input and errors. Null when there is none, it expired, or it does
 * not fit schema.
 */
export async function readFlash<T = FormFlash>(
  formKey: string,
  schema: z.ZodType<T> = FormFlashSchema as unknown as z.ZodType<T>,
): Promise<T | null> {
  const parsed = schema.safeParse(await readOnce(formKey))
  return parsed.success ? parsed.data : null
}

/** After a successful submit: forgets whatever this browser had kept. Call from an action. */
export async function clearFlash(): Promise<void> {
  const token = await cookieToken()
  if (token)
    await deleteFlash(tokenHash(token))
    // With the attributes it was set with: browsers ignore a `__Host-` Set-Cookie that lacks Secure or Path=/.
  ;(await cookies()).delete({ name: cookie(), ...cookieOptions(0) })
}

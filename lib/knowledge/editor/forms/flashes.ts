import 'server-only'
import { z } from 'zod'
import { currentAdmin } from '@/lib/admin/admin-session'
import { type EditorFlash, editorFormKey } from '@/lib/knowledge/editor/content-editing'
import { PUBLISH_FORM } from '@/lib/knowledge/store/content-admin'
import { FieldErrorSchema, FormFlashSchema, formKeyFor, readFlash } from '@/lib/platform/flash/flash'

// What the admin forms keep across a failed submit (lib/platform/flash/flash.ts), each under a key scoped to the admin, so a
// browser shared by two admins never shows one's typing to the other.

/**
 * An item editor's flash as read back: its outline checked (the values are the item's nested raw form); the rest
 * (conflict details) is trusted as written, since a flash is sealed by the server and opens only for the browser it
 * was written for.
 */
const EditorFlashOutline = z.object({
  values: z.record(z.string(), z.unknown()),
  errors: z.array(FieldErrorSchema),
  baseRevision: z.number(),
})
export const EditorFlashSchema = z.custom<EditorFlash>((value) => EditorFlashOutline.safeParse(value).success)
export const editorFlashKey = (userId: string, collection: string, itemId: string | null) =>
  formKeyFor(editorFormKey(collection, itemId), userId)

export const PublishFlashSchema = FormFlashSchema.extend({
  values: z.strictObject({ note: z.string(), warningNote: z.string(), accepted: z.array(z.string()) }),
})
export type PublishFlash = z.infer<typeof PublishFlashSchema>
export const publishFlashKey = (userId: string) => formKeyFor(PUBLISH_FORM, userId)

/** Whether the signed-in admin's last submit of this form failed (for the page's "Error:" title). */
export async function adminFormFailed(formKey: (userId: string) => string): Promise<boolean> {
  const admin = await currentAdmin()
  if (!admin) return false
  const flash = await readFlash(formKey(admin.userId), z.object({ errors: z.array(z.unknown()) }))
  return (flash?.errors.length ?? 0) > 0
}

/** The problems an import found, and the JSON to show again (empty when it was too large to keep). */
export const ImportFlashSchema = z.strictObject({ problems: z.array(z.string()), json: z.string() })
export type ImportFlash = z.infer<typeof ImportFlashSchema>
export const importFlashKey = (userId: string) => formKeyFor('import', userId)

'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { requireAdminAction } from '@/lib/admin/admin-session'
import { type ImportFlash, importFlashKey } from '@/lib/knowledge/editor/forms/flashes'
import { parseBundle } from '@/lib/knowledge/store/bundle-format'
import { FingerprintSchema, importIntoDraft } from '@/lib/knowledge/store/content-admin'
import { draftProblems } from '@/lib/knowledge/store/problems'
import { clearFlash, setFlash } from '@/lib/platform/flash/flash'
import { formInput } from '@/lib/platform/security/action-input'

// Half a megabyte: a whole release is ~140 kB of JSON today.
const MAX_BYTES = 512 * 1024

// The pasted text is checked below (size, JSON, bundle); no fingerprint means "import over whatever the draft is".
const ImportSchema = z.object({
  json: z.string().catch(''),
  fingerprint: z.union([z.literal('').transform(() => undefined), FingerprintSchema]).optional(),
})

export async function importAction(input: unknown): Promise<void> {
  const admin = await requireAdminAction()
  const form = formInput(input)
  const file = form.get('file')
  const fields = ImportSchema.safeParse({
    json: form.get('json') ?? '',
    fingerprint: form.get('fingerprint') ?? undefined,
  })
  const pasted = fields.success ? fields.data.json : ''
  const text = file instanceof File && file.size > 0 ? (file.size > MAX_BYTES ? null : await file.text()) : pasted
  const fail = async (problems: string[]) => {
    const json = text && text.length <= MAX_BYTES ? text : ''
    await setFlash(importFlashKey(admin.userId), { problems, json } satisfies ImportFlash)
    redirect('/admin/import#error-summary')
  }
  if (text === null || text.length > MAX_BYTES)
    return fail(['The file is larger than 512 kB; a release is far smaller. Check you chose the right file.'])
  if (text.trim() === '') return fail(['Choose a file or paste the JSON of a release.'])
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return fail([`This is not valid JSON: ${error instanceof Error ? error.message : 'parse error'}.`])
  }
  const bundle = parseBundle(json)
  if (!bundle.ok) return fail(bundle.problems)
  const problems = draftProblems(bundle.raw)
  if (problems.length > 0)
    return fail(
      problems.map(
        (p) =>
          `${p.collection ?? 'content'}${p.itemId ? ` › ${p.itemName ?? p.itemId}` : ''}${p.where ? ` › ${p.where}` : ''}: ${p.message}`,
      ),
    )
  if (!fields.success) return fail(['The draft changed since you opened this page. Reload it and import again.'])
  const outcome = await importIntoDraft(admin, bundle.raw, fields.data.fingerprint)
  if (!outcome.ok) return fail(['The draft changed since you opened this page. Reload it and import again.'])
  await clearFlash()
  redirect('/admin/publish?imported=1')
}

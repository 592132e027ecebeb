'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { requireAdminAction } from '@/lib/admin/admin-session'
import { setFlash } from '@/lib/assessment/flash'
import { discardDraftChanges, publishDraft, rollBackTo } from '@/lib/content-store/content-admin'

const PublishSchema = z.object({
  fingerprint: z.string().min(1).max(64),
  note: z
    .string()
    .trim()
    .min(1, { error: 'Say in a sentence what changed and why: it goes in the release history.' })
    .max(1000, { error: 'Keep the note under 1,000 characters.' }),
})

// New assessments read the content per request, so nothing needs to be rebuilt; pages Next may hold are dropped.
const dropCachedPages = () => revalidatePath('/', 'layout')

export async function publishAction(form: FormData): Promise<void> {
  const admin = await requireAdminAction()
  const parsed = PublishSchema.safeParse({ fingerprint: form.get('fingerprint'), note: form.get('note') ?? '' })
  const note = String(form.get('note') ?? '').slice(0, 200)
  if (!parsed.success) {
    await setFlash({
      formId: 'publish',
      values: { note },
      errors: parsed.error.issues.map((i) => ({ fieldId: String(i.path[0]), message: i.message })),
    })
    redirect('/admin/publish#error-summary')
  }
  const outcome = await publishDraft(admin, parsed.data.note, parsed.data.fingerprint)
  if (outcome.ok) {
    dropCachedPages()
    redirect(`/admin/releases?published=${outcome.release.number}`)
  }
  const messages = {
    changed: 'The draft changed since you opened this page. Look over the changes below, then publish again.',
    'no-changes': 'The draft is the same as the published release: there is nothing to publish.',
    'no-draft': 'There is no draft to publish.',
    problems: 'Fix the problems listed below first.',
  } as const
  await setFlash({
    formId: 'publish',
    values: { note },
    errors: [{ fieldId: 'note', message: messages[outcome.reason] }],
  })
  redirect('/admin/publish#error-summary')
}

const RollbackSchema = z.object({
  releaseNumber: z.coerce.number().int().min(1).max(2_147_483_647),
  note: z.string().trim().max(1000),
})

export async function rollBackAction(form: FormData): Promise<void> {
  const admin = await requireAdminAction()
  const parsed = RollbackSchema.safeParse({ releaseNumber: form.get('releaseNumber'), note: form.get('note') ?? '' })
  if (!parsed.success) redirect('/admin/releases')
  const note = parsed.data.note || `Rolled back to release ${parsed.data.releaseNumber}`
  const outcome = await rollBackTo(admin, parsed.data.releaseNumber, note)
  if (outcome.ok) {
    dropCachedPages()
    redirect(`/admin/releases?published=${outcome.release.number}`)
  }
  redirect(`/admin/releases?rollback=${outcome.reason}`)
}

export async function discardDraftAction(form: FormData): Promise<void> {
  const admin = await requireAdminAction()
  const fingerprint = String(form.get('fingerprint') ?? '')
  if (form.get('confirm') !== 'yes') redirect('/admin/publish?discard=unconfirmed')
  const outcome = await discardDraftChanges(admin, fingerprint)
  redirect(outcome.ok ? '/admin/publish?discard=done' : '/admin/publish?discard=changed')
}

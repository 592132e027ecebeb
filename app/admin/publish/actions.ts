'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { requireAdminAction } from '@/lib/admin/admin-session'
import { fieldErrors, topField } from '@/lib/engine/input/field-errors'
import { type PublishFlash, publishFlashKey } from '@/lib/knowledge/editor/forms/flashes'
import { discardDraftChanges, FingerprintSchema, publishDraft, rollBackTo } from '@/lib/knowledge/store/content-admin'
import { acceptFieldId } from '@/lib/knowledge/store/model-checks'
import { clearFlash, setFlash } from '@/lib/platform/flash/flash'
import { formInput } from '@/lib/platform/security/action-input'

const DiscardSchema = z.object({ confirm: z.literal('yes'), fingerprint: FingerprintSchema })

const PublishSchema = z.object({
  fingerprint: FingerprintSchema,
  note: z
    .string()
    .trim()
    .min(1, { error: 'Say in a sentence what changed and why: it goes in the release history.' })
    .max(1000, { error: 'Keep the note under 1,000 characters.' }),
  accepted: z.array(z.string().max(400)).max(100),
  warningNote: z.string().trim().max(2000, { error: 'Keep the note under 2,000 characters.' }),
})

// New assessments read the content per request, so nothing needs to be rebuilt; pages Next may hold are dropped.
const dropCachedPages = () => revalidatePath('/', 'layout')

const texts = (values: FormDataEntryValue[]) => values.filter((v): v is string => typeof v === 'string')

export async function publishAction(input: unknown): Promise<void> {
  const admin = await requireAdminAction()
  const form = formInput(input)
  const values = {
    note: String(form.get('note') ?? '').slice(0, 1000),
    warningNote: String(form.get('warningNote') ?? '').slice(0, 2000),
    accepted: texts(form.getAll('accept')).slice(0, 100),
  }
  const back = async (errors: PublishFlash['errors']): Promise<never> => {
    await setFlash(publishFlashKey(admin.userId), { values, errors } satisfies PublishFlash)
    redirect('/admin/publish#error-summary')
  }
  const parsed = PublishSchema.safeParse({ ...values, fingerprint: form.get('fingerprint') })
  if (!parsed.success)
    return back(fieldErrors(parsed.error, (issue) => ({ fieldId: `f-${topField(issue)}`, message: issue.message })))
  const { note, fingerprint, accepted, warningNote } = parsed.data
  const outcome = await publishDraft(admin, note, fingerprint, { accepted, note: warningNote })
  if (outcome.ok) {
    await clearFlash()
    dropCachedPages()
    redirect(`/admin/releases?published=${outcome.release.number}`)
  }
  if (outcome.reason === 'warnings') {
    const missing = outcome.warnings.filter((w) => !accepted.includes(w.id))
    return back([
      ...missing.map((w) => ({
        fieldId: acceptFieldId(w.id),
        message: `Fix this first, or tick it to publish anyway: ${w.message}`,
      })),
      ...(warningNote === ''
        ? [
            {
              fieldId: 'f-warningNote',
              message: 'Say why publishing with these warnings is right: the note goes in the audit log.',
            },
          ]
        : []),
    ])
  }
  const messages = {
    changed: 'The draft changed since you opened this page. Look over the changes below, then publish again.',
    'no-changes': 'The draft is the same as the published release: there is nothing to publish.',
    'no-draft': 'There is no draft to publish.',
    problems: 'Fix the problems listed below first.',
  } as const
  return back([{ fieldId: 'f-note', message: messages[outcome.reason] }])
}

const RollbackSchema = z.object({
  releaseNumber: z.coerce.number().int().min(1).max(2_147_483_647),
  note: z.string().trim().max(1000),
})

export async function rollBackAction(input: unknown): Promise<void> {
  const admin = await requireAdminAction()
  const form = formInput(input)
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

export async function discardDraftAction(input: unknown): Promise<void> {
  const admin = await requireAdminAction()
  const form = formInput(input)
  const parsed = DiscardSchema.safeParse({ fingerprint: form.get('fingerprint'), confirm: form.get('confirm') })
  if (!parsed.success)
    redirect(
      parsed.error.issues.some((issue) => topField(issue) === 'confirm')
        ? '/admin/publish?discard=unconfirmed'
        : '/admin/publish?discard=changed',
    )
  const outcome = await discardDraftChanges(admin, parsed.data.fingerprint)
  redirect(outcome.ok ? '/admin/publish?discard=done' : '/admin/publish?discard=changed')
}

'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { findAdminByEmail } from '@/lib/admin/admin-account-repo'
import { createAdminAccount, EmailSchema } from '@/lib/admin/admin-accounts'
import { requireAdminAction } from '@/lib/admin/admin-session'
import { appendAudit } from '@/lib/admin/audit-repo'
import { createInvite, findOpenInvite, markInviteUsed, withdrawInvite } from '@/lib/admin/invite-repo'
import { formFieldErrors } from '@/lib/engine/input/field-errors'
import { clearFlash, formKeyFor, scopedFormKey, setFlash } from '@/lib/platform/flash/flash'
import { formInput } from '@/lib/platform/security/action-input'
import { publicOrigin } from '@/lib/questionnaire/request'

export async function inviteAction(input: unknown): Promise<void> {
  const admin = await requireAdminAction()
  const form = formInput(input)
  const email = EmailSchema.safeParse(form.get('email') ?? '')
  const typed = String(form.get('email') ?? '').slice(0, 200)
  if (!email.success || (await findAdminByEmail(email.data))) {
    const errors = email.success
      ? [{ fieldId: 'invite-email', message: 'There is already an admin account with this email.' }]
      : formFieldErrors(email.error, {}, 'invite-email')
    await setFlash(formKeyFor('invite', admin.userId), { values: { email: typed }, errors })
    redirect('/admin/admins#error-summary')
  }
  const { token } = await createInvite(email.data, admin.userId)
  await appendAudit({
    action: 'admin-invited',
    actor: { id: admin.userId, email: admin.email },
    subject: email.data,
    ip: admin.ip,
  })
  // The link is shown once, to the inviting admin, who passes it on; only its hash is stored.
  await setFlash(formKeyFor('invite-link', admin.userId), {
    values: { link: `${await publicOrigin()}/admin/invite/${token}`.slice(0, 200), email: email.data },
    errors: [],
  })
  redirect('/admin/admins?invited=1')
}

export async function withdrawInviteAction(input: unknown): Promise<void> {
  const admin = await requireAdminAction()
  const form = formInput(input)
  const id = z.uuid().safeParse(form.get('inviteId'))
  if (id.success && (await withdrawInvite(id.data))) {
    await appendAudit({
      action: 'invite-revoked',
      actor: { id: admin.userId, email: admin.email },
      subject: `invitation ${id.data.slice(0, 8)}`,
      ip: admin.ip,
    })
  }
  redirect('/admin/admins')
}

const AcceptSchema = z.object({
  token: z.string().max(100),
  name: z.string().max(200),
  password: z.string().max(1000),
  confirm: z.string().max(1000),
})

// Accepting needs no admin: the single-use token is the authorization, checked here again.
export async function acceptInviteAction(input: unknown): Promise<void> {
  const form = formInput(input)
  const parsed = AcceptSchema.safeParse({
    token: form.get('token') ?? '',
    name: form.get('name') ?? '',
    password: form.get('password') ?? '',
    confirm: form.get('confirm') ?? '',
  })
  if (!parsed.success) redirect('/admin/sign-in')
  const { token, name, password, confirm } = parsed.data
  const invite = await findOpenInvite(token)
  if (!invite) redirect(`/admin/invite/${encodeURIComponent(token)}`)
  const back = async (fieldId: string, message: string) => {
    await setFlash(scopedFormKey('accept-invite', token), {
      values: { name: name.slice(0, 200) },
      errors: [{ fieldId, message }],
    })
    redirect(`/admin/invite/${encodeURIComponent(token)}#error-summary`)
  }
  if (password !== confirm) await back('confirm', 'The two passwords are not the same.')
  const created = await createAdminAccount({ email: invite.email, name, password })
  if (!created.ok) await back(created.field === 'email' ? 'name' : created.field, created.message)
  else {
    await markInviteUsed(invite.id)
    await appendAudit({
      action: 'invite-accepted',
      actor: { id: created.userId, email: created.email },
      subject: created.email,
    })
  }
  await clearFlash()
  redirect('/admin/sign-in?welcome=1')
}

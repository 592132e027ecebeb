'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { requireAdminAction } from '@/lib/admin/admin-session'
import { deleteAllSessions, deleteSession } from '@/lib/admin/admin-session-repo'
import { appendAudit } from '@/lib/admin/audit-repo'
import { getAuth, sessionCookieName } from '@/lib/admin/auth'
import { requestMeta } from '@/lib/admin/request-meta'
import { formInput } from '@/lib/platform/security/action-input'

// Session actions. Each authorizes itself first (a 401 for a signed-out request), then acts, then redirects.

const actor = (admin: { userId: string; email: string }) => ({ id: admin.userId, email: admin.email })

export async function signOutAction(): Promise<void> {
  const admin = await requireAdminAction()
  const meta = await requestMeta()
  await (await getAuth(meta.secure)).api.signOut({ headers: meta.headers })
  await appendAudit({ action: 'sign-out', actor: actor(admin), subject: admin.email, ip: admin.ip })
  redirect('/admin/sign-in')
}

export async function signOutEverywhereAction(): Promise<void> {
  const admin = await requireAdminAction()
  const count = await deleteAllSessions(admin.userId)
  const jar = await cookies()
  for (const secure of [true, false]) jar.delete(sessionCookieName(secure))
  await appendAudit({
    action: 'signed-out-everywhere',
    actor: actor(admin),
    subject: admin.email,
    detail: { changeCount: count },
    ip: admin.ip,
  })
  redirect('/admin/sign-in')
}

const RevokeSchema = z.object({ sessionId: z.string().min(1).max(100) })

export async function revokeSessionAction(input: unknown): Promise<void> {
  const admin = await requireAdminAction()
  const form = formInput(input)
  const parsed = RevokeSchema.safeParse({ sessionId: form.get('sessionId') })
  if (!parsed.success) redirect('/admin/sessions')
  const revoked = await deleteSession(admin.userId, parsed.data.sessionId)
  if (revoked) {
    await appendAudit({
      action: 'session-revoked',
      actor: actor(admin),
      subject: `session ${parsed.data.sessionId.slice(0, 8)}`,
      detail: { sessionId: parsed.data.sessionId.slice(0, 8) },
      ip: admin.ip,
    })
  }
  if (parsed.data.sessionId === admin.sessionId) redirect('/admin/sign-in')
  redirect(`/admin/sessions?done=${revoked ? 'revoked' : 'gone'}`)
}

import type { Metadata } from 'next'
import { AdminPage } from '@/components/admin/admin-nav'
import { formatWhen } from '@/components/admin/format'
import { TextInput } from '@/components/admin/text-input'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { listAdmins } from '@/lib/admin/admin-account-repo'
import { requireAdmin } from '@/lib/admin/admin-session'
import { INVITE_HOURS, listOpenInvites } from '@/lib/admin/invite-repo'
import { plural } from '@/lib/engine/scoring/text'
import { formKeyFor, readFlash } from '@/lib/platform/flash/flash'
import { inviteAction, withdrawInviteAction } from './actions'

export const metadata: Metadata = { title: 'Admins' }

export default async function AdminsPage() {
  const admin = await requireAdmin('/admin/admins')
  const [admins, invites, flash, link] = await Promise.all([
    listAdmins(),
    listOpenInvites(),
    readFlash(formKeyFor('invite', admin.userId)),
    readFlash(formKeyFor('invite-link', admin.userId)),
  ])
  const errors = flash?.errors ?? []
  const invited = link?.values.link
  return (
    <AdminPage email={admin.email} current="/admin/admins" title="Admins">
      <ErrorSummary errors={errors} />
      {typeof invited === 'string' ? (
        <div role="status" className="space-y-2 rounded-md border-l-8 border-good bg-white p-4">
          <p className="font-semibold">
            Invitation ready for {String(link?.values.email ?? '')}. Send them this link; it works once, for{' '}
            {INVITE_HOURS} hours. Copy it now: we keep only its fingerprint, so it cannot be shown again once this
            notice has gone:
          </p>
          <p className="break-all font-mono text-sm">{invited}</p>
        </div>
      ) : null}
      <ul className="divide-y divide-line rounded-md border border-line bg-white">
        {admins.map((a) => (
          <li key={a.id} className="p-3">
            <span className="font-semibold">{a.name}</span> · {a.email} · since {formatWhen(a.createdAt)} ·{' '}
            {plural(a.liveSessions, 'signed-in session')}
          </li>
        ))}
      </ul>
      <form action={inviteAction} className="space-y-4 rounded-md border border-line bg-white p-4">
        <h2 className="text-xl font-bold">Invite an admin</h2>
        <p className="text-muted">They choose their own password, under the same rules as every admin.</p>
        <TextInput
          id="invite-email"
          name="email"
          type="email"
          label="Their email address"
          defaultValue={typeof flash?.values.email === 'string' ? flash.values.email : undefined}
          error={errors.find((e) => e.fieldId === 'invite-email')?.message}
        />
        <Button>Create invitation link</Button>
      </form>
      {invites.length > 0 ? (
        <section aria-labelledby="open-invites" className="space-y-2">
          <h2 id="open-invites" className="text-lg font-bold">
            Open invitations
          </h2>
          <ul className="space-y-2">
            {invites.map((i) => (
              <li
                key={i.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line bg-white p-3"
              >
                <span>
                  {i.email} · expires {formatWhen(i.expiresAt)}
                </span>
                <form action={withdrawInviteAction}>
                  <input type="hidden" name="inviteId" value={i.id} />
                  <Button variant="secondary">
                    Withdraw<span className="sr-only"> the invitation for {i.email}</span>
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </AdminPage>
  )
}

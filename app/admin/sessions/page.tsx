import type { Metadata } from 'next'
import { AdminPage } from '@/components/admin/admin-nav'
import { formatWhen, shortAgent } from '@/components/admin/format'
import { Button } from '@/components/ui/button'
import { requireAdmin } from '@/lib/admin/admin-session'
import { listLiveSessions } from '@/lib/admin/admin-session-repo'
import { IDLE_SESSION_MS } from '@/lib/admin/auth'
import { revokeSessionAction, signOutAction, signOutEverywhereAction } from '../actions'

export const metadata: Metadata = { title: 'Your sessions' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SessionsPage({ searchParams }: Props) {
  const admin = await requireAdmin('/admin/sessions')
  const done = (await searchParams).done
  const sessions = await listLiveSessions(admin.userId, new Date(Date.now() - IDLE_SESSION_MS))
  return (
    <AdminPage
      email={admin.email}
      current="/admin/sessions"
      title="Your sessions"
      intro="Every browser signed in to your account. A session ends after 30 minutes without activity or 8 hours after signing in, whichever comes first."
      status={
        done === 'revoked'
          ? 'The session was revoked: that browser is signed out.'
          : done === 'gone'
            ? 'That session had already ended.'
            : undefined
      }
    >
      <ul className="space-y-3">
        {sessions.map((s) => (
          <li
            key={s.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line bg-white p-4"
          >
            <div>
              <p className="font-semibold">
                {shortAgent(s.userAgent)}
                {s.id === admin.sessionId ? (
                  <span className="ml-2 rounded bg-paper px-2 py-0.5 text-sm">this browser</span>
                ) : null}
              </p>
              <p className="text-sm text-muted">
                Signed in {formatWhen(s.createdAt)} · last active {formatWhen(s.lastSeenAt)} · from{' '}
                {s.ipAddress || 'an unknown address'}
              </p>
            </div>
            <form action={revokeSessionAction}>
              <input type="hidden" name="sessionId" value={s.id} />
              <Button variant="secondary">
                Revoke<span className="sr-only"> the session signed in {formatWhen(s.createdAt)}</span>
              </Button>
            </form>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-4 border-t border-line pt-6">
        <form action={signOutAction}>
          <Button variant="secondary">Sign out</Button>
        </form>
        <form action={signOutEverywhereAction}>
          <Button variant="danger">Sign out everywhere</Button>
        </form>
      </div>
    </AdminPage>
  )
}

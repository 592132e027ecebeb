import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminPage } from '@/components/admin/admin-nav'
import { formatWhen } from '@/components/admin/format'
import { requireAdmin } from '@/lib/admin/admin-session'
import { AUDIT_ACTIONS } from '@/lib/admin/audit'
import { listAudit } from '@/lib/admin/audit-repo'
import { plural } from '@/lib/engine/scoring/text'

export const metadata: Metadata = { title: 'Audit log' }

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const admin = await requireAdmin('/admin/audit')
  const { before } = await searchParams
  const { events, nextBefore } = await listAudit({ before, limit: 50 })
  return (
    <AdminPage
      email={admin.email}
      current="/admin/audit"
      title="Audit log"
      intro="Everything admins did, newest first. Entries are never changed or removed."
    >
      <ol className="space-y-3">
        {events.map((e) => (
          <li key={e.id} className="rounded-md border border-line bg-white p-4">
            <p className="font-semibold">
              {AUDIT_ACTIONS[e.action]}
              {e.subject ? <span className="font-normal"> · {e.subject}</span> : null}
            </p>
            <p className="text-sm text-muted">
              {formatWhen(e.createdAt)} · {e.actorEmail || 'not signed in'}
              {e.ip ? ` · from ${e.ip}` : ''}
            </p>
            {e.detail.note ? <p className="mt-1">“{e.detail.note}”</p> : null}
            {e.detail.reason ? <p className="mt-1 text-sm">{e.detail.reason}</p> : null}
            {e.detail.acceptedWarnings && e.detail.acceptedWarnings.length > 0 ? (
              <div className="mt-2 rounded-md border-l-4 border-warn bg-paper p-2 text-sm">
                <p className="font-semibold">
                  Published with {plural(e.detail.acceptedWarnings.length, 'warning')} accepted
                  {e.detail.warningNote ? `: “${e.detail.warningNote}”` : ''}
                </p>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {e.detail.acceptedWarnings.map((w) => (
                    <li key={w.message}>{w.message}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {e.detail.changes && e.detail.changes.length > 0 ? (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {e.detail.changes.map((c) => (
                  <li key={c.field}>
                    <span className="font-semibold">{c.field}</span>: {c.before} → {c.after}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {nextBefore ? (
        <p>
          <Link href={`/admin/audit?before=${nextBefore}`}>Older entries</Link>
        </p>
      ) : null}
    </AdminPage>
  )
}

import type { Metadata } from 'next'
import { AdminPage } from '@/components/admin/admin-nav'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { requireAdmin } from '@/lib/admin/admin-session'
import { ImportFlashSchema, importFlashKey } from '@/lib/knowledge/editor/forms/flashes'
import { loadDraftView } from '@/lib/knowledge/store/content-admin'
import { readFlash } from '@/lib/platform/flash/flash'
import { importAction } from './actions'

export const metadata: Metadata = { title: 'Import a release' }

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const admin = await requireAdmin('/admin/import')
  const _query = await searchParams
  const [view, flash] = await Promise.all([
    loadDraftView(admin),
    readFlash(importFlashKey(admin.userId), ImportFlashSchema),
  ])
  const problems = flash?.problems ?? []
  return (
    <AdminPage
      email={admin.email}
      current="/admin/releases"
      title="Import a release"
      intro="A whole release as one JSON file, in the format the releases page downloads (one key per content/ file). It replaces the draft; you then check, preview and publish it as usual."
    >
      <ErrorSummary
        errors={
          problems.length > 0
            ? [
                {
                  fieldId: 'file',
                  message: `The import was refused: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}, listed below.`,
                },
              ]
            : []
        }
      />
      {problems.length > 0 ? (
        <ul className="list-disc space-y-1 rounded-md border-4 border-bad bg-white p-4 pl-8">
          {problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity of their own
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}
      <form action={importAction} className="space-y-5">
        <input type="hidden" name="fingerprint" value={view?.fingerprint ?? ''} />
        <div className="space-y-1">
          <label htmlFor="file" className="block font-semibold">
            Release file (.json)
          </label>
          <input id="file" name="file" type="file" accept="application/json,.json" className="block" />
        </div>
        <div className="space-y-1">
          <label htmlFor="json" className="block font-semibold">
            Or paste the JSON
          </label>
          <textarea
            id="json"
            name="json"
            rows={8}
            defaultValue={flash?.json ?? ''}
            className="w-full rounded-md border-2 border-ink bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
        {view ? <p className="text-muted">The draft’s current changes will be replaced.</p> : null}
        <Button>Import into the draft</Button>
      </form>
    </AdminPage>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminPage } from '@/components/admin/admin-nav'
import { DiffView } from '@/components/admin/diff-view'
import { ProblemList } from '@/components/admin/problem-list'
import { TextInput } from '@/components/admin/text-input'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { requireAdmin } from '@/lib/admin/admin-session'
import { readFlash } from '@/lib/assessment/flash'
import { loadDraftView } from '@/lib/content-store/content-admin'
import { describeCounts, diffContent } from '@/lib/content-store/diff'
import { draftProblems } from '@/lib/content-store/problems'
import { discardDraftAction, publishAction } from './actions'

export async function generateMetadata(): Promise<Metadata> {
  const failed = ((await readFlash('publish'))?.errors.length ?? 0) > 0
  return { title: `${failed ? 'Error: ' : ''}Check and publish` }
}

const discardWords: Record<string, string> = {
  done: 'The draft’s changes were discarded: it is the published release again.',
  changed: 'Not discarded: the draft changed since you opened the page. Look again first.',
  unconfirmed: 'Tick the box to confirm, then discard.',
}

export default async function PublishPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const admin = await requireAdmin('/admin/publish')
  const query = await searchParams
  const view = await loadDraftView(admin)
  const flash = await readFlash('publish')
  if (!view) {
    return (
      <AdminPage email={admin.email} current="/admin/publish" title="Check and publish">
        <p>
          There is no draft. <Link href="/admin/content">Edit the content</Link> to start one.
        </p>
      </AdminPage>
    )
  }
  const problems = draftProblems(view.raw)
  const diffs = diffContent(view.published.data, view.raw)
  const errors = (flash?.errors ?? []).map((e) => ({ fieldId: e.fieldId, message: e.message }))
  const note = flash?.values.note
  return (
    <AdminPage
      email={admin.email}
      current="/admin/publish"
      title="Check and publish"
      status={query.discard ? discardWords[query.discard] : undefined}
      intro={`The draft against release ${view.published.number} (what users see now): ${describeCounts(diffs)}.`}
    >
      <ErrorSummary errors={errors} />
      <ProblemList problems={problems} />
      <p>
        <Link href="/admin/impact">See how the draft changes readouts</Link> before you publish.
      </p>
      <section aria-labelledby="changes-title" className="space-y-3">
        <h2 id="changes-title" className="text-xl font-bold">
          What would change
        </h2>
        <DiffView diffs={diffs} linkItems />
      </section>
      <form action={publishAction} className="space-y-4 rounded-md border border-line bg-white p-4">
        <h2 className="text-xl font-bold">Publish</h2>
        <p className="text-muted">
          Publishing makes a new release that every new assessment uses at once. Plans made before keep showing exactly
          what they showed.
        </p>
        <input type="hidden" name="fingerprint" value={view.fingerprint} />
        <TextInput
          id="note"
          name="note"
          long
          label="Release note"
          hint="What changed and why, in a sentence or two. It is kept with the release."
          defaultValue={typeof note === 'string' ? note : undefined}
          error={errors.find((e) => e.fieldId === 'note')?.message}
        />
        <Button
          disabled={problems.length > 0 || diffs.length === 0}
          aria-describedby={problems.length > 0 ? 'problems-title' : undefined}
        >
          Publish as a new release
        </Button>
        {problems.length > 0 ? (
          <p className="text-sm text-muted">Publishing is blocked until the problems above are fixed.</p>
        ) : null}
      </form>
      {diffs.length > 0 ? (
        <form action={discardDraftAction} className="space-y-3 border-t border-line pt-6">
          <h2 className="text-lg font-bold">Discard the draft’s changes</h2>
          <input type="hidden" name="fingerprint" value={view.fingerprint} />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirm" value="yes" className="size-5 accent-accent" /> Yes, throw away every
            unpublished change
          </label>
          <Button variant="danger">Discard changes</Button>
        </form>
      ) : null}
    </AdminPage>
  )
}

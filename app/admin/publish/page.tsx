import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminPage } from '@/components/admin/admin-nav'
import { DiffView } from '@/components/admin/diff-view'
import { FocusFromHash } from '@/components/admin/focus-from-hash'
import { ProblemList } from '@/components/admin/problem-list'
import { TextInput } from '@/components/admin/text-input'
import { WarningList } from '@/components/admin/warning-list'
import { Button } from '@/components/ui/button'
import { ErrorSummary } from '@/components/ui/error-summary'
import { requireAdmin } from '@/lib/admin/admin-session'
import { adminFormFailed, PublishFlashSchema, publishFlashKey } from '@/lib/knowledge/editor/forms/flashes'
import { checksOf, loadDraftView } from '@/lib/knowledge/store/content-admin'
import { describeCounts, diffContent } from '@/lib/knowledge/store/diff'
import { acceptFieldId, CHECK_WORDS } from '@/lib/knowledge/store/model-checks'
import { readFlash } from '@/lib/platform/flash/flash'
import { discardDraftAction, publishAction } from './actions'

type Props = { searchParams: Promise<Record<string, string | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await adminFormFailed(publishFlashKey)) ? 'Error: ' : ''}Check and publish` }
}

const discardWords: Record<string, string> = {
  done: 'The draft’s changes were discarded: it is the published release again.',
  changed: 'Not discarded: the draft changed since you opened the page. Look again first.',
  unconfirmed: 'Tick the box to confirm, then discard.',
}

export default async function PublishPage({ searchParams }: Props) {
  const admin = await requireAdmin('/admin/publish')
  const query = await searchParams
  const view = await loadDraftView(admin)
  const flash = await readFlash(publishFlashKey(admin.userId), PublishFlashSchema)
  if (!view) {
    return (
      <AdminPage email={admin.email} current="/admin/publish" title="Check and publish">
        <p>
          There is no draft. <Link href="/admin/content">Edit the content</Link> to start one.
        </p>
      </AdminPage>
    )
  }
  const { problems, warnings, standing } = await checksOf(view)
  const diffs = diffContent(view.published.data, view.raw)
  const errors = flash?.errors ?? []
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message
  const accepted = new Set(flash?.values.accepted ?? [])
  const clean = problems.length === 0 && warnings.length === 0
  return (
    <AdminPage
      email={admin.email}
      current="/admin/publish"
      title="Check and publish"
      status={query.discard ? discardWords[query.discard] : undefined}
      intro={`The draft against release ${view.published.number} (what users see now): ${describeCounts(diffs)}.`}
    >
      <FocusFromHash />
      <ErrorSummary errors={errors} />
      {problems.length > 0 ? <ProblemList problems={problems} /> : null}
      <WarningList warnings={warnings} standing={standing} />
      {clean ? <p className="font-semibold text-good">The draft passes every check.</p> : null}
      <p>
        <Link href="/admin/impact">See how the draft changes readouts, and why</Link> before you publish.
      </p>
      <section aria-labelledby="changes-title" className="space-y-3">
        <h2 id="changes-title" className="text-xl font-bold">
          What would change
        </h2>
        <DiffView diffs={diffs} linkItems />
      </section>
      <form action={publishAction} className="space-y-4 rounded-md border border-line bg-white p-4" noValidate>
        <h2 className="text-xl font-bold">Publish</h2>
        <p className="text-muted">
          Publishing makes a new release that every new assessment uses at once. Plans made before keep showing exactly
          what they showed.
        </p>
        <input type="hidden" name="fingerprint" value={view.fingerprint} />
        <TextInput
          id="f-note"
          name="note"
          long
          label="Release note"
          hint="What changed and why, in a sentence or two. It is kept with the release."
          defaultValue={flash?.values.note}
          error={errorFor('f-note')}
        />
        {warnings.length > 0 ? (
          <fieldset className="space-y-3 rounded-md border-2 border-warn p-3">
            <legend className="px-1 font-semibold">Publish with these warnings?</legend>
            {warnings.map((w) => {
              const id = acceptFieldId(w.id)
              const error = errorFor(id)
              return (
                <div key={w.id} className={error ? 'border-l-4 border-bad pl-3' : ''}>
                  <label className="flex items-start gap-2">
                    <input
                      id={id}
                      type="checkbox"
                      name="accept"
                      value={w.id}
                      defaultChecked={accepted.has(w.id)}
                      aria-invalid={error ? true : undefined}
                      className="mt-1 size-5 shrink-0 accent-accent"
                    />
                    <span>
                      I accept: <span className="font-semibold">{CHECK_WORDS[w.check]}</span> — {w.message}
                    </span>
                  </label>
                </div>
              )
            })}
            <TextInput
              id="f-warningNote"
              name="warningNote"
              long
              label="Why it is right anyway"
              hint="Kept in the audit log with the warnings you accepted."
              defaultValue={flash?.values.warningNote}
              error={errorFor('f-warningNote')}
            />
          </fieldset>
        ) : null}
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

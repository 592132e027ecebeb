import { CopyButton } from './copy-button'

// The owner link is the only key to the plan: no account, no email. Right after the plan is made (?new=1) this is a
// compact box above the answer, with a copy button; on later visits a quieter line is enough. Either way the short
// answer stays on the first screen of a phone.
export function KeepLinkNotice({ ownerUrl, prominent }: { ownerUrl: string; prominent: boolean }) {
  if (!prominent) {
    return (
      <p className="no-print text-sm text-muted">
        Private: keep this page bookmarked, it is the only way back to your plan.
      </p>
    )
  }
  return (
    <section
      aria-labelledby="keep-link-title"
      className="no-print space-y-2 rounded-lg border-2 border-accent bg-white p-3"
    >
      <h2 id="keep-link-title" className="font-bold">
        Keep this link: it is the only way back to your plan
      </h2>
      <p className="text-sm">
        No account, no email: we cannot send it again. Bookmark this page now, and don’t share it (it lets anyone change
        or delete the plan; share the read-only link further down instead).
      </p>
      <div className="flex items-center gap-2">
        <label htmlFor="owner-link" className="sr-only">
          Your private link
        </label>
        <input
          id="owner-link"
          type="text"
          readOnly
          value={ownerUrl}
          spellCheck={false}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-ink bg-white px-2 font-mono text-sm"
        />
        <CopyButton targetId="owner-link" label="Copy private link" />
      </div>
    </section>
  )
}

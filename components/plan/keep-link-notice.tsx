import { LinkField } from './link-field'

// The owner link is the only key to the plan: no account, no email. Right after the plan is made (?new=1) this is
// the first thing on the page; on later visits a quieter reminder is enough.
export function KeepLinkNotice({ ownerUrl, prominent }: { ownerUrl: string; prominent: boolean }) {
  if (!prominent) {
    return (
      <p className="text-sm text-muted">
        This page is private to whoever has its address. Keep it bookmarked: it is the only way back to your plan.
      </p>
    )
  }
  return (
    <section aria-labelledby="keep-link-title" className="space-y-3 rounded-lg border-4 border-accent bg-white p-5">
      <h2 id="keep-link-title" className="text-xl font-bold">
        Keep this link
      </h2>
      <p>
        This page's address is the <strong>only way back to your plan</strong>. There is no account and we have no email
        for you, so we cannot send it again or recover it. Bookmark it, or save it somewhere safe, now.
      </p>
      <LinkField id="owner-link" label="Your private link" url={ownerUrl} copyLabel="Copy private link" />
      <p className="text-sm">
        Don't share this one: it lets anyone change or delete the plan. To share, use the read-only link further down.
      </p>
    </section>
  )
}

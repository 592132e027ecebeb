import Link from 'next/link'
import { DEAD_LINKS, type DeadLink, deadLinkId } from '@/lib/plans/views/dead-link'
import { ShowTargetedMessage } from './show-targeted-message'

const specific = (Object.keys(DEAD_LINKS) as DeadLink[]).filter((kind) => kind !== 'page')

// Every unknown address, and every dead link (lib/plans/views/dead-link.ts), lands here. The page is prerendered, so
// it holds each kind of message; the address's fragment (#dead-rating-off) shows one (globals.css, `.dead-link`), and
// with none the plain "Page not found" shows. Works without JavaScript.
export function NotFoundMessage() {
  return (
    <div className="dead-links space-y-4">
      {specific.map((kind) => (
        <Message key={kind} kind={kind} className="dead-link" />
      ))}
      <Message kind="page" className="dead-link-default" />
      <ShowTargetedMessage />
    </div>
  )
}

function Message({ kind, className }: { kind: DeadLink; className: string }) {
  const { title, body } = DEAD_LINKS[kind]
  return (
    <section id={kind === 'page' ? undefined : deadLinkId(kind)} className={`${className} space-y-4`}>
      <h1 className="text-2xl font-bold">{title}</h1>
      {body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>
        <Link prefetch={false} href="/">
          Go to the home page
        </Link>
        {kind === 'rating' || kind === 'rating-off' ? null : (
          <>
            {' '}
            or{' '}
            <Link prefetch={false} href="/assessment">
              start an assessment
            </Link>
          </>
        )}
        .
      </p>
    </section>
  )
}

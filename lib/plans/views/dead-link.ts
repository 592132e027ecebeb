import { redirect } from 'next/navigation'

// A link that no longer works (mistyped, turned off, replaced, expired, or its plan deleted) sends the visitor to a
// page that says which kind of link it was and what to do, readable without JavaScript. Why not Next's notFound():
// thrown while a page renders, Next 16 answers with an empty error shell and renders the not-found content only
// after hydration (docs/decisions/055-dead-links-by-redirect.md), so a visitor without JavaScript saw a blank page. An address no route matches
// is different: Next serves app/not-found.tsx, prerendered, with status 404. So a dead link redirects to one,
// `/link-not-working#dead-<kind>`. That page is static (a not-found page that read the request would make every
// page dynamic: Next renders it into each layout), so it holds every message and the fragment picks one: CSS
// `:target` without JavaScript, a small script after a client-side navigation (which does not update `:target`).

export const DEAD_LINK_PATH = '/link-not-working'

export const DEAD_LINKS = {
  plan: {
    title: 'This plan link doesn’t work',
    body: [
      'It may have been mistyped or cut short when it was copied, or its owner deleted the plan. A private plan link is long: check that all of it was copied.',
      'If you have lost the link to your own plan, we can’t send it again (we keep no email), but you can take the assessment again.',
    ],
  },
  share: {
    title: 'This read-only link doesn’t work any more',
    body: [
      'The person who shared it may have turned it off, replaced it with a new one, or deleted their plan; or the link was mistyped.',
      'Ask them for the link that works now.',
    ],
  },
  rating: {
    title: 'This rating link doesn’t work',
    body: [
      'It may have been mistyped or cut short when it was copied, or the plan it belonged to was deleted.',
      'Ask the person who sent it for a new one.',
    ],
  },
  'rating-off': {
    title: 'This rating link has been turned off',
    body: [
      'The person who sent it turned it off, or it reached the date it worked until. Anything you already sent through it stays with them.',
      'If they still want your view, they can send you a new link.',
    ],
  },
  page: {
    title: 'Page not found',
    body: [
      'There is nothing at this address. If you followed a link to a plan, it may have been mistyped, turned off by its owner, or deleted.',
    ],
  },
} as const satisfies Record<string, { title: string; body: readonly string[] }>

export type DeadLink = keyof typeof DEAD_LINKS

/** The element id of a kind's message on the not-found page (and the fragment that shows it). */
export const deadLinkId = (kind: DeadLink) => `dead-${kind}`

/** Where a dead link of this kind sends the visitor: the not-found page (status 404), showing its message. */
export const deadLinkUrl = (kind: DeadLink) => `${DEAD_LINK_PATH}#${deadLinkId(kind)}`

/** Sends the visitor to the page for this kind of dead link. Ends the request. */
export function deadLink(kind: DeadLink): never {
  redirect(deadLinkUrl(kind))
}

'use client'

import Link from 'next/link'

// Unexpected errors only: the message and stack stay in the server log (keyed by digest), never on screen.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p>Your saved answers are safe. Please try again; if it keeps happening, come back in a few minutes.</p>
      {error.digest ? <p className="text-sm text-muted">Reference: {error.digest}</p> : null}
      <div className="flex gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-dark"
        >
          Try again
        </button>
        <Link href="/" className="self-center">
          Home page
        </Link>
      </div>
    </div>
  )
}

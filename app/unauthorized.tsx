import Link from 'next/link'

// What a signed-out request to an admin action gets (status 401): the session ended, or never was. At the root,
// because Next renders a server action's unauthorized() from the root boundary.
export default function AdminUnauthorized() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Please sign in again</h1>
      <p>
        You are not signed in, or your session ended (after 30 minutes without activity, or 8 hours after signing in).
        Nothing was changed.
      </p>
      <p>
        If you were editing, go back with your browser to keep what you typed,{' '}
        <Link href="/admin/sign-in">sign in</Link> in a new tab, then save again.
      </p>
    </div>
  )
}

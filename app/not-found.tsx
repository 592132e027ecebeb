import Link from 'next/link'

export const metadata = { title: 'Page not found', robots: { index: false } }

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>
        There is nothing at this address. If you followed a link to a plan, it may have been mistyped, turned off by its
        owner, or deleted.
      </p>
      <p>
        <Link href="/">Go to the home page</Link> or <Link href="/assessment">start an assessment</Link>.
      </p>
    </div>
  )
}

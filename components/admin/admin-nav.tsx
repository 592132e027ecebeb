import Link from 'next/link'

const links = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/content', label: 'Edit content' },
  { href: '/admin/publish', label: 'Check and publish' },
  { href: '/admin/impact', label: 'Impact preview' },
  { href: '/admin/releases', label: 'Releases' },
  { href: '/admin/audit', label: 'Audit log' },
  { href: '/admin/sessions', label: 'Sessions' },
  { href: '/admin/admins', label: 'Admins' },
]

/** The admin area's navigation. It shows who is signed in; it authorizes nothing (every page does that itself). */
export function AdminNav({ email, current }: { email: string; current?: string }) {
  return (
    <nav aria-label="Admin" className="mb-8 space-y-2 border-b border-line pb-4">
      <p className="text-sm text-muted">
        Admin · signed in as <span className="font-semibold text-ink">{email}</span>
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {links.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={current === l.href ? 'page' : undefined}
              className={current === l.href ? 'font-bold' : ''}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The standard top of an admin page: navigation, then its heading and an optional status line. */
export function AdminPage({
  email,
  current,
  title,
  intro,
  status,
  children,
}: {
  email: string
  current?: string
  title: string
  intro?: React.ReactNode
  status?: string
  children: React.ReactNode
}) {
  // Admin pages are tables and forms: wider than the site's reading column, up to 72rem, centred on the page.
  return (
    <div className="ml-[calc(50%-min(36rem,50vw-1rem))] w-[min(72rem,calc(100vw-2rem))]">
      <AdminNav email={email} current={current} />
      <div className="space-y-6">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
          {intro ? <div className="text-muted">{intro}</div> : null}
        </div>
        {status ? (
          <p role="status" className="rounded-md border-l-8 border-good bg-white p-4 font-semibold">
            {status}
          </p>
        ) : null}
        {children}
      </div>
    </div>
  )
}

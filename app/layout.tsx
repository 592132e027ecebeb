import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { PrintFolds } from '@/components/progress/print-folds'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteNav } from '@/components/site/site-nav'
import './globals.css'
import './print.css'

export const metadata: Metadata = {
  title: { default: 'HowToWhy — should you move from engineering to product management?', template: '%s · HowToWhy' },
  description:
    'A 10–15 minute self-assessment for software engineers weighing a move into product management: what carries over, the real gaps, the roles that fit, and a week-by-week plan.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#f7f7f4' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        {/* Links on the public and owner pages do not prefetch (prefetch={false}): every page they lead to is
            rendered per request, so each link in view cost the server a render (twelve on an owner's page, with
            database reads) and the phone the work of reading the answers, mostly for pages nobody opened next. A
            click fetches the page then, as a plain link would. */}
        <header className="no-print border-b border-line bg-white">
          <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3">
            <Link prefetch={false} href="/" className="text-lg font-bold text-ink no-underline">
              How<span className="text-accent">To</span>Why
            </Link>
            <SiteNav />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          {children}
        </main>
        <PrintFolds />
        <SiteFooter />
      </body>
    </html>
  )
}

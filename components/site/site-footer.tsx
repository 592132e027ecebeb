import Link from 'next/link'
import { plural } from '@/lib/engine/scoring/text'
import { contentFacts, publishedContent } from '@/lib/questionnaire/published-content'

export async function SiteFooter() {
  const { sources } = contentFacts(await publishedContent())
  return (
    <footer className="mx-auto max-w-3xl px-4 pb-10 text-sm text-muted">
      <p>
        HowToWhy is a self-assessment, not a verdict: it rests on your own answers. Its advice is drawn from{' '}
        {plural(sources, 'published source')} on moving from engineering to product management and on judging skills,
        cited wherever they are used.
      </p>
      <p className="mt-2">
        <Link prefetch={false} href="/privacy">
          Privacy: what we store, and for how long
        </Link>
      </p>
    </footer>
  )
}

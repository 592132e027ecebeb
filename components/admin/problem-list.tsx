import Link from 'next/link'
import type { Problem } from '@/lib/knowledge/store/problems'

/** Problems that block publishing, each linked to the field it is about. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null
  return (
    <section aria-labelledby="problems-title" className="space-y-2 rounded-md border-4 border-bad bg-white p-4">
      <h2 id="problems-title" className="text-lg font-bold">
        {problems.length === 1 ? '1 problem blocks publishing' : `${problems.length} problems block publishing`}
      </h2>
      <ul className="space-y-1">
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity of their own
          <li key={i}>
            <Link href={p.href} className="font-semibold text-bad">
              {p.itemName ? `${p.itemName}${p.where ? ` › ${p.where}` : ''}` : (p.where ?? 'Content')}
            </Link>
            : {p.message}
          </li>
        ))}
      </ul>
    </section>
  )
}

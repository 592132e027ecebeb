import Link from 'next/link'
import { COLLECTION_WORDS } from '@/lib/knowledge/store/collections'
import type { ItemDiff } from '@/lib/knowledge/store/diff'

const kindWords = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const

/** Every difference, item by item, field by field. */
export function DiffView({ diffs, linkItems }: { diffs: readonly ItemDiff[]; linkItems?: boolean }) {
  if (diffs.length === 0) return <p>No differences.</p>
  return (
    <ol className="space-y-4">
      {diffs.map((d) => (
        <li key={`${d.collection}/${d.itemId}`} className="rounded-md border border-line bg-white p-4">
          <h3 className="font-bold">
            <span
              className={`mr-2 rounded px-2 py-0.5 text-sm ${d.kind === 'removed' ? 'bg-red-100 text-red-950' : d.kind === 'added' ? 'bg-green-100 text-green-950' : 'bg-paper'}`}
            >
              {kindWords[d.kind]}
            </span>{' '}
            {COLLECTION_WORDS[d.collection].one}:{' '}
            {linkItems && d.kind !== 'removed' ? (
              <Link href={`/admin/content/${d.collection}/${encodeURIComponent(d.itemId)}`}>{d.name}</Link>
            ) : (
              d.name
            )}
          </h3>
          {d.changes.length > 0 ? (
            <table className="mt-2 w-full table-fixed border-collapse text-sm">
              <caption className="sr-only">Changes to {d.name}</caption>
              <thead>
                <tr>
                  <th scope="col" className="w-2/5 border-b border-line p-2 text-left">
                    Field
                  </th>
                  <th scope="col" className="border-b border-line p-2 text-left">
                    Before
                  </th>
                  <th scope="col" className="border-b border-line p-2 text-left">
                    After
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.changes.map((c) => (
                  <tr key={c.field} className="align-top">
                    <th scope="row" className="border-b border-line p-2 text-left font-semibold break-words">
                      {c.field}
                    </th>
                    <td className="border-b border-line p-2 break-words">
                      <del className="text-red-900">{c.before}</del>
                    </td>
                    <td className="border-b border-line p-2 break-words">
                      <ins className="text-green-900 no-underline">{c.after}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

import Link from 'next/link'
import { CHECK_WORDS, type ModelWarning } from '@/lib/knowledge/store/model-checks'

/** Model warnings, each with what to do about it and a link to where to do it. */
export function WarningList({
  warnings,
  standing,
}: {
  warnings: readonly ModelWarning[]
  standing: readonly ModelWarning[]
}) {
  return (
    <>
      {warnings.length > 0 ? (
        <section aria-labelledby="warnings-title" className="space-y-3 rounded-md border-4 border-warn bg-white p-4">
          <h2 id="warnings-title" className="text-lg font-bold">
            {warnings.length === 1 ? '1 warning needs a second look' : `${warnings.length} warnings need a second look`}
          </h2>
          <p className="text-sm">
            The draft would publish, but it may not say what you mean. Fix each one, or accept it below with a note
            saying why it is right; the note goes in the audit log.
          </p>
          <Warnings warnings={warnings} />
        </section>
      ) : null}
      {standing.length > 0 ? (
        <details className="rounded-md border border-line bg-white p-3">
          <summary className="cursor-pointer font-semibold">
            {standing.length} {standing.length === 1 ? 'warning is' : 'warnings are'} in the live release already (not
            blocking)
          </summary>
          <div className="mt-3">
            <Warnings warnings={standing} />
          </div>
        </details>
      ) : null}
    </>
  )
}

function Warnings({ warnings }: { warnings: readonly ModelWarning[] }) {
  return (
    <ul className="space-y-3">
      {warnings.map((w) => (
        <li key={w.id} className="border-l-4 border-warn pl-3">
          <p className="text-sm font-semibold text-warn">{CHECK_WORDS[w.check]}</p>
          <p>{w.message}</p>
          <p className="text-sm">
            <span className="font-semibold">What to do:</span> {w.fix} <Link href={w.href}>{w.linkText}</Link>
          </p>
        </li>
      ))}
    </ul>
  )
}

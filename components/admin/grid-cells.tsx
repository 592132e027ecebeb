import { fieldId, fieldName, type Path, type RawRecord, rawAt, text } from '@/lib/knowledge/editor/forms/form-data'
import type { Ctx } from './schema-fields'

// The grid's inputs (components/admin/answer-grid.tsx): a weight or cap cell, and an answer's row header (its
// wording, or a number band's range). Each error is said under its input, in the words the summary uses.

const signOf = (v: string) => {
  const n = Number(v.trim().replace('−', '-').replace('+', ''))
  return v.trim() === '' || !Number.isFinite(n) ? 'none' : n > 0 ? 'pos' : n < 0 ? 'neg' : 'none'
}

const cellInput =
  'w-14 rounded border-2 px-1 py-1.5 text-center tabular-nums data-[sign=pos]:bg-green-100 data-[sign=neg]:bg-red-100'

export function Cell({
  path,
  ctx,
  kind,
  label,
  skillLabel,
  side,
}: {
  path: Path
  ctx: Ctx
  kind: 'weight' | 'cap'
  label: string
  skillLabel: string
  /** The cap sits beside the weight, not under it. */
  side: boolean
}) {
  const id = fieldId(path, ctx.root)
  const value = text(rawAt(ctx.root, path))
  const error = ctx.errors.get(id)
  const weight = kind === 'weight'
  return (
    <div
      className={
        weight
          ? 'inline-block align-top'
          : `${side ? 'ml-2 inline-flex align-top' : 'mt-1 flex justify-center'} items-center gap-1 text-xs text-muted`
      }
    >
      {weight ? null : (
        <span aria-hidden="true" className="whitespace-nowrap">
          cap ≤
        </span>
      )}
      <input
        id={id}
        name={fieldName(path)}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={value}
        aria-label={
          weight ? `${skillLabel}, weight for ${label}` : `${skillLabel}, cap for ${label} (0–100, empty = none)`
        }
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-step={weight ? 'weight' : undefined}
        data-sign={weight && !error ? signOf(value) : undefined}
        className={`${cellInput} ${weight ? '' : 'w-12 py-0.5 text-sm'} ${error ? 'border-bad bg-red-50' : 'border-line bg-white'}`}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 max-w-32 text-left text-xs font-semibold text-bad">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
    </div>
  )
}

export function RowHeader({
  rowPath,
  ctx,
  bands,
  spare,
  index,
  row,
}: {
  rowPath: Path
  ctx: Ctx
  bands: boolean
  spare: boolean
  index: number
  row: RawRecord
}) {
  const keys = bands ? (['min', 'max'] as const) : (['label'] as const)
  const level = text(row.level)
  return (
    <div className="space-y-1">
      {/* Problems about an answer's caps link here; the page's focus script moves on to its first cap. */}
      {spare ? null : <span id={fieldId([...rowPath, 'caps'], ctx.root)} data-focus="caps" />}
      {spare ? <span className="block text-xs font-semibold text-muted">New answer (fill in to add)</span> : null}
      <div className={bands ? 'flex items-center gap-1' : ''}>
        {keys.map((k, i) => {
          const path = [...rowPath, k]
          const id = fieldId(path, ctx.root)
          const error = ctx.errors.get(id)
          return (
            <span key={k} className={bands ? 'contents' : ''}>
              {bands && i === 1 ? <span aria-hidden="true">–</span> : null}
              <input
                id={id}
                name={fieldName(path)}
                type="text"
                inputMode={bands ? 'numeric' : undefined}
                autoComplete="off"
                defaultValue={text(rawAt(ctx.root, path))}
                aria-label={
                  bands
                    ? `${k === 'min' ? 'Lowest' : 'Highest'} number of band ${index + 1}`
                    : spare
                      ? 'Wording of a new answer'
                      : `Wording of answer ${index + 1}`
                }
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                className={`rounded border-2 bg-white px-2 py-1.5 ${bands ? 'w-16 text-center' : 'w-full min-w-32 sm:min-w-44'} ${error ? 'border-bad' : 'border-line'}`}
              />
              {error ? (
                <span id={`${id}-error`} className="block text-xs font-semibold text-bad">
                  {error}
                </span>
              ) : null}
            </span>
          )
        })}
      </div>
      {level ? <span className="block text-xs text-muted">Level {level}</span> : null}
    </div>
  )
}

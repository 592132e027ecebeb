import {
  capsAllowed,
  GRID_CELLS,
  NEW_COLUMN,
  NEW_COLUMN_FIELD,
  ROW_ORDER,
} from '@/lib/knowledge/editor/forms/editor-layout'
import {
  fieldId,
  fieldName,
  isBlank,
  isRawRecord,
  NEW_ROW,
  nextRowKey,
  type Path,
  type Raw,
  type RawRecord,
  rowsOf,
  text,
} from '@/lib/knowledge/editor/forms/form-data'
import type { ObjectModel } from '@/lib/knowledge/editor/forms/schema-model'
import { Cell, RowHeader } from './grid-cells'
import { GridKeys } from './grid-keys'
import type { Ctx } from './schema-fields'

// The answers × skills grid: the question's mapping, edited where it is read. One row per answer (its wording, or a
// number band's range), one column per skill any answer moves, each cell the weight (−3…+3, empty = no effect) and,
// on questions about what someone did, the cap under it. Cells are plain text inputs in one form, so the grid works
// without JavaScript; with it, ↑/↓ step a weight. An invalid value stays as typed, marked, with its sentence.

export type GridRow = { key: string | number; row: RawRecord; spare: boolean }

/** A row's cells of one list (weights or caps), by skill: saved rows hold an array, posted rows an object by skill. */
export function cellsOf(row: RawRecord, list: keyof typeof GRID_CELLS): Map<string, RawRecord> {
  const value = row[list]
  const out = new Map<string, RawRecord>()
  if (Array.isArray(value)) {
    for (const entry of value) if (isRawRecord(entry) && text(entry.skillId)) out.set(text(entry.skillId), entry)
  } else if (isRawRecord(value)) {
    for (const [key, entry] of Object.entries(value)) if (isRawRecord(entry)) out.set(text(entry.skillId) || key, entry)
  }
  return out
}

/**
 * The answers, then blank rows for new ones: one, or as many as the schema's minimum still needs (a new question
 * gets two). A spare row posted blank is not an answer.
 */
export function gridRows(raw: Raw | undefined, rowModel: ObjectModel, minItems = 0): GridRow[] {
  const rows = rowsOf(raw, rowModel).filter(({ row }) => !isBlank(row))
  const next = nextRowKey(rows)
  const spares = Array.from({ length: Math.max(1, minItems - rows.length) }, (_, i) => ({
    key: next + i,
    row: {},
    spare: true,
  }))
  return [...rows.map((r) => ({ ...r, spare: false })), ...spares]
}

/** Skills in the order the answers first mention them. */
export function gridColumns(rows: readonly GridRow[]): string[] {
  const seen = new Set<string>()
  for (const { row } of rows)
    for (const list of Object.keys(GRID_CELLS) as (keyof typeof GRID_CELLS)[])
      for (const [skillId, cell] of cellsOf(row, list)) if (!isBlank(cell, new Set(['skillId']))) seen.add(skillId)
  return [...seen]
}

export function AnswerGrid({
  listKey,
  rows,
  columns,
  ctx,
  category,
  skillName,
}: {
  listKey: 'options' | 'bands'
  rows: readonly GridRow[]
  columns: readonly string[]
  ctx: Ctx
  category: string
  skillName: (id: string) => string
}) {
  const gridId = fieldId([listKey], ctx.root)
  const gridError = ctx.errors.get(gridId)
  const addError = ctx.errors.get(`f-${NEW_COLUMN_FIELD}`)
  const allCaps = capsAllowed(category)
  const bands = listKey === 'bands'
  const rowLabel = (row: RawRecord, index: number, spare: boolean) =>
    spare
      ? 'the new answer'
      : bands
        ? `${text(row.min)}–${text(row.max)}`
        : `“${text(row.label) || `answer ${index + 1}`}”`
  const skillColumns = [...columns, NEW_COLUMN]
  // A few columns have room for the cap beside the weight (one line a row); many stack it under, to keep width.
  const side = skillColumns.length <= 5
  return (
    <section id={gridId} aria-labelledby="grid-title" className="space-y-2">
      <h2 id="grid-title" className="text-xl font-bold">
        Answers and the skills they move
      </h2>
      <p className="text-sm text-muted">
        Weights go from −3 to +3 (empty = no effect; ↑ and ↓ step a weight).{' '}
        {allCaps
          ? '“cap ≤” holds the skill’s score at or below that number whatever else is answered, e.g. on “Never”.'
          : ''}
      </p>
      {gridError ? (
        <p id={`${gridId}-error`} className="font-semibold text-bad">
          <span className="sr-only">Error: </span>
          {gridError}
        </p>
      ) : null}
      <GridKeys>
        <div className="overflow-x-auto rounded-md border border-line bg-white">
          <table className="min-w-full border-collapse text-sm">
            <thead>
              <tr className="align-bottom">
                <th scope="col" className="sticky left-0 z-10 border-b border-line bg-white p-2 text-left sm:min-w-48">
                  {bands ? 'Answer (from–to)' : 'Answer'}
                </th>
                {columns.map((skillId) => (
                  <th
                    key={skillId}
                    scope="col"
                    className={`border-b border-line p-2 font-semibold ${side ? 'text-left' : 'w-20 text-center'}`}
                  >
                    {skillName(skillId)}
                  </th>
                ))}
                <th scope="col" className="w-32 border-b border-line p-2 text-left font-normal">
                  <label htmlFor={`f-${NEW_COLUMN_FIELD}`} className="block text-xs font-semibold">
                    Add a skill
                  </label>
                  <select
                    id={`f-${NEW_COLUMN_FIELD}`}
                    name={NEW_COLUMN_FIELD}
                    defaultValue=""
                    aria-invalid={addError ? true : undefined}
                    aria-describedby={addError ? `f-${NEW_COLUMN_FIELD}-error` : undefined}
                    className={`mt-1 w-32 rounded border-2 bg-white px-1 py-1 text-xs ${addError ? 'border-bad' : 'border-line'}`}
                  >
                    <option value="">Choose…</option>
                    {ctx.choices.skills
                      .filter((s) => !columns.includes(s.value))
                      .map((s) => (
                        <option key={s.value} value={s.value}>
                          {s.label}
                        </option>
                      ))}
                  </select>
                  {addError ? (
                    <p id={`f-${NEW_COLUMN_FIELD}-error`} className="mt-1 text-xs font-semibold text-bad">
                      {addError}
                    </p>
                  ) : null}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, row, spare }, index) => {
                const rowPath: Path = [listKey, key]
                const label = rowLabel(row, index, spare)
                const caps = cellsOf(row, 'caps')
                return (
                  <tr
                    key={spare ? `spare-${key}` : fieldId(rowPath, ctx.root)}
                    id={spare ? undefined : fieldId([...rowPath, 'skills'], ctx.root)}
                    className={`align-top ${spare ? 'bg-paper' : ''}`}
                  >
                    <th
                      scope="row"
                      className={`sticky left-0 z-10 border-b border-line p-2 text-left font-normal ${spare ? 'bg-paper' : 'bg-white'}`}
                    >
                      {spare ? (
                        <input type="hidden" name={fieldName([...rowPath, NEW_ROW])} value="on" />
                      ) : (
                        (Object.keys(GRID_CELLS) as (keyof typeof GRID_CELLS)[]).map((list) => (
                          <input
                            key={list}
                            type="hidden"
                            name={fieldName([...rowPath, ROW_ORDER, list])}
                            value={[...cellsOf(row, list).keys()].join(',')}
                          />
                        ))
                      )}
                      <RowHeader rowPath={rowPath} ctx={ctx} bands={bands} spare={spare} index={index} row={row} />
                    </th>
                    {skillColumns.map((skillId) => {
                      const hasCap = caps.has(skillId) && !isBlank(caps.get(skillId), new Set(['skillId']))
                      const name = skillId === NEW_COLUMN ? 'the added skill' : skillName(skillId)
                      return (
                        <td
                          key={skillId}
                          className={`border-b border-line p-2 ${side ? 'whitespace-nowrap' : 'text-center'}`}
                        >
                          <Cell
                            path={[...rowPath, 'skills', skillId, 'weight']}
                            ctx={ctx}
                            kind="weight"
                            label={label}
                            skillLabel={name}
                            side={side}
                          />
                          {allCaps || hasCap ? (
                            <Cell
                              path={[...rowPath, 'caps', skillId, 'atMost']}
                              ctx={ctx}
                              kind="cap"
                              label={label}
                              skillLabel={name}
                              side={side}
                            />
                          ) : null}
                        </td>
                      )
                    })}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      </GridKeys>
    </section>
  )
}

import { KIND_WEIGHT } from '@/lib/engine/scoring/calibration'
import {
  ADVANCED_FIELDS,
  ANSWER_WIRING,
  enumWords,
  GRID_CELLS,
  GRID_ROWS,
  ROW_HEADER_FIELDS,
} from '@/lib/knowledge/editor/forms/editor-layout'
import { fieldId, fieldName, isBlank, type Path, text } from '@/lib/knowledge/editor/forms/form-data'
import type { FormNode, ObjectModel } from '@/lib/knowledge/editor/forms/schema-model'
import { fieldWord } from '@/lib/knowledge/store/field-words'
import { answersAreOrdered } from '@/lib/knowledge/store/model-checks'
import { AnswerGrid, cellsOf, type GridRow, gridColumns, gridRows } from './answer-grid'
import { type Ctx, Field, labelOf } from './schema-fields'

// A question's page, laid out for an editor: what the question is (its wording and kind), then the answers × skills
// grid — the mapping, edited where it is read — then each answer's own words in a fold, the sources, and the
// fields an editor rarely touches (ids, engine feeds) in a folded "Advanced" part. Every field comes from the
// question's schema; this only decides where each goes.

/** The question's fields at the top of the page, in these rows when present; other new fields follow them. */
const ROW_SHORT = ['shortLabel', 'sectionId', 'category']
const ROW_TEXTS = ['help', 'raterPrompt']
const ROW_NUMBERS = ['min', 'max', 'unit']
const LEAD = ['prompt', ...ROW_SHORT, ...ROW_TEXTS, ...ROW_NUMBERS]

function kindLine(kind: string, category: string): string {
  const weight = KIND_WEIGHT[category as keyof typeof KIND_WEIGHT]
  const counts =
    weight === undefined
      ? ''
      : weight === 0
        ? 'feeds the verdict only, never a skill score'
        : `each weight counts ×${weight} in a skill’s score`
  const answers = { single: 'one answer', multi: 'several answers', number: 'a number' }[kind] ?? kind
  const ordered = answersAreOrdered(kind, category)
    ? kind === 'number'
      ? 'the bands form a scale: weights should rise or fall steadily along it (checked before publishing)'
      : 'the answers form a scale from least to most: weights should rise or fall steadily down it (checked before publishing)'
    : ''
  return [enumWords(category), counts, answers, ordered].filter(Boolean).join(' · ')
}

function AnswerFold({
  listKey,
  entry,
  index,
  rowModel,
  ctx,
  skillName,
}: {
  listKey: string
  entry: GridRow
  index: number
  rowModel: ObjectModel
  ctx: Ctx
  skillName: (id: string) => string
}) {
  const rowPath: Path = [listKey, entry.key]
  const prefix = fieldId(rowPath, ctx.root)
  const gridOwned = new RegExp(`^${prefix}-(skills-.+-weight|caps-.+-atMost|label|min|max|skills|caps)$`)
  const hasError = [...ctx.errors.keys()].some((k) => k.startsWith(`${prefix}-`) && !gridOwned.test(k))
  const words = listKey === 'bands' ? `${text(entry.row.min)}–${text(entry.row.max)}` : text(entry.row.label)
  const own = rowModel.fields.filter(
    (f) => !ROW_HEADER_FIELDS.has(f.key) && !(f.key in GRID_CELLS) && !ANSWER_WIRING.has(f.key),
  )
  // "Why it counts" first: it is what a readout quotes.
  own.sort((a, b) => Number(b.key === 'rationale') - Number(a.key === 'rationale'))
  const wiring = rowModel.fields.filter((f) => ANSWER_WIRING.has(f.key))
  const perSkill = (Object.keys(GRID_CELLS) as (keyof typeof GRID_CELLS)[]).flatMap((list) => {
    const itemFields =
      (rowModel.fields.find((f) => f.key === list) as Extract<FormNode, { kind: 'list' }> | undefined)?.item.fields ??
      []
    const extra = itemFields.filter((f) => f.key !== 'skillId' && f.key !== GRID_CELLS[list])
    return [...cellsOf(entry.row, list)]
      .filter(([, cell]) => !isBlank(cell, new Set(['skillId'])))
      .flatMap(([skillId]) => extra.map((f) => ({ list, skillId, node: f })))
  })
  return (
    <details open={hasError} className="rounded-md border border-line bg-white">
      <summary className="cursor-pointer px-3 py-2 font-semibold">
        {entry.spare ? 'New answer' : `${listKey === 'bands' ? 'Band' : 'Answer'} ${index + 1}`}
        {words && !entry.spare ? <span className="font-normal">: {words}</span> : null}
        <span className="ml-2 text-sm font-normal text-muted">
          {text(entry.row.rationale)
            ? ''
            : entry.spare
              ? '— its “why it counts” and more'
              : '— why it counts, and more'}
        </span>
      </summary>
      <div className="space-y-4 border-t border-line p-3">
        {own.map((f) => (
          <Field key={f.key} node={f} path={[...rowPath, f.key]} ctx={ctx} />
        ))}
        {perSkill.length > 0 ? (
          <div className="grid gap-3 sm:grid-cols-2">
            {perSkill.map(({ list, skillId, node }) => (
              <Field
                key={`${list}-${skillId}-${node.key}`}
                node={node}
                path={[...rowPath, list, skillId, node.key]}
                ctx={ctx}
                labelSuffix={` — ${skillName(skillId)}`}
              />
            ))}
          </div>
        ) : null}
        {wiring.length > 0 ? (
          <div className="space-y-3 rounded-md bg-paper p-3">
            <p className="text-sm font-semibold">Wiring (rarely changed)</p>
            <div className="grid gap-3 sm:grid-cols-2">
              {wiring.map((f) => (
                <Field key={f.key} node={f} path={[...rowPath, f.key]} ctx={ctx} />
              ))}
            </div>
          </div>
        ) : null}
        {entry.spare ? null : (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={fieldName([...rowPath, '_remove'])} className="size-4 accent-accent" />
            Remove this answer when saving
          </label>
        )}
      </div>
    </details>
  )
}

export function QuestionEditor({
  model,
  kinds,
  ctx,
  isNew,
  skillName,
}: {
  model: ObjectModel
  /** The answer types the schema allows (its variants). */
  kinds: readonly string[]
  ctx: Ctx
  isNew: boolean
  skillName: (id: string) => string
}) {
  const root = ctx.root
  const kind = text(root.kind) || kinds[0] || ''
  const category = text(root.category)
  const listNode = model.fields.find((f) => GRID_ROWS.has(f.key) && f.kind === 'list') as
    | Extract<FormNode, { kind: 'list' }>
    | undefined
  const rows = listNode ? gridRows(root[listNode.key], listNode.item, listNode.minItems) : []
  const columns = gridColumns(rows)
  const byKey = (k: string) => model.fields.find((f) => f.key === k)
  const others = model.fields.filter(
    (f) => !LEAD.includes(f.key) && !ADVANCED_FIELDS.has(f.key) && f !== listNode && f.key !== 'sources',
  )
  const advanced = model.fields.filter((f) => ADVANCED_FIELDS.has(f.key) && !(f.key === 'id' && isNew))
  const sources = byKey('sources')
  const kindId = fieldId(['kind'], root)
  const kindError = ctx.errors.get(kindId)
  const advancedError = advanced.some((f) => [...ctx.errors.keys()].some((k) => k === fieldId([f.key], root)))
  return (
    <div className="space-y-8">
      <p className="rounded-md border-l-8 border-accent bg-white p-3 text-sm">{kindLine(kind, category)}</p>
      <section aria-labelledby="question-title" className="space-y-4">
        <h2 id="question-title" className="sr-only">
          The question
        </h2>
        {isNew && byKey('id') ? <Field node={byKey('id') as FormNode} path={['id']} ctx={ctx} /> : null}
        {byKey('prompt') ? <Field node={byKey('prompt') as FormNode} path={['prompt']} ctx={ctx} /> : null}
        <div className="grid items-end gap-4 md:grid-cols-2 lg:grid-cols-4">
          {ROW_SHORT.map(byKey)
            .filter((f): f is FormNode => f !== undefined)
            .map((f) => (
              <Field key={f.key} node={f} path={[f.key]} ctx={ctx} />
            ))}
          <div>
            <label htmlFor={kindId} className="block font-semibold">
              {fieldWord('kind')}
            </label>
            <p id={`${kindId}-hint`} className="text-muted">
              Other types show their fields after saving.
            </p>
            {kindError ? (
              <p id={`${kindId}-error`} className="font-semibold text-bad">
                {kindError}
              </p>
            ) : null}
            <select
              id={kindId}
              name={fieldName(['kind'])}
              defaultValue={kind}
              aria-describedby={`${kindId}-hint${kindError ? ` ${kindId}-error` : ''}`}
              className="w-full rounded-md border-2 border-ink bg-white px-3 py-2"
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {enumWords(k)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {[ROW_TEXTS, ROW_NUMBERS].map((keys) => {
          const fields = keys.map(byKey).filter((f): f is FormNode => f !== undefined)
          return fields.length > 0 ? (
            <div
              key={keys.join()}
              className={`grid items-end gap-4 ${keys.length === 2 ? 'md:grid-cols-2' : 'md:grid-cols-3'}`}
            >
              {fields.map((f) => (
                <Field key={f.key} node={f} path={[f.key]} ctx={ctx} />
              ))}
            </div>
          ) : null
        })}
        {others.map((f) => (
          <Field key={f.key} node={f} path={[f.key]} ctx={ctx} />
        ))}
      </section>
      {listNode ? (
        <>
          <AnswerGrid
            listKey={listNode.key as 'options' | 'bands'}
            rows={rows}
            columns={columns}
            ctx={ctx}
            category={category}
            skillName={skillName}
          />
          <section aria-labelledby="answers-title" className="space-y-2">
            <h2 id="answers-title" className="text-lg font-bold">
              Each answer in full
            </h2>
            {rows.map((entry, index) => (
              <AnswerFold
                key={entry.spare ? `spare-${entry.key}` : fieldId([listNode.key, entry.key], root)}
                listKey={listNode.key}
                entry={entry}
                index={index}
                rowModel={listNode.item}
                ctx={ctx}
                skillName={skillName}
              />
            ))}
          </section>
        </>
      ) : null}
      {sources ? <Field node={sources} path={['sources']} ctx={ctx} /> : null}
      {advanced.length > 0 ? (
        <details open={advancedError} className="rounded-md border border-line bg-white">
          <summary className="cursor-pointer p-3 font-semibold">
            Advanced: {advanced.map((f) => labelOf(f).toLowerCase()).join(', ')}
          </summary>
          <div className="grid gap-4 border-t border-line p-3 md:grid-cols-2">
            {advanced.map((f) =>
              f.key === 'id' ? (
                <p key="id" className="text-sm">
                  <span className="font-semibold">Id</span>: <code>{text(root.id)}</code> (fixed: stored answers and
                  other items refer to it)
                </p>
              ) : (
                <Field key={f.key} node={f} path={[f.key]} ctx={ctx} />
              ),
            )}
          </div>
        </details>
      ) : null}
    </div>
  )
}

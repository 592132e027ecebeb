import { DID_KINDS } from '@/lib/engine/scoring/calibration'
import { isRawRecord, NEW_ROW, type Raw, type RawRecord, text } from './form-data'

// Where the editor puts the fields the schema gives it, and the words around them. Nothing here lists the fields:
// a field the schema gains and this file does not name is shown in the main part of its form, with a label made
// from its name; an enum value without words here is shown as itself. What is here only places and explains.

/** Fields an editor rarely touches (ids, engine feeds, wiring): in the folded "Advanced" part of the form. */
export const ADVANCED_FIELDS: ReadonlySet<string> = new Set(['id', 'feeds', 'optional', 'maxSelected'])
/** An answer's wiring, shown last in its fold. */
export const ANSWER_WIRING: ReadonlySet<string> = new Set(['id', 'level', 'exclusive', 'targetWeeks'])

/** The grid: a question's answers (`options`, or a number question's `bands`) are its rows… */
export const GRID_ROWS: ReadonlySet<string> = new Set(['options', 'bands'])
/** …and these lists of each answer, keyed by skill, are its cells: the weight, and under it the cap. */
export const GRID_CELLS = { skills: 'weight', caps: 'atMost' } as const
/** An answer's fields shown in the grid's row header. */
export const ROW_HEADER_FIELDS: ReadonlySet<string> = new Set(['label', 'min', 'max'])
/** The grid's extra column, for a skill no answer moves yet; the skill is chosen in its header. */
export const NEW_COLUMN = '__new'
export const NEW_COLUMN_FIELD = 'grid-add'
/**
 * Each row posts the order its skills were listed in, since the grid shows them by column: the first skill an
 * answer moves reads the answer's rationale as it is, the others as "counts towards … too" (lib/engine/scoring).
 */
export const ROW_ORDER = '_order'

/** Only answers about what someone did may cap a skill (the integrity rules say so too); the grid offers caps there. */
export const capsAllowed = (category: unknown) => typeof category === 'string' && DID_KINDS.has(category as never)

/** Hints under labels, by field name, or "parent.field" where a name means different things in different places. */
export const FIELD_HINTS: Record<string, string> = {
  id: 'Lower-case words joined by hyphens, e.g. “customer-discovery”. Stored answers and other items refer to it, so it cannot change later.',
  'options.id': 'Lower-case words joined by hyphens. Left empty on a new answer, it is made from the wording.',
  shortLabel: 'In messages, e.g. “Hours per week”.',
  kind: 'Changing it shows the other type’s fields after you save.',
  optional: 'People may leave it unanswered.',
  feeds: 'The engine reads this answer itself (hours, years, target date), besides its effects.',
  raterPrompt: 'Asked of a mentor who rates the person; only questions with one are asked of raters.',
  rationale: 'Used in the “why” of a readout, e.g. “You have written design docs”.',
  reason: 'Only when this skill needs a different reason than the answer’s.',
  detail: 'An observable description, for self-rating levels.',
  level: '1–5, on self-rating questions only.',
  exclusive: 'On a several-answers question: “none of these”, which cannot be combined with other choices.',
  targetWeeks: 'On the target-timeline question only.',
  raterLabel: 'How a mentor rating this person reads the answer, when it differs.',
  windowWeeks: 'Weeks this answer adds to the transition window (negative takes weeks off).',
  roles: 'Interest in a role: orders the roles someone qualifies for.',
  paths: 'Leaning towards (+) or away from (−) a path.',
  signals: 'What this answer says about motivation; feeds the verdict.',
  anyOf: 'For a choice question: option ids, separated by commas.',
  'requires.min': 'For a number question: the lowest answer that counts.',
  'requires.max': 'For a number question: the highest answer that counts.',
  'skipWhen.min': 'For a number question: the lowest answer that counts.',
  'skipWhen.max': 'For a number question: the highest answer that counts.',
  requires: 'Every condition must hold, e.g. years of experience; an empty list always holds.',
  skipWhen: 'Any of these holds → the person already does this, so the plan offers the step in “Offered instead”.',
  'leansOn.weight': '1–3: how much the role leans on the skill.',
  effortHours: 'Total hours of work.',
  spanWeeks: 'Calendar weeks it takes at the least.',
  ongoing: 'Keeps going at a light weekly pace after its main effort, until it is over.',
  followUpHours: 'For an ongoing step: hours a week after its main effort (default 2).',
  until: 'For an ongoing step: when it ends, mid-sentence (“until you accept an offer”).',
  waitWeeks: 'Calendar weeks it waits after its prerequisites (an offer, settling in).',
  waitsFor: 'What it waits for, mid-sentence (“once you have settled in”).',
  planNote:
    'A sentence for the plan’s notes when this answer is given (e.g. on leave: start with what you can do from home).',
  step: '1 for whole numbers (the default), 0.5 to allow halves.',
  firstMoveWhen:
    'For a later role: any of these holds → the person already does this kind of work, so it counts as a first move.',
  byReadiness: 'How readiness weighs for (+) or against (−) this path, with the reason shown.',
  'byReadiness.weight': '−6 to 6.',
  phrases:
    'One phrase per line, matched as whole words in any case: “|” between alternatives, “*” ends a word that may go on (“priorit*”), “#” is a number, “@customer” any word of that synonym group.',
  excludes: 'Phrases inside which a match does not count (“market” inside “go-to-market”), one per line.',
  patterns: 'Terms that count only together: each term on its own line, all found within the given number of words.',
  words: 'One word or phrase per line; phrases use them as “@id”. They may not use another group.',
  explanation: 'Shown beside a listing line: why the assessment can’t speak to it.',
  question: 'As an interviewer would ask it.',
  cues: 'When all of a cue’s conditions hold for the person’s answers, its story idea is offered.',
  buildWith: 'Plan steps that would give the person a story for this prompt.',
  whenDone: 'Finishing it counts as at least this answer when the person retakes the assessment.',
  atLeastOptionId: 'The option id it counts as, at least.',
  extraWeeks: 'Weeks this path adds to the window, with the reason shown to people. Leave all three empty for none.',
  route: 'How it reads mid-sentence: “by moving first to a company that has PMs”.',
  milestoneTitle: 'The outcome you can point to, not “phase done”.',
  date: 'YYYY-MM-DD, when the source states one.',
  doneWhen: 'An outcome someone else could confirm: “You’ve written a one-page summary and a PM has read it”.',
}

export const hintFor = (key: string, parent?: string, description?: string) =>
  description ?? (parent ? FIELD_HINTS[`${parent}.${key}`] : undefined) ?? FIELD_HINTS[key]

/** Words for enum values; a value not here reads as itself ("usually-gap" → "Usually gap"). */
export const ENUM_WORDS: Record<string, string> = {
  behaviour: 'Behaviour — how often they really did something',
  crosswalk: 'Crosswalk — engineering work that maps to PM skills',
  scenario: 'Scenario — what they would do',
  'self-rating': 'Self-rating on described levels',
  context: 'Context — background and goals',
  motivation: 'Motivation — feeds the verdict only',
  single: 'One answer',
  multi: 'Several answers',
  number: 'A number',
  'hours-per-week': 'Hours per week',
  'years-experience': 'Years of experience',
  'target-timeline': 'Target timeline',
  pull: 'Pull — reasons the articles endorse',
  status: 'Status — title or salary alone',
  'deep-tech': 'Deep tech — loves deep technical work most',
  'usually-strong': 'Usually strong',
  mixed: 'Mixed',
  'usually-gap': 'Usually a gap',
  'first-move': 'A first move',
  later: 'Later, after a first PM role',
}

export const enumWords = (value: string) =>
  ENUM_WORDS[value] ?? value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())

/** Lower-case words joined by hyphens, from any wording ("Every week or more" → "every-week-or-more"). */
export function slug(words: string): string {
  return (
    words
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-') || 'answer'
  )
}

/** The rows of a posted or saved list, whichever shape it has. */
const rowList = (v: Raw | undefined): RawRecord[] =>
  (Array.isArray(v) ? (v as Raw[]) : isRawRecord(v) ? Object.values(v) : []).filter(isRawRecord)

/**
 * A saved question's grid cells keyed by skill, as the grid posts them ({ "customer-discovery": { weight: "2" } }),
 * so one path names a cell whether the values came from the database or from a post. Two entries for one skill
 * (the schema allows it) become one cell with what the engine reads from both: the summed weight, the lower cap.
 */
export function keyGridCells(raw: RawRecord): RawRecord {
  const out: RawRecord = { ...raw }
  for (const listKey of GRID_ROWS) {
    const rows = raw[listKey]
    if (!Array.isArray(rows)) continue
    out[listKey] = (rows as Raw[]).map((row) => {
      if (!isRawRecord(row)) return row
      const next: RawRecord = { ...row }
      for (const cellList of Object.keys(GRID_CELLS) as (keyof typeof GRID_CELLS)[]) {
        const entries = row[cellList]
        if (!Array.isArray(entries)) continue
        const field = GRID_CELLS[cellList]
        const keyed: RawRecord = {}
        for (const entry of (entries as Raw[]).filter(isRawRecord)) {
          const skillId = text(entry.skillId)
          const { skillId: _, ...rest } = entry
          const seen = keyed[skillId]
          if (!isRawRecord(seen)) {
            keyed[skillId] = rest
            continue
          }
          const a = Number(text(seen[field]))
          const b = Number(text(rest[field]))
          seen[field] = String(cellList === 'skills' ? a + b : Math.min(a, b))
        }
        // Weights read with their sign, as the grid's scale does: +2, -1.
        if (cellList === 'skills')
          for (const cell of Object.values(keyed))
            if (isRawRecord(cell) && /^\d+$/.test(text(cell.weight)) && text(cell.weight) !== '0')
              cell.weight = `+${text(cell.weight)}`
        next[cellList] = keyed
      }
      return next
    })
  }
  return out
}

/**
 * Posted grid → the item's shape, before parsing: the new column's cells move to the skill chosen for it (merged
 * into that skill's cells when it is already a column); a weight of 0 is the same as an empty cell (no effect);
 * a new answer (a row offered blank) with wording but no id gets one made from its wording. Returns the problem with the new column, if any.
 */
export function prepareGrid(raw: RawRecord, addedSkill: string): { raw: RawRecord; problem?: string } {
  let problem: string | undefined
  for (const listKey of GRID_ROWS) {
    const rows = raw[listKey]
    if (rows === undefined) continue
    const taken = new Set(rowList(rows).map((r) => text(r.id).trim()))
    for (const row of rowList(rows)) {
      const order = isRawRecord(row[ROW_ORDER]) ? (row[ROW_ORDER] as RawRecord) : {}
      delete row[ROW_ORDER]
      for (const cellList of Object.keys(GRID_CELLS) as (keyof typeof GRID_CELLS)[]) {
        const posted = row[cellList]
        if (!isRawRecord(posted)) continue
        // The row's own order first, then skills it did not have (new columns), in column order.
        const first = text(order[cellList])
          .split(',')
          .filter((k) => k in posted)
        const cells: RawRecord = {}
        for (const k of [...first, ...Object.keys(posted).filter((k) => !first.includes(k))])
          cells[k] = posted[k] as Raw
        row[cellList] = cells
        const added = cells[NEW_COLUMN]
        delete cells[NEW_COLUMN]
        if (isRawRecord(added) && Object.values(added).some((v) => text(v).trim() !== '')) {
          if (!addedSkill) problem = 'Choose the skill for the new column, or empty its cells.'
          else {
            const existing = isRawRecord(cells[addedSkill]) ? (cells[addedSkill] as RawRecord) : {}
            for (const [k, v] of Object.entries(added)) if (text(existing[k]).trim() === '') existing[k] = v
            cells[addedSkill] = existing
          }
        }
        if (cellList === 'skills')
          for (const cell of Object.values(cells))
            if (isRawRecord(cell) && /^\s*[+\-−]?0+\s*$/.test(text(cell.weight))) cell.weight = ''
      }
      const label = text(row.label).trim()
      const added = text(row[NEW_ROW]) === 'on'
      delete row[NEW_ROW]
      // Only a new answer gets an id made for it: stored answers refer to an existing one's, which must not change.
      if (added && text(row.id).trim() === '' && label !== '') {
        let id = slug(label)
        for (let n = 2; taken.has(id); n++) id = `${slug(label)}-${n}`
        taken.add(id)
        row.id = id
      }
    }
  }
  return problem ? { raw, problem } : { raw }
}

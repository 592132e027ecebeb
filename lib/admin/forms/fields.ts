// The editor's forms are described as data: a list of fields per kind of item, named by the schema's own keys.
// One renderer draws every form from its description, one parser reads every posted form back, and the engine's
// zod schemas validate the result, so a new schema field is one more line in lib/admin/forms/specs.ts (a test fails
// until it is there).

export type Choice = { value: string; label: string }
/** Choices come from a collection of the draft (its ids and names) or are fixed. */
export type ChoiceSource =
  | 'skills'
  | 'roles'
  | 'paths'
  | 'areas'
  | 'sections'
  | 'sources'
  | 'actions'
  | 'phases'
  | 'questions'
  | 'synonyms'
  | 'lexicon'
  | 'unmeasured'
  | 'prompts'
  | readonly Choice[]

type Common = { key: string; hint?: string; label?: string }
export type Field =
  | (Common & { kind: 'text'; long?: boolean; optional?: boolean })
  | (Common & { kind: 'number'; optional?: boolean })
  | (Common & { kind: 'boolean' })
  | (Common & { kind: 'choice'; from: ChoiceSource; optional?: boolean })
  | (Common & { kind: 'refs'; from: ChoiceSource })
  /** Ids typed as text, separated by commas or spaces (e.g. the options of whichever question a condition names). */
  | (Common & { kind: 'ids'; optional?: boolean })
  /** A list of texts, one per line (e.g. the phrases of the job-listing lexicon, which contain spaces and commas). */
  | (Common & { kind: 'lines' })
  | (Common & { kind: 'list'; fields: Field[]; spare: number; rowWord: string })
  | (Common & { kind: 'group'; fields: Field[] })

/** Raw form input: strings at the leaves, arrays for lists and multiple choices, exactly as posted. */
export type Raw = string | string[] | Raw[] | { [key: string]: Raw }
export type RawRecord = { [key: string]: Raw }

export const isRawRecord = (v: unknown): v is RawRecord => v !== null && typeof v === 'object' && !Array.isArray(v)

/** The posted field name for a path: options.2.skills.0.weight */
export const fieldName = (path: readonly (string | number)[]) => path.join('.')

/**
 * The element id of the field at this path. A list row that has an id (an option) is named by it, so a problem
 * found later by the integrity rules ("options[never].skills") links to the same element as the form's own error.
 */
export function fieldId(path: readonly (string | number)[], value: unknown): string {
  const parts: string[] = []
  let node: unknown = value
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) {
      const index = Number(segment)
      const row = Array.isArray(node) ? node[index] : undefined
      const id = isRawRecord(row) && typeof row.id === 'string' && row.id.trim() !== '' ? row.id.trim() : String(index)
      parts.push(id)
      node = row
    } else {
      parts.push(segment)
      node = isRawRecord(node) ? node[segment] : undefined
    }
  }
  return `f-${parts.map((p) => p.replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`
}

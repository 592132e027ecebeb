import { z } from 'zod'
import type { Content, Question } from '@/lib/engine/content/schema'
import { type FieldError, fieldErrors } from '@/lib/engine/input/field-errors'

/**
 * Answers keyed by question id: an option id (single), option ids (multi) or a number on the question's step (a whole
 * number, or for years of experience a multiple of 0.5).
 * This shape-only schema is for reading stored answers back; use validateAnswers for user input.
 */
export const AnswersSchema = z.record(z.string(), z.union([z.string(), z.array(z.string()), z.number()]))
export type Answers = z.infer<typeof AnswersSchema>

/** A rejected answer set: one error per question, its `fieldId` the question's id (the field's id on the page). */
export type ValidationResult = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] }

// Messages are shown next to the field, so each one names the question (by its short label) and says what to do.
const messages = {
  chooseOne: (q: Question) => `${q.shortLabel}: choose one option.`,
  chooseAtLeastOne: (q: Question) => `${q.shortLabel}: choose at least one option, or “None of these” if none apply.`,
  notAChoice: (q: Question) => `${q.shortLabel}: that isn’t one of the choices. Please choose again.`,
  number: (q: Question & { kind: 'number' }) =>
    q.step === 1
      ? `${q.shortLabel}: enter a whole number from ${q.min} to ${q.max}.`
      : `${q.shortLabel}: enter a number from ${q.min} to ${q.max}, in whole or half ${q.unit} (six months is 0.5).`,
  exclusive: (q: Question, label: string) =>
    `${q.shortLabel}: “${label}” can’t be combined with other choices. Untick one of them.`,
  tooMany: (q: Question, max: number) => `${q.shortLabel}: choose at most ${max}.`,
  duplicate: (q: Question) => `${q.shortLabel}: each choice can only be picked once.`,
  unknown: () => 'This answer doesn’t match any current question. Reload the page and try again.',
}

// Forms send strings: accept "12" for a number question and a lone string for a multi question, and treat
// an empty string or empty list as "not answered" so required-question messages read naturally.
const blankToUndefined = (v: unknown) =>
  v === '' || v === null || (Array.isArray(v) && v.length === 0) ? undefined : v
const numberFromForm = (v: unknown) => {
  const b = blankToUndefined(v)
  // "0,5" is how much of Europe writes a half.
  return typeof b === 'string' && /^\s*-?\d*([.,]\d+)?\s*$/.test(b) && /\d/.test(b) ? Number(b.replace(',', '.')) : b
}
const listFromForm = (v: unknown) => {
  const b = blankToUndefined(v)
  return typeof b === 'string' ? [b] : b
}

function questionSchema(q: Question): z.ZodType {
  if (q.kind === 'number') {
    const msg = messages.number(q)
    const step = q.step
    const base = z
      .number({ error: msg })
      .min(q.min, { error: msg })
      .max(q.max, { error: msg })
      .refine((n) => Number.isInteger((n - q.min) / step), { error: msg })
    return z.preprocess(numberFromForm, q.optional ? base.optional() : base)
  }
  const ids = q.options.map((o) => o.id)
  const choice = z
    .string({ error: (iss) => (iss.input === undefined ? messages.chooseOne(q) : messages.notAChoice(q)) })
    .refine((v) => ids.includes(v), { error: messages.notAChoice(q) })
  if (q.kind === 'single') return z.preprocess(blankToUndefined, q.optional ? choice.optional() : choice)

  const exclusive = q.options.filter((o) => o.exclusive)
  const list = z
    .array(choice, {
      error: (iss) => (iss.input === undefined ? messages.chooseAtLeastOne(q) : messages.notAChoice(q)),
    })
    .superRefine((values, ctx) => {
      if (new Set(values).size !== values.length) ctx.addIssue({ code: 'custom', message: messages.duplicate(q) })
      for (const ex of exclusive) {
        if (values.includes(ex.id) && values.length > 1)
          ctx.addIssue({ code: 'custom', message: messages.exclusive(q, ex.label) })
      }
      if (q.maxSelected !== undefined && values.length > q.maxSelected)
        ctx.addIssue({ code: 'custom', message: messages.tooMany(q, q.maxSelected) })
    })
  return z.preprocess(listFromForm, q.optional ? list.optional() : list)
}

type Schemas = { all: z.ZodType<Answers>; bySection: Map<string, z.ZodType<Answers>> }
// Built once per content object: validation runs on every form post and in the benchmark loop.
const cache = new WeakMap<Content, Schemas>()

function schemasFor(content: Content): Schemas {
  const cached = cache.get(content)
  if (cached) return cached
  const shapeOf = (qs: Question[]) => Object.fromEntries(qs.map((q) => [q.id, questionSchema(q)]))
  const all = z.strictObject(shapeOf(content.questions), { error: messages.unknown }) as unknown as z.ZodType<Answers>
  const bySection = new Map<string, z.ZodType<Answers>>()
  for (const s of content.sections) {
    const qs = content.questions.filter((q) => q.sectionId === s.id)
    // A section form also carries framework fields (and answers to other sections); strip them silently.
    bySection.set(s.id, z.object(shapeOf(qs)) as unknown as z.ZodType<Answers>)
  }
  const built = { all, bySection }
  cache.set(content, built)
  return built
}

/** The zod schema for a complete answer set under this content: known ids, valid options, ranges, required. */
export function answersSchemaFor(content: Content): z.ZodType<Answers> {
  return schemasFor(content).all
}

function toResult(parsed: ReturnType<z.ZodType<Answers>['safeParse']>): ValidationResult {
  if (parsed.success) {
    // Drop keys of unanswered optional questions so stored answers hold only what the user gave.
    const answers = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as Answers
    return { ok: true, answers }
  }
  const errors = fieldErrors(parsed.error, (issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((fieldId) => ({ fieldId, message: messages.unknown() }))
      : { fieldId: String(issue.path[0] ?? ''), message: issue.message },
  )
  return { ok: false, errors }
}

const notAnObject = (input: unknown) => typeof input !== 'object' || input === null || Array.isArray(input)

/** Validates a complete answer set. Errors come in question order, one per question, in plain words. */
export function validateAnswers(content: Content, input: unknown): ValidationResult {
  if (notAnObject(input))
    return {
      ok: false,
      errors: [{ fieldId: '', message: 'Answers must be sent as an object keyed by question id.' }],
    }
  return toResult(schemasFor(content).all.safeParse(input))
}

/** Validates one section's answers; keys that belong to other sections (or to the form framework) are ignored. */
export function validateSection(content: Content, sectionId: string, input: unknown): ValidationResult {
  const schema = schemasFor(content).bySection.get(sectionId)
  if (!schema) throw new Error(`validateSection: unknown section "${sectionId}"`)
  if (notAnObject(input))
    return {
      ok: false,
      errors: [{ fieldId: '', message: 'Answers must be sent as an object keyed by question id.' }],
    }
  return toResult(schema.safeParse(input))
}

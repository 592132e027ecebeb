import type { z } from 'zod'

// The one shape of "this field is wrong" — for every form (shown next to the field and linked from the error
// summary) and, renamed to the API's wire names by `apiFields`, for the JSON API. Pure: imports zod's types only, so
// the content schema can return it too.

export type FieldError = {
  /** The element the error belongs to (the summary links to it); in the API, the field's name. */
  fieldId: string
  /** Shown next to the field. */
  message: string
  /** Where, for the summary, when the field alone does not say: "“Never” › Customer discovery". */
  where?: string
}

type Issue = z.core.$ZodIssue

/** How one issue reads: the field(s) it is about and what to say; `null` to leave it out. */
export type DescribeIssue = (issue: Issue) => FieldError | FieldError[] | null

/** The issue's first path segment: a flat form's field name. */
export const topField = (issue: Issue) => String(issue.path[0] ?? '')

const byTopField: DescribeIssue = (issue) => ({ fieldId: topField(issue), message: issue.message })

/**
 * A schema's issues as field errors, one per field: the first issue on a field is the one to fix, and a second
 * message on the same field would only crowd it. By default a field is the issue's first path segment.
 */
export function fieldErrors(error: z.ZodError, describeIssue: DescribeIssue = byTopField): FieldError[] {
  const seen = new Set<string>()
  const out: FieldError[] = []
  for (const issue of error.issues) {
    const described = describeIssue(issue)
    for (const e of described === null ? [] : Array.isArray(described) ? described : [described]) {
      if (seen.has(e.fieldId)) continue
      seen.add(e.fieldId)
      out.push(e)
    }
  }
  return out
}

/** A flat form's field errors, each field name turned into its element's id (`ids[name]`, else `fallback`). */
export const formFieldErrors = (error: z.ZodError, ids: Record<string, string>, fallback?: string): FieldError[] =>
  fieldErrors(error, (issue) => ({
    fieldId: ids[topField(issue)] ?? fallback ?? topField(issue),
    message: issue.message,
  }))

/** The API's body issues: each field by its dotted path ("body" for the whole body), an unexpected key by name. */
export const bodyFieldErrors = (error: z.ZodError, unexpected = 'unexpected field'): FieldError[] =>
  fieldErrors(error, (issue) => {
    const at = issue.path.join('.')
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ fieldId: at ? `${at}.${key}` : key, message: unexpected }))
    return { fieldId: at || 'body', message: issue.message }
  })

/** Field errors in the JSON API's wire names: `{ field, message }`. */
export const apiFields = (errors: readonly FieldError[]) =>
  errors.map((e) => ({ field: e.fieldId, message: e.message }))

/** The error summary's line for an error. */
export const summaryLine = (e: FieldError) => (e.where ? `${e.where}: ${e.message}` : e.message)

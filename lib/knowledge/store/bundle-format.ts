import type { z } from 'zod'
import { CONTENT_FILES, type Content } from '@/lib/engine/content/schema'

// A whole release as one JSON file, in the content/ format: one key per file of content/, each holding exactly what
// that file holds. Split it into files (or take a single file's download) and it can be committed and reviewed.

export const CONTENT_FILE_NAMES = Object.keys(CONTENT_FILES) as (keyof typeof CONTENT_FILES)[]
export type ContentFileName = (typeof CONTENT_FILE_NAMES)[number]

export const isContentFileName = (v: unknown): v is ContentFileName =>
  typeof v === 'string' && (CONTENT_FILE_NAMES as string[]).includes(v)

/** The content of one file of content/, with its $schema line, as the repository keeps it. */
export function contentFile(content: Content, name: ContentFileName): Record<string, unknown> {
  const body: Record<ContentFileName, Record<string, unknown>> = {
    sources: { sources: content.sources },
    skills: { areas: content.areas, skills: content.skills },
    sections: { sections: content.sections },
    questions: { questions: content.questions },
    roles: { roles: content.roles },
    paths: { paths: content.paths },
    actions: { phases: content.phases, actions: content.actions },
    lexicon: { synonyms: content.synonyms, lexicon: content.lexicon, unmeasured: content.unmeasured },
    prompts: { prompts: content.prompts },
  }
  return { $schema: `./schema/${name}.json`, ...body[name] }
}

export function toBundle(content: Content): Record<string, Record<string, unknown>> {
  return Object.fromEntries(CONTENT_FILE_NAMES.map((name) => [`${name}.json`, contentFile(content, name)]))
}

/** The same formatting as the files in the repository: two-space indents and a final newline. */
export const formatJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

export type BundleParse = { ok: true; raw: Record<string, unknown> } | { ok: false; problems: string[] }

const issueText = (file: string, issue: z.core.$ZodIssue) =>
  `${file}${issue.path.length > 0 ? ` › ${issue.path.join('.')}` : ''}: ${issue.message}`

/** Checks a bundle's shape file by file and returns the content object (not yet checked as a whole). */
export function parseBundle(input: unknown): BundleParse {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: ['The file must be one JSON object with a key for each content file, e.g. "skills.json".'],
    }
  }
  const record = input as Record<string, unknown>
  const problems: string[] = []
  const expected = CONTENT_FILE_NAMES.map((n) => `${n}.json`)
  for (const key of Object.keys(record)) {
    if (!expected.includes(key)) problems.push(`${key}: not a content file (expected ${expected.join(', ')})`)
  }
  const raw: Record<string, unknown> = {}
  for (const name of CONTENT_FILE_NAMES) {
    const file = `${name}.json`
    if (!(file in record)) {
      problems.push(`${file}: missing`)
      continue
    }
    const parsed = (CONTENT_FILES[name] as z.ZodType<Record<string, unknown>>).safeParse(record[file])
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => issueText(file, issue)))
      continue
    }
    const { $schema: _, ...lists } = parsed.data
    Object.assign(raw, lists)
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, raw }
}

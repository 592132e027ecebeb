import actions from '@/content/actions.json'
import lexicon from '@/content/lexicon.json'
import paths from '@/content/paths.json'
import prompts from '@/content/prompts.json'
import questions from '@/content/questions.json'
import roles from '@/content/roles.json'
import sections from '@/content/sections.json'
import skills from '@/content/skills.json'
import sources from '@/content/sources.json'
import { contentProblems } from '@/lib/engine/content/integrity'
import { type Content, ContentSchema } from '@/lib/engine/content/schema'
import { sha256Hex } from '@/lib/platform/security/hash'

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
    )
    this.name = 'ContentError'
  }
}

/**
 * Parses content from any source (the bundled files, or an admin edit) and checks every cross-reference.
 * Throws one ContentError listing all problems, so an editor can fix them in one pass.
 */
export function parseContent(raw: unknown): Content {
  const parsed = ContentSchema.safeParse(raw)
  if (!parsed.success) {
    throw new ContentError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`))
  }
  const problems = contentProblems(parsed.data)
  if (problems.length > 0) throw new ContentError(problems)
  return parsed.data
}

let bundled: Content | undefined

/** The bundled default content, parsed once per process. The same object is returned every time, so per-content caches hit. */
export function loadContent(): Content {
  bundled ??= parseContent({
    sources: sources.sources,
    areas: skills.areas,
    skills: skills.skills,
    sections: sections.sections,
    questions: questions.questions,
    roles: roles.roles,
    paths: paths.paths,
    phases: actions.phases,
    actions: actions.actions,
    synonyms: lexicon.synonyms,
    lexicon: lexicon.lexicon,
    unmeasured: lexicon.unmeasured,
    prompts: prompts.prompts,
  })
  return bundled
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** A short, stable hash of the content (key order doesn't matter), stored with each plan to record what made it. */
export function contentVersion(content: Content): string {
  // Hashing the canonical JSON of all content takes ~3 ms, and every stored plan asks: compute once per object.
  let version = versions.get(content)
  if (version === undefined) {
    version = sha256Hex(canonical(content)).slice(0, 12)
    versions.set(content, version)
  }
  return version
}

const versions = new WeakMap<Content, string>()

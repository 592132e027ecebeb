import { validateAnswers } from '@/lib/content/answers'
import type { Content } from '@/lib/content/schema'
import { assess } from '@/lib/scoring/assess'

// The impact preview: the same answer sets scored under the published release and under the draft, compared on
// what a reader of the readout would notice first. An answer set that no longer fits the draft (a removed option,
// a new required question) is counted and named, never scored by guesswork; an engine failure on one set is
// reported for that set and does not stop the others.

export const TOP_GAPS = 3
export const DIMENSIONS = ['bestRole', 'path', 'window', 'topGaps', 'flags'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export const DIMENSION_WORDS: Record<Dimension, string> = {
  bestRole: 'Best role',
  path: 'Path',
  window: 'Window',
  topGaps: `Top ${TOP_GAPS} gaps`,
  flags: 'Flags',
}

export type AnswerSet = { id: string; label: string; kind: 'persona' | 'plan'; answers: unknown }

export type Readout = Record<Dimension, string>

export type ImpactRow = {
  id: string
  label: string
  kind: AnswerSet['kind']
  before: Readout | null
  after: Readout | null
  changed: Dimension[]
  /** Why it could not be compared, in words. */
  problem?: string
}

export type ImpactReport = {
  rows: ImpactRow[]
  compared: number
  changedAny: number
  changedBy: Record<Dimension, number>
  /** Answer sets the draft cannot score as they are (named, with the reason). */
  invalidUnderDraft: ImpactRow[]
  /** Sets that do not fit even the published release (e.g. plans made on an older release): skipped. */
  invalidUnderPublished: ImpactRow[]
  failed: ImpactRow[]
}

function readout(content: Content, answers: unknown): { ok: true; readout: Readout } | { ok: false; problem: string } {
  const checked = validateAnswers(content, answers)
  if (!checked.ok) {
    const first = checked.errors.slice(0, 3).map((e) => `${e.questionId}: ${e.message}`)
    const more = checked.errors.length > 3 ? ` (and ${checked.errors.length - 3} more)` : ''
    return { ok: false, problem: `${first.join('; ')}${more}` }
  }
  const { result } = assess(content, checked.answers)
  const role = result.roles.find((r) => r.roleId === result.bestRoleId)
  return {
    ok: true,
    readout: {
      bestRole: role?.name ?? result.bestRoleId,
      path: result.path.name,
      window: `${result.window.minWeeks}–${result.window.maxWeeks} weeks`,
      topGaps:
        result.gaps
          .slice(0, TOP_GAPS)
          .map((g) => g.name)
          .join(', ') || 'none',
      flags: [...new Set(result.flags.map((f) => f.title))].sort().join('; ') || 'none',
    },
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300)

export function previewImpact(published: Content, draft: Content, sets: readonly AnswerSet[]): ImpactReport {
  const rows: ImpactRow[] = []
  for (const set of sets) {
    const base = { id: set.id, label: set.label, kind: set.kind }
    let before: ReturnType<typeof readout>
    let after: ReturnType<typeof readout>
    try {
      before = readout(published, set.answers)
    } catch (error) {
      rows.push({
        ...base,
        before: null,
        after: null,
        changed: [],
        problem: `The published release failed on it: ${message(error)}`,
      })
      continue
    }
    try {
      after = readout(draft, set.answers)
    } catch (error) {
      rows.push({
        ...base,
        before: before.ok ? before.readout : null,
        after: null,
        changed: [],
        problem: `The draft failed on it: ${message(error)}`,
      })
      continue
    }
    if (!before.ok) {
      rows.push({
        ...base,
        before: null,
        after: after.ok ? after.readout : null,
        changed: [],
        problem: `Not valid under the published release: ${before.problem}`,
      })
      continue
    }
    if (!after.ok) {
      rows.push({
        ...base,
        before: before.readout,
        after: null,
        changed: [],
        problem: `Not valid under the draft: ${after.problem}`,
      })
      continue
    }
    const changed = DIMENSIONS.filter((d) => before.readout[d] !== after.readout[d])
    rows.push({ ...base, before: before.readout, after: after.readout, changed })
  }
  const compared = rows.filter((r) => r.before && r.after && !r.problem)
  const changedBy = Object.fromEntries(
    DIMENSIONS.map((d) => [d, compared.filter((r) => r.changed.includes(d)).length]),
  ) as Record<Dimension, number>
  return {
    rows,
    compared: compared.length,
    changedAny: compared.filter((r) => r.changed.length > 0).length,
    changedBy,
    invalidUnderDraft: rows.filter((r) => r.problem?.startsWith('Not valid under the draft')),
    invalidUnderPublished: rows.filter((r) => r.problem?.startsWith('Not valid under the published')),
    failed: rows.filter((r) => r.problem?.includes('failed on it')),
  }
}

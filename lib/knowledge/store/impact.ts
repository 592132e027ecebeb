import { type Answers, validateAnswers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import { assess } from '@/lib/engine/scoring/assess'
import { COLLECTION_WORDS, type Collection } from './collections'
import { diffContent, type ItemDiff } from './diff'
import { signed } from './field-words'
import { type TouchedAnswer, touchedAnswers, withOneEdit } from './impact-explain'
import type { PersonaMove } from './model-checks'

// The impact preview: the same answer sets scored under the published release and under the draft, compared on
// what a reader of the readout would notice first, and explained: for each set that changes, which of its answers
// touch the edited items, and what each edited item does to it on its own (the published release with only that
// item as in the draft). An answer set that no longer fits the draft (a removed option, a new required question) is
// counted and named, never scored by guesswork; an engine failure on one set does not stop the others.

/** How many of a readout's first gaps the preview compares: the ones a person reads first (not the plan's TOP_GAPS). */
export const IMPACT_TOP_GAPS = 3
export const DIMENSIONS = ['bestRole', 'path', 'window', 'topGaps', 'flags'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export const DIMENSION_WORDS: Record<Dimension, string> = {
  bestRole: 'Best role',
  path: 'Path',
  window: 'Window',
  topGaps: `Top ${IMPACT_TOP_GAPS} gaps`,
  flags: 'Flags',
}

/** Edited items measured one at a time; past this many, the rest are listed without their own effect. */
export const MAX_EXPLAINED_ITEMS = 12
/** Skill scores named per explanation, biggest moves first. */
const SKILL_MOVES_SHOWN = 3

export type AnswerSet = { id: string; label: string; kind: 'persona' | 'plan'; answers: unknown }

export type Readout = Record<Dimension, string>
export type SkillMove = { skillId: string; name: string; before: number; after: number }

/** One edited item, as it bears on one answer set. */
export type Cause = {
  collection: Collection
  itemId: string
  name: string
  kind: ItemDiff['kind']
  answers: TouchedAnswer[]
  /** What this change alone does to the readout: "Window: 20–39 weeks → 13–26 weeks", "Customer discovery 58 → 66". */
  alone: string[]
  /** False when the item could not be measured on its own (it needs other edits, e.g. a new skill it names). */
  measured: boolean
}

export type ImpactRow = {
  id: string
  label: string
  kind: AnswerSet['kind']
  before: Readout | null
  after: Readout | null
  changed: Dimension[]
  /** Skill scores that moved, biggest first. */
  skillMoves: SkillMove[]
  /** Why it changed: empty for a set that did not change. */
  causes: Cause[]
  /** Why it could not be compared, in words. */
  problem?: string
}

export type ImpactReport = {
  /** Changed readouts first, then sets whose scores moved, then the rest; each group in the given order. */
  rows: ImpactRow[]
  compared: number
  changedAny: number
  changedBy: Record<Dimension, number>
  /** The items the draft edits, in collection order. */
  edited: ItemDiff[]
  /** Answer sets the draft cannot score as they are (named, with the reason). */
  invalidUnderDraft: ImpactRow[]
  /** Sets that do not fit even the published release (e.g. plans made on an older release): skipped. */
  invalidUnderPublished: ImpactRow[]
  failed: ImpactRow[]
}

type Scored = { readout: Readout; skills: Map<string, { name: string; score: number }> }
type Scoring = { ok: true; scored: Scored; answers: Answers } | { ok: false; problem: string }

function score(content: Content, answers: unknown): Scoring {
  const checked = validateAnswers(content, answers)
  if (!checked.ok) {
    const first = checked.errors.slice(0, 3).map((e) => `${e.fieldId}: ${e.message}`)
    const more = checked.errors.length > 3 ? ` (and ${checked.errors.length - 3} more)` : ''
    return { ok: false, problem: `${first.join('; ')}${more}` }
  }
  const { result } = assess(content, checked.answers)
  const role = result.roles.find((r) => r.roleId === result.bestRoleId)
  return {
    ok: true,
    answers: checked.answers,
    scored: {
      readout: {
        bestRole: role?.name ?? result.bestRoleId,
        path: result.path.name,
        window: `${result.window.minWeeks}–${result.window.maxWeeks} weeks`,
        topGaps:
          result.gaps
            .slice(0, IMPACT_TOP_GAPS)
            .map((g) => g.name)
            .join(', ') || 'none',
        flags: [...new Set(result.flags.map((f) => f.title))].sort().join('; ') || 'none',
      },
      skills: new Map(result.skills.map((s) => [s.skillId, { name: s.name, score: s.score }])),
    },
  }
}

function skillMoves(before: Scored, after: Scored): SkillMove[] {
  const moves: SkillMove[] = []
  for (const [skillId, b] of before.skills) {
    const a = after.skills.get(skillId)
    if (a && a.score !== b.score) moves.push({ skillId, name: a.name, before: b.score, after: a.score })
  }
  return moves.sort((x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before))
}

const moveWords = (m: SkillMove) => `${m.name} ${m.before} → ${m.after} (${signed(m.after - m.before)})`

/** What changed between two scorings, in words: the readout's lines first, then the biggest score moves. */
function differences(before: Scored, after: Scored): string[] {
  const lines = DIMENSIONS.filter((d) => before.readout[d] !== after.readout[d]).map(
    (d) => `${DIMENSION_WORDS[d]}: ${before.readout[d]} → ${after.readout[d]}`,
  )
  return [...lines, ...skillMoves(before, after).slice(0, SKILL_MOVES_SHOWN).map(moveWords)]
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300)

/** `explain: false` skips the per-item explanations (the publish checks only need what changed). */
export function previewImpact(
  published: Content,
  draft: Content,
  sets: readonly AnswerSet[],
  { explain = true }: { explain?: boolean } = {},
): ImpactReport {
  const edited = diffContent(published, draft)
  const names = new Map([...published.skills, ...draft.skills].map((s) => [s.id, s.name]))
  const explained = edited
    .slice(0, MAX_EXPLAINED_ITEMS)
    .map((edit) => ({ edit, alone: withOneEdit(published, draft, edit) }))
  const rows: ImpactRow[] = []
  for (const set of sets) {
    const base = { id: set.id, label: set.label, kind: set.kind, changed: [], skillMoves: [], causes: [] }
    let before: Scoring
    let after: Scoring
    try {
      before = score(published, set.answers)
    } catch (error) {
      rows.push({
        ...base,
        before: null,
        after: null,
        problem: `The published release failed on it: ${message(error)}`,
      })
      continue
    }
    try {
      after = score(draft, set.answers)
    } catch (error) {
      rows.push({
        ...base,
        before: before.ok ? before.scored.readout : null,
        after: null,
        problem: `The draft failed on it: ${message(error)}`,
      })
      continue
    }
    if (!before.ok) {
      rows.push({
        ...base,
        before: null,
        after: after.ok ? after.scored.readout : null,
        problem: `Not valid under the published release: ${before.problem}`,
      })
      continue
    }
    if (!after.ok) {
      rows.push({
        ...base,
        before: before.scored.readout,
        after: null,
        problem: `Not valid under the draft: ${after.problem}`,
      })
      continue
    }
    const was = before.scored
    const now = after.scored
    const changed = DIMENSIONS.filter((d) => was.readout[d] !== now.readout[d])
    const moves = skillMoves(was, now)
    const causes: Cause[] =
      !explain || changed.length + moves.length === 0
        ? []
        : explained.flatMap(({ edit, alone }) => {
            const answers = touchedAnswers(edit, published, draft, before.answers, names)
            let effect: string[] = []
            let measured = true
            try {
              const single = score(alone, set.answers)
              if (single.ok) effect = differences(was, single.scored)
              else measured = false
            } catch {
              measured = false
            }
            // An edit is a reason only when it moves this set on its own or reads one of its answers differently.
            if (measured && effect.length === 0 && answers.every((a) => a.notes.length === 0)) return []
            return [
              {
                collection: edit.collection,
                itemId: edit.itemId,
                name: edit.name,
                kind: edit.kind,
                answers,
                alone: effect,
                measured,
              },
            ]
          })
    rows.push({ ...base, before: was.readout, after: now.readout, changed, skillMoves: moves, causes })
  }
  const compared = rows.filter((r) => r.before && r.after && !r.problem)
  const changedBy = Object.fromEntries(
    DIMENSIONS.map((d) => [d, compared.filter((r) => r.changed.includes(d)).length]),
  ) as Record<Dimension, number>
  const rank = (r: ImpactRow) => (r.changed.length > 0 ? 0 : r.skillMoves.length > 0 ? 1 : 2)
  return {
    rows: rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
      .map(({ r }) => r),
    compared: compared.length,
    changedAny: compared.filter((r) => r.changed.length > 0).length,
    changedBy,
    edited,
    invalidUnderDraft: rows.filter((r) => r.problem?.startsWith('Not valid under the draft')),
    invalidUnderPublished: rows.filter((r) => r.problem?.startsWith('Not valid under the published')),
    failed: rows.filter((r) => r.problem?.includes('failed on it')),
  }
}

/** The reference personas whose best role or path the draft changes (for the "second look" check). */
export function personaMoves(report: ImpactReport): PersonaMove[] {
  return report.rows
    .filter((r) => r.kind === 'persona' && (r.changed.includes('bestRole') || r.changed.includes('path')))
    .map((r) => ({
      id: r.id,
      bestRole: [r.before?.bestRole ?? '', r.after?.bestRole ?? ''],
      path: [r.before?.path ?? '', r.after?.path ?? ''],
    }))
}

/** "question “Talking with customers”" — how a cause names its item. */
export const itemWords = (c: Pick<Cause, 'collection' | 'name'>) => `${COLLECTION_WORDS[c.collection].one} “${c.name}”`

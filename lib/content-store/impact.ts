import { type Answers, validateAnswers } from '@/lib/content/answers'
import type { Content, Effects, Question } from '@/lib/content/schema'
import { assess } from '@/lib/scoring/assess'
import { rangeOn } from '@/lib/scoring/skill-score'
import { COLLECTION_WORDS, type Collection } from './collections'
import { diffContent, type ItemDiff } from './diff'
import type { PersonaMove } from './model-checks'

// The impact preview: the same answer sets scored under the published release and under the draft, compared on
// what a reader of the readout would notice first, and explained: for each set that changes, which of its answers
// touch the edited items, and what each edited item does to it on its own (the published release with only that
// item as in the draft). An answer set that no longer fits the draft (a removed option, a new required question) is
// counted and named, never scored by guesswork; an engine failure on one set does not stop the others.

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

/** Edited items measured one at a time; past this many, the rest are listed without their own effect. */
export const MAX_EXPLAINED_ITEMS = 12
/** Skill scores named per explanation, biggest moves first. */
const SKILL_MOVES_SHOWN = 3

export type AnswerSet = { id: string; label: string; kind: 'persona' | 'plan'; answers: unknown }

export type Readout = Record<Dimension, string>
export type SkillMove = { skillId: string; name: string; before: number; after: number }

/** One of the set's answers that an edited item reads, and what changed about it. */
export type TouchedAnswer = { question: string; answer: string; notes: string[] }

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
    const first = checked.errors.slice(0, 3).map((e) => `${e.questionId}: ${e.message}`)
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
            .slice(0, TOP_GAPS)
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

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0')
const moveWords = (m: SkillMove) => `${m.name} ${m.before} → ${m.after} (${signed(m.after - m.before)})`

/** What changed between two scorings, in words: the readout's lines first, then the biggest score moves. */
function differences(before: Scored, after: Scored): string[] {
  const lines = DIMENSIONS.filter((d) => before.readout[d] !== after.readout[d]).map(
    (d) => `${DIMENSION_WORDS[d]}: ${before.readout[d]} → ${after.readout[d]}`,
  )
  return [...lines, ...skillMoves(before, after).slice(0, SKILL_MOVES_SHOWN).map(moveWords)]
}

const listOf = (content: Content, collection: Collection) => content[collection] as { id: string }[]

/** The published content with one item as the draft has it (added, changed or removed). */
function withOneEdit(published: Content, draft: Content, edit: ItemDiff): Content {
  const next = { ...published } as Record<Collection, { id: string }[]>
  const theirs = listOf(draft, edit.collection).find((i) => i.id === edit.itemId)
  const ours = listOf(published, edit.collection)
  next[edit.collection] =
    edit.kind === 'removed'
      ? ours.filter((i) => i.id !== edit.itemId)
      : edit.kind === 'added'
        ? [...ours, theirs as { id: string }]
        : ours.map((i) => (i.id === edit.itemId ? (theirs as { id: string }) : i))
  return next as unknown as Content
}

const effectsOf = (q: Question): Effects[] => (q.kind === 'number' ? q.bands : q.options)

/** The effects an answer chose (a multi question's ticks each count), and the answer in words. */
function chosen(q: Question, answer: Answers[string]): { effects: Effects[]; words: string } {
  if (q.kind === 'number') {
    const band = typeof answer === 'number' ? q.bands.find((b) => answer >= b.min && answer <= b.max) : undefined
    return { effects: band ? [band] : [], words: `${answer} ${q.unit}` }
  }
  const ids = Array.isArray(answer) ? answer : [String(answer)]
  const picked = q.options.filter((o) => ids.includes(o.id))
  return { effects: picked, words: picked.map((o) => `“${o.label}”`).join(', ') || String(answer) }
}

const weightIn = (effects: readonly Effects[], skillId: string) =>
  effects.reduce((sum, e) => sum + e.skills.reduce((s, x) => (x.skillId === skillId ? s + x.weight : s), 0), 0)
const capIn = (effects: readonly Effects[], skillId: string) => {
  const caps = effects.flatMap((e) => e.caps.filter((c) => c.skillId === skillId).map((c) => c.atMost))
  return caps.length > 0 ? Math.min(...caps) : null
}
const scale = (r: { lo: number; hi: number } | null) => (r ? `${signed(r.lo)}…${signed(r.hi)}` : 'none')

/** Where a weight sits on a question's scale for a skill: 0 at its lowest answer, 1 at its highest. */
const placeOn = (w: number, r: { lo: number; hi: number }) => (r.hi === r.lo ? 1 : (w - r.lo) / (r.hi - r.lo))

/**
 * How an edited question bears on one answer to it: the weights the answer carries, and — when those stayed the same
 * — the scale around it, which moves a score too: the engine places an answer between the question's lowest and
 * highest weight for the skill (lib/scoring/skill-score.ts), so lowering the top answer raises everyone below it.
 */
function questionNotes(
  before: Question | undefined,
  after: Question | undefined,
  answer: Answers[string],
  names: ReadonlyMap<string, string>,
): TouchedAnswer | null {
  const q = after ?? before
  if (!q) return null
  const was = before ? chosen(before, answer) : { effects: [], words: '' }
  const now = after ? chosen(after, answer) : { effects: [], words: '' }
  const skills = new Set(
    [...(before ? effectsOf(before) : []), ...(after ? effectsOf(after) : [])].flatMap((e) => [
      ...e.skills.map((s) => s.skillId),
      ...e.caps.map((c) => c.skillId),
    ]),
  )
  const notes: string[] = []
  for (const skillId of skills) {
    const name = names.get(skillId) ?? skillId
    const w0 = weightIn(was.effects, skillId)
    const w1 = weightIn(now.effects, skillId)
    const c0 = capIn(was.effects, skillId)
    const c1 = capIn(now.effects, skillId)
    if (w0 !== w1) notes.push(`its weight on ${name} went from ${signed(w0)} to ${signed(w1)}`)
    if (c0 !== c1) notes.push(`its cap on ${name} went from ${c0 ?? 'none'} to ${c1 ?? 'none'}`)
    const r0 = before ? rangeOn(before, skillId) : null
    const r1 = after ? rangeOn(after, skillId) : null
    if (w0 === w1 && r0 && r1 && scale(r0) !== scale(r1) && q.kind !== 'multi') {
      const p0 = placeOn(w0, r0)
      const p1 = placeOn(w1, r1)
      const where = p1 > p0 ? 'higher' : p1 < p0 ? 'lower' : 'in the same place'
      notes.push(
        `its own weight on ${name} stayed ${signed(w1)}, but the question’s weights for ${name} now run ${scale(r1)} (they ran ${scale(r0)}), so this answer sits ${where} among them${p1 === 1 && p0 < 1 ? ': it is now the top answer' : ''}`,
      )
    }
  }
  return { question: q.shortLabel, answer: now.words || was.words, notes }
}

/** Every condition in an item (roles, paths and actions say whom they are for by answers), by the question it reads. */
function conditionsByQuestion(item: unknown, out = new Map<string, string[]>()): Map<string, string[]> {
  if (Array.isArray(item)) for (const x of item) conditionsByQuestion(x, out)
  else if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>
    if (typeof record.questionId === 'string')
      out.set(record.questionId, [...(out.get(record.questionId) ?? []), JSON.stringify(record)])
    else for (const v of Object.values(record)) conditionsByQuestion(v, out)
  }
  return out
}

/** The questions whose conditions in an item the edit changed. */
function conditionsChanged(before: unknown, after: unknown): string[] {
  const was = conditionsByQuestion(before)
  const now = conditionsByQuestion(after)
  return [...new Set([...was.keys(), ...now.keys()])].filter(
    (qid) => JSON.stringify(was.get(qid) ?? []) !== JSON.stringify(now.get(qid) ?? []),
  )
}

function touchedAnswers(
  edit: ItemDiff,
  published: Content,
  draft: Content,
  answers: Answers,
  names: ReadonlyMap<string, string>,
): TouchedAnswer[] {
  const find = (c: Content) => listOf(c, edit.collection).find((i) => i.id === edit.itemId)
  const before = find(published)
  const after = find(draft)
  if (edit.collection === 'questions') {
    const answer = answers[edit.itemId]
    if (answer === undefined) return []
    const notes = questionNotes(before as Question | undefined, after as Question | undefined, answer, names)
    return notes ? [notes] : []
  }
  const questions = new Map(draft.questions.map((q) => [q.id, q]))
  return conditionsChanged(before, after).flatMap((qid) => {
    const q = questions.get(qid)
    const answer = answers[qid]
    if (!q || answer === undefined) return []
    return [{ question: q.shortLabel, answer: chosen(q, answer).words, notes: ['a condition on it changed'] }]
  })
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

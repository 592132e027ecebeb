import type { Answers } from '@/lib/engine/content/answers'
import type { Content, Effects, Question } from '@/lib/engine/content/schema'
import { rangeOn } from '@/lib/engine/scoring/skill-score'
import type { Collection } from './collections'
import type { ItemDiff } from './diff'
import { signed } from './field-words'

// Why an answer set moves under the draft, item by item (lib/knowledge/store/impact.ts asks): the published release
// with one edit made, to measure that edit alone, and the set's answers an edit reads — with the weight the answer
// carries, or how the question's range moved around it.

/** One of the set's answers that an edited item reads, and what changed about it. */
export type TouchedAnswer = { question: string; answer: string; notes: string[] }

const listOf = (content: Content, collection: Collection) => content[collection] as { id: string }[]

/** The published content with one item as the draft has it (added, changed or removed). */
export function withOneEdit(published: Content, draft: Content, edit: ItemDiff): Content {
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
 * highest weight for the skill (lib/engine/scoring/skill-score.ts), so lowering the top answer raises everyone below it.
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

export function touchedAnswers(
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

import type { Content } from '@/lib/engine/content/schema'
import { analyseListing } from './analyse'
import { type Counts, type Listing, precision, recall, scoreCorpus } from './corpus-score'

// The impact preview of a lexicon change (admin): the hand-tagged listings read with the published lexicon and with
// the draft's, per skill — precision and recall on requirement lines against the coach's tags, and how many lines
// carry the skill — and the lines whose tags change, with the words that now trigger a tag. Only the tuned listings
// are used: the held-out ones stay unseen by anyone tuning the lexicon (tests/fixtures/listings/README.md).

export type Rates = { precision: number; recall: number; tagged: number }
export type SkillImpact = { skillId: string; name: string; before: Rates; after: Rates }
export type LineChange = {
  file: string
  text: string
  added: { skillId: string; name: string; words: string[] }[]
  removed: { skillId: string; name: string }[]
}
export type LexiconImpact = {
  listings: number
  overall: { before: Rates; after: Rates }
  /** Skills whose figures move, the biggest move first. */
  skills: SkillImpact[]
  /** Requirement lines whose tags change (at most MAX_LINES), in corpus order. */
  lines: LineChange[]
  moreLines: number
}

export const MAX_LINES = 25

/** Whether the two contents read listings differently: the lexicon, its synonyms and the not-measured patterns. */
export const lexiconChanged = (a: Content, b: Content) =>
  JSON.stringify([a.lexicon, a.synonyms, a.unmeasured]) !== JSON.stringify([b.lexicon, b.synonyms, b.unmeasured])

const rates = (c: Counts | undefined, tagged: number): Rates => {
  const counts = c ?? { tp: 0, fp: 0, fn: 0 }
  return { precision: precision(counts), recall: recall(counts), tagged }
}

function taggedLines(content: Content, corpus: readonly Listing[]) {
  const perSkill = new Map<string, number>()
  const lines = corpus.map((listing) => analyseListing(content, listing.text).requirements)
  for (const line of lines.flat()) for (const s of line.skillIds) perSkill.set(s, (perSkill.get(s) ?? 0) + 1)
  return { perSkill, lines, total: lines.flat().reduce((n, l) => n + l.skillIds.length, 0) }
}

export function lexiconImpact(published: Content, draft: Content, corpus: readonly Listing[]): LexiconImpact {
  const [scoreBefore, scoreAfter] = [scoreCorpus(published, corpus), scoreCorpus(draft, corpus)]
  const [tagsBefore, tagsAfter] = [taggedLines(published, corpus), taggedLines(draft, corpus)]
  const skillIds = [...new Set([...scoreBefore.perSkill.keys(), ...scoreAfter.perSkill.keys()])]
  const name = (id: string) => draft.skills.find((s) => s.id === id)?.name ?? id
  const move = (s: SkillImpact) =>
    Math.abs(s.after.precision - s.before.precision) +
    Math.abs(s.after.recall - s.before.recall) +
    Math.abs(s.after.tagged - s.before.tagged) / 100
  const skills = skillIds
    .map((id) => ({
      skillId: id,
      name: name(id),
      before: rates(scoreBefore.perSkill.get(id), tagsBefore.perSkill.get(id) ?? 0),
      after: rates(scoreAfter.perSkill.get(id), tagsAfter.perSkill.get(id) ?? 0),
    }))
    .filter((s) => move(s) > 0)
    .sort((a, b) => move(b) - move(a) || a.name.localeCompare(b.name))
  const changes: LineChange[] = []
  corpus.forEach((listing, i) => {
    const before = new Map((tagsBefore.lines[i] ?? []).map((l) => [l.text, l]))
    for (const line of tagsAfter.lines[i] ?? []) {
      const was = new Set(before.get(line.text)?.skillIds ?? [])
      const added = line.tags
        .filter((t) => !was.has(t.skillId))
        .map((t) => ({ skillId: t.skillId, name: name(t.skillId), words: t.words }))
      const removed = [...was]
        .filter((id) => !line.skillIds.includes(id))
        .map((id) => ({ skillId: id, name: name(id) }))
      if (added.length + removed.length > 0) changes.push({ file: listing.file, text: line.text, added, removed })
    }
  })
  return {
    listings: corpus.length,
    overall: {
      before: rates(scoreBefore.overall, tagsBefore.total),
      after: rates(scoreAfter.overall, tagsAfter.total),
    },
    skills,
    lines: changes.slice(0, MAX_LINES),
    moreLines: Math.max(0, changes.length - MAX_LINES),
  }
}

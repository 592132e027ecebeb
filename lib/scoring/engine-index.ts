import type { Answers } from '@/lib/content/answers'
import type { Action, Area, Content, Effects, Option, Question, Skill, Source } from '@/lib/content/schema'
import { CATEGORY_WEIGHT } from '@/lib/scoring/calibration'
import type { SourceCitation } from '@/lib/scoring/result-schema'

/** For one skill and one question: the lowest and highest raw total any answer can give, already category-weighted. */
export type SkillRange = { question: Question; min: number; max: number }

export type EngineIndex = {
  questionById: Map<string, Question>
  skillById: Map<string, Skill>
  areaById: Map<string, Area>
  sourceById: Map<string, Source>
  actionById: Map<string, Action>
  rangesBySkill: Map<string, SkillRange[]>
  citations: (ids: readonly string[]) => SourceCitation[]
}

function rangeFor(q: Question, skillId: string): { min: number; max: number } | null {
  const weightOf = (e: Effects) => e.skills.reduce((sum, s) => (s.skillId === skillId ? sum + s.weight : sum), 0)
  const effects: Effects[] = q.kind === 'number' ? q.bands : q.options
  if (!effects.some((e) => e.skills.some((s) => s.skillId === skillId))) return null
  const m = CATEGORY_WEIGHT[q.category]
  if (q.kind === 'multi') {
    // Any subset of the non-exclusive options, or the exclusive option alone.
    const plain = q.options.filter((o) => !o.exclusive).map(weightOf)
    const exclusive = q.options.filter((o) => o.exclusive).map(weightOf)
    const hi = plain.reduce((s, w) => s + Math.max(0, w), 0)
    const lo = plain.reduce((s, w) => s + Math.min(0, w), 0)
    return { min: Math.min(lo, 0, ...exclusive) * m, max: Math.max(hi, 0, ...exclusive) * m }
  }
  const ws = effects.map(weightOf)
  return { min: Math.min(...ws) * m, max: Math.max(...ws) * m }
}

// Built once per content object; scoring thousands of answer sets against the same content reuses it.
const cache = new WeakMap<Content, EngineIndex>()

export function engineIndex(content: Content): EngineIndex {
  const hit = cache.get(content)
  if (hit) return hit
  const rangesBySkill = new Map<string, SkillRange[]>()
  for (const s of content.skills) {
    const ranges: SkillRange[] = []
    for (const q of content.questions) {
      const r = rangeFor(q, s.id)
      if (r) ranges.push({ question: q, ...r })
    }
    rangesBySkill.set(s.id, ranges)
  }
  const sourceById = new Map(content.sources.map((s) => [s.id, s]))
  const order = new Map(content.sources.map((s, i) => [s.id, i]))
  const citationCache = new Map<string, SourceCitation[]>()
  const citations = (ids: readonly string[]) => {
    const key = ids.join('|')
    let hit = citationCache.get(key)
    if (!hit) {
      hit = [...new Set(ids)]
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .flatMap((id) => {
          const s = sourceById.get(id)
          return s ? [{ id: s.id, title: s.title, publisher: s.publisher, ...(s.url ? { url: s.url } : {}) }] : []
        })
      citationCache.set(key, hit)
    }
    // Copies, so a caller mutating a result never corrupts the cache.
    return hit.map((c) => ({ ...c }))
  }
  const index: EngineIndex = {
    questionById: new Map(content.questions.map((q) => [q.id, q])),
    skillById: new Map(content.skills.map((s) => [s.id, s])),
    areaById: new Map(content.areas.map((a) => [a.id, a])),
    sourceById,
    actionById: new Map(content.actions.map((a) => [a.id, a])),
    rangesBySkill,
    citations,
  }
  cache.set(content, index)
  return index
}

/** One chosen answer: the option (or number band) picked, with the label to show for it. */
export type Chosen = { question: Question; label: string; effects: Effects; option?: Option }

/** Resolves validated answers to the options and bands they select, in question order. */
export function chosenEffects(content: Content, answers: Answers): Chosen[] {
  const out: Chosen[] = []
  for (const q of content.questions) {
    const a = answers[q.id]
    if (a === undefined) continue
    if (q.kind === 'number') {
      const band = typeof a === 'number' ? q.bands.find((b) => a >= b.min && a <= b.max) : undefined
      if (band) out.push({ question: q, label: `${a} ${q.unit}`, effects: band })
      continue
    }
    const ids = Array.isArray(a) ? a : [a]
    for (const o of q.options) if (ids.includes(o.id)) out.push({ question: q, label: o.label, effects: o, option: o })
  }
  return out
}

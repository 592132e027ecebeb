import type { Answers } from '@/lib/content/answers'
import type { Content, Effects, Option, Question } from '@/lib/content/schema'
import { engineIndex, type SkillHit } from '@/lib/scoring/engine-index'

/** One chosen answer: the option (or number band) picked, the label to show for it, and its skill effects. */
export type Chosen = {
  question: Question
  /** Position of the question in content. */
  qIndex: number
  label: string
  effects: Effects
  hits: SkillHit[]
  option?: Option
}

const NO_HITS: SkillHit[] = []
// A chosen option is the same object every time it is chosen, so it is built once per content and shared.
const chosenCache = new WeakMap<Option, Chosen>()

/** Resolves validated answers to the options and bands they select, in question order (options in answer order). */
export function chosenEffects(content: Content, answers: Answers): Chosen[] {
  const { optionsOf, hitsOf } = engineIndex(content)
  const out: Chosen[] = []
  const pick = (question: Question, qIndex: number, o: Option | undefined) => {
    if (!o) return
    let c = chosenCache.get(o)
    if (!c) {
      c = Object.freeze({ question, qIndex, label: o.label, effects: o, hits: hitsOf.get(o) ?? NO_HITS, option: o })
      chosenCache.set(o, c)
    }
    out.push(c)
  }
  content.questions.forEach((q, qIndex) => {
    const a = answers[q.id]
    if (a === undefined) return
    if (q.kind === 'number') {
      const band = typeof a === 'number' ? q.bands.find((b) => a >= b.min && a <= b.max) : undefined
      if (band)
        out.push({ question: q, qIndex, label: `${a} ${q.unit}`, effects: band, hits: hitsOf.get(band) ?? NO_HITS })
      return
    }
    const options = optionsOf.get(q.id)
    if (typeof a === 'string') pick(q, qIndex, options?.get(a))
    else if (Array.isArray(a)) for (const id of a) pick(q, qIndex, options?.get(id))
  })
  return out
}

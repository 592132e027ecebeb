import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A random but valid answer set for this content, for benchmarks, property tests and previews. Randomness is
 * passed in, so the same generator gives the same answers. Optional questions are skipped about a fifth of the time.
 */
export function randomAnswers(content: Content, rand: () => number): Answers {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const answers: Answers = {}
  for (const q of content.questions) {
    if (q.optional && rand() < 0.2) continue
    if (q.kind === 'number') {
      answers[q.id] = q.min + Math.floor(rand() * (q.max - q.min + 1))
    } else if (q.kind === 'single') {
      answers[q.id] = pick(q.options).id
    } else {
      const exclusive = q.options.find((o) => o.exclusive)
      if (exclusive && rand() < 0.1) {
        answers[q.id] = [exclusive.id]
        continue
      }
      const plain = q.options.filter((o) => !o.exclusive)
      const max = Math.min(q.maxSelected ?? plain.length, plain.length)
      let chosen = plain.filter(() => rand() < 0.4).slice(0, max)
      if (chosen.length === 0) chosen = [pick(plain)]
      answers[q.id] = chosen.map((o) => o.id)
    }
  }
  return answers
}

// Engine benchmark: validates, scores and plans ~10,000 random valid answer sets (seeded, so runs are comparable)
// and reports the cost of score + plan (scripts/bench.ts compares its p99 with a submit request's p50).
// Run directly: npx tsx scripts/bench-engine.ts [n]   ·   imported by scripts/bench.ts via runEngineBench().
import { performance } from 'node:perf_hooks'
import { validateAnswers } from '@/lib/engine/content/answers'
import { randomAnswers, seededRandom } from '@/lib/engine/content/sample-answers'
import { assess } from '@/lib/engine/scoring/assess'
import { loadContent } from '@/lib/knowledge/load'

export type Timing = { perSecond: number; p50Ms: number; p99Ms: number; meanMs: number }
export type EngineBenchResult = {
  n: number
  validation: Timing
  /** Validation, scoring and plan generation together, per answer set. */
  full: Timing
  /** Scoring and plan generation alone (full minus validation), per answer set. */
  scoreAndPlan: Timing
  /** Mean cost of score + plan divided by the mean cost of validation alone (for reference). */
  ratio: number
  /** The same comparison at the median, which ignores scheduling and GC outliers. */
  ratioP50: number
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const total = samples.reduce((s, x) => s + x, 0)
  return {
    perSecond: total > 0 ? (samples.length / total) * 1000 : 0,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    meanMs: total / samples.length,
  }
}

export async function runEngineBench(opts: { n?: number; seed?: number } = {}): Promise<EngineBenchResult> {
  const n = opts.n ?? 10_000
  const content = loadContent()
  const rand = seededRandom(opts.seed ?? 42)
  // Round-trip through JSON so validation sees fresh objects, as it would from a request body.
  const inputs = Array.from({ length: n }, () => JSON.parse(JSON.stringify(randomAnswers(content, rand))) as unknown)

  // Warm up both paths so the JIT has compiled them before timing.
  for (const input of inputs.slice(0, Math.min(500, n))) {
    const v = validateAnswers(content, input)
    if (v.ok) assess(content, v.answers)
  }

  const validation: number[] = []
  const full: number[] = []
  const scoreAndPlan: number[] = []
  for (const input of inputs) {
    const t0 = performance.now()
    const v = validateAnswers(content, input)
    const t1 = performance.now()
    if (!v.ok) throw new Error(`bench: generated answers failed validation: ${v.errors[0]?.message}`)
    assess(content, v.answers)
    const t2 = performance.now()
    validation.push(t1 - t0)
    scoreAndPlan.push(t2 - t1)
    full.push(t2 - t0)
  }
  const v = summarise(validation)
  const sp = summarise(scoreAndPlan)
  return {
    n,
    validation: v,
    full: summarise(full),
    scoreAndPlan: sp,
    ratio: sp.meanMs / v.meanMs,
    ratioP50: sp.p50Ms / v.p50Ms,
  }
}

function row(name: string, t: Timing) {
  return `${name.padEnd(26)} ${t.perSecond.toFixed(0).padStart(9)}/s   p50 ${t.p50Ms.toFixed(3)} ms   p99 ${t.p99Ms.toFixed(3)} ms`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 10_000)
  runEngineBench({ n }).then((r) => {
    console.log(`Engine benchmark: ${r.n} random valid answer sets (seed 42)`)
    console.log(row('validate only', r.validation))
    console.log(row('score + plan', r.scoreAndPlan))
    console.log(row('validate + score + plan', r.full))
    console.log(
      `score + plan costs ${r.ratio.toFixed(2)}× validation alone on average, ${r.ratioP50.toFixed(2)}× at the median`,
    )
  })
}

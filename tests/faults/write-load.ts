import { expect } from 'vitest'
import { backendAnswers } from '../e2e/journey-helpers'

// A steady stream of plan submissions, remembering every acknowledged one (a 201) exactly as it was answered, so a
// fault test can read each one back afterwards. A request is cut off after `hangMs`: any that needs it is a hang.

/** JSON with every object's keys sorted: the same data gives the same text whatever order it was built in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )
}

export type Acknowledged = { share: string; body: string }
export type LoadReport = {
  acknowledged: Acknowledged[]
  statuses: Map<string, number>
  slowestMs: number
  hangs: number
}

export function startWriteLoad(origin: () => string, { concurrency = 5, hangMs = 30_000 } = {}) {
  const report: LoadReport = { acknowledged: [], statuses: new Map(), slowestMs: 0, hangs: 0 }
  let running = true
  const count = (key: string) => report.statuses.set(key, (report.statuses.get(key) ?? 0) + 1)
  const writer = async (index: number) => {
    let n = 0
    while (running) {
      const started = Date.now()
      try {
        const response = await fetch(`${origin()}/api/assessments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers: { ...backendAnswers, 'hours-per-week': 2 + ((index * 7 + n++) % 15) } }),
          signal: AbortSignal.timeout(hangMs),
        })
        const text = await response.text()
        count(String(response.status))
        if (response.status === 201) {
          const { shareUrl, result, plan } = JSON.parse(text) as { shareUrl: string; result: unknown; plan: unknown }
          report.acknowledged.push({
            share: new URL(shareUrl).pathname.split('/')[2] as string,
            // As the share API shows it: the owner's answers left out of the result.
            body: canonical({ result: { ...(result as object), answers: [] }, plan }),
          })
        }
      } catch (error) {
        if ((error as Error).name === 'TimeoutError') report.hangs += 1
        count('no answer') // connection refused or reset: the server is down
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      report.slowestMs = Math.max(report.slowestMs, Date.now() - started)
    }
  }
  const writers = Array.from({ length: concurrency }, (_, i) => writer(i))
  return {
    report,
    /** Resolves once `n` more plans have been acknowledged. */
    async untilAcknowledged(n: number, timeoutMs = 60_000) {
      const target = report.acknowledged.length + n
      const deadline = Date.now() + timeoutMs
      while (report.acknowledged.length < target) {
        if (Date.now() > deadline) throw new Error(`only ${report.acknowledged.length} of ${target} plans acknowledged`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    async stop(): Promise<LoadReport> {
      running = false
      await Promise.all(writers)
      return report
    },
  }
}

/** Reads every acknowledged plan back through the share API; returns how many are missing or changed. */
export async function countLost(origin: string, acknowledged: Acknowledged[]): Promise<number> {
  let lost = 0
  for (let i = 0; i < acknowledged.length; i += 20) {
    const batch = acknowledged.slice(i, i + 20)
    const results = await Promise.all(
      batch.map(async ({ share, body }) => {
        const response = await fetch(`${origin}/api/plans/${share}`)
        if (response.status !== 200) return false
        const { result, plan } = (await response.json()) as { result: unknown; plan: unknown }
        return canonical({ result, plan }) === body
      }),
    )
    lost += results.filter((ok) => !ok).length
  }
  return lost
}

export const summary = (report: LoadReport) =>
  [...report.statuses.entries()].map(([status, n]) => `${n} × ${status}`).join(', ')

/** Only these answers are honest during a fault: stored (201), or "not now, retry" (503), or no connection. */
export function expectOnlyHonestAnswers(report: LoadReport) {
  expect([...report.statuses.keys()].filter((s) => !['201', '503', 'no answer'].includes(s))).toEqual([])
  expect(report.hangs).toBe(0)
}

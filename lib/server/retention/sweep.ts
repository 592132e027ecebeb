import { setImmediate as yieldToRequests } from 'node:timers/promises'
import { WINDOW_MS } from '@/lib/admin/throttle'
import { getEnv } from '@/lib/platform/env'
import { log } from '@/lib/platform/log'
import {
  deleteExpiredFlashes,
  deleteExpiredRateLimits,
  deleteIdleDrafts,
  deleteOldSignInFailures,
  deleteUnclaimedPlans,
} from './retention-repo'

// The retention rules (docs/operations.md, "Data retention"), applied by one sweep: at start-up (shortly after, so start-up
// and the first requests never wait for it) and then every hour. Every instance sweeps; the deletes are
// idempotent, so two sweeping at once only share the work.

const batchSize = 500
const firstSweepDelayMs = 3000
const sweepIntervalMs = 60 * 60 * 1000

export type SweepResult = {
  drafts: number
  plans: number
  rateLimits: number
  signInFailures: number
  flashes: number
}

async function inBatches(remove: () => Promise<number>): Promise<number> {
  let total = 0
  for (;;) {
    const removed = await remove()
    total += removed
    if (removed < batchSize) return total
    await yieldToRequests() // let waiting requests in between batches
  }
}

/** Deletes everything past its retention time as of `now`. */
export async function sweepOnce(now = new Date()): Promise<SweepResult> {
  const { draftDays } = getEnv().retention
  const draftsBefore = new Date(now.getTime() - draftDays * 24 * 3600_000)
  return {
    drafts: await inBatches(() => deleteIdleDrafts(draftsBefore, batchSize)),
    plans: await inBatches(() => deleteUnclaimedPlans(now, batchSize)),
    rateLimits: await inBatches(() => deleteExpiredRateLimits(now.getTime(), batchSize)),
    signInFailures: await inBatches(() => deleteOldSignInFailures(new Date(now.getTime() - WINDOW_MS), batchSize)),
    flashes: await inBatches(() => deleteExpiredFlashes(now, batchSize)),
  }
}

async function sweepAndLog() {
  const started = Date.now()
  try {
    const removed = await sweepOnce()
    log.info({ event: 'retention_sweep', removed, ms: Date.now() - started }, 'retention sweep done')
  } catch (error) {
    // The database may be down for a while; the next sweep tries again.
    log.warn({ event: 'retention_sweep_failed', err: String(error).split('\n')[0] }, 'retention sweep failed')
  }
}

const startedKey = Symbol.for('howtowhy.retentionSweeps')

/** Starts the sweeps for this server process (once, whatever the number of bundled copies of this module). */
export function startRetentionSweeps(): void {
  const store = globalThis as typeof globalThis & { [startedKey]?: boolean }
  if (store[startedKey]) return
  store[startedKey] = true
  // unref: a pending sweep never keeps a stopping process alive.
  setTimeout(() => {
    void sweepAndLog()
    setInterval(() => void sweepAndLog(), sweepIntervalMs).unref()
  }, firstSweepDelayMs).unref()
}

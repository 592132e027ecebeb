import { getBackend, getDb } from '@/lib/db'
import type { Backend } from '@/lib/db/backend'
import { log } from '@/lib/log'

// A global ceiling on stored plans (MAX_STORED_PLANS), so that no stream of submissions — from one client or from
// many — can fill the disk: past it, new plans are refused (503 for the API, a message next to the button in the
// browser) until retention or owners free room, and whoever runs the site is told in the log well before.
//
// The count is the plans table's, read at most every countTtlMs and moved by the plans this process stores in
// between, so a submission costs no extra query most of the time. Several instances each keep their own count, so
// together they may overshoot by what they store within countTtlMs: seconds of traffic, not a full disk.

const countTtlMs = 10_000
/** Share of the ceiling from which the log warns (at most once per warnEveryMs). */
const warnAt = 0.9
const warnEveryMs = 10 * 60_000
/** What a refused client is told to wait: the sweep (hourly) or an owner's deletion frees room, not seconds. */
export const FULL_RETRY_AFTER_SECONDS = 600

type Count = { value: number; readAt: number; warnedAt: number; refusedLoggedAt: number }
const countsKey = Symbol.for('howtowhy.storedPlanCounts')
const registry = globalThis as typeof globalThis & { [countsKey]?: WeakMap<Backend, Count> }

async function currentCount(now: number): Promise<Count> {
  registry[countsKey] ??= new WeakMap()
  const backend = getBackend()
  let count = registry[countsKey].get(backend)
  if (!count || now - count.readAt > countTtlMs) {
    const value = await getDb().plan.count()
    count = { warnedAt: 0, refusedLoggedAt: 0, ...count, value, readAt: now }
    registry[countsKey].set(backend, count)
  }
  return count
}

export type Room = { ok: true } | { ok: false; retryAfterSeconds: number }

/** Whether one more plan may be stored under a ceiling of `max`; logs as the ceiling nears and when it is reached. */
export async function roomForPlan(max: number, now = Date.now()): Promise<Room> {
  const count = await currentCount(now)
  if (count.value >= max) {
    if (now - count.refusedLoggedAt > 60_000) {
      count.refusedLoggedAt = now
      log.error(
        { event: 'stored_plans_full', stored: count.value, max },
        'stored plans at their ceiling: new plans refused',
      )
    }
    return { ok: false, retryAfterSeconds: FULL_RETRY_AFTER_SECONDS }
  }
  if (count.value >= max * warnAt && now - count.warnedAt > warnEveryMs) {
    count.warnedAt = now
    log.warn({ event: 'stored_plans_high', stored: count.value, max }, 'stored plans near their ceiling')
  }
  return { ok: true }
}

/** A plan was stored: counted until the next read of the table. */
export function planStored(): void {
  const count = registry[countsKey]?.get(getBackend())
  if (count) count.value += 1
}

/** Forget the count (tests that change the table behind this process's back). */
export function forgetStoredPlanCount(): void {
  registry[countsKey]?.delete(getBackend())
}

import { getBackend, getDb } from '@/lib/platform/db'
import type { Backend } from '@/lib/platform/db/backend'
import { log } from '@/lib/platform/log'

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

type Count = {
  value: number
  readAt: number
  /** Plans this process has stored, ever: a read counts those stored while it ran, so it can only overcount. */
  inserted: number
  warnedAt: number
  refusedLoggedAt: number
  reading: Promise<void> | undefined
}
const countsKey = Symbol.for('howtowhy.storedPlanCounts')
const registry = globalThis as typeof globalThis & { [countsKey]?: WeakMap<Backend, Count> }

function countFor(backend: Backend): Count {
  registry[countsKey] ??= new WeakMap()
  let count = registry[countsKey].get(backend)
  if (!count) {
    count = {
      value: 0,
      readAt: Number.NEGATIVE_INFINITY,
      inserted: 0,
      warnedAt: 0,
      refusedLoggedAt: 0,
      reading: undefined,
    }
    registry[countsKey].set(backend, count)
  }
  return count
}

async function currentCount(now: number): Promise<Count> {
  const count = countFor(getBackend())
  if (now - count.readAt > countTtlMs) {
    // One read at a time; plans stored while it runs are added to what it finds (they may be in it already: then
    // the count is a little high, never low, and the ceiling holds under concurrent submissions).
    count.reading ??= (async () => {
      const insertedBefore = count.inserted
      const value = await getDb().plan.count()
      count.value = value + (count.inserted - insertedBefore)
      count.readAt = now
    })().finally(() => {
      count.reading = undefined
    })
    await count.reading
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
  const count = countFor(getBackend())
  count.inserted += 1
  count.value += 1
}

/** Forget the count (tests that change the table behind this process's back). */
export function forgetStoredPlanCount(): void {
  registry[countsKey]?.delete(getBackend())
}

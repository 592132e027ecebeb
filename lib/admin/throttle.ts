// Sign-in throttling, as a pure rule over the failures of the last 15 minutes. The first few failures cost nothing
// (typos happen); after that each failure doubles the wait before the next attempt; at the maximum the key is
// locked until its oldest counted failure is 15 minutes old. Applied per account (≤ 10 failures per 15 minutes) and,
// more loosely, per IP address, whose key many people may share behind one office or mobile network.

export type ThrottleLimits = { free: number; max: number; windowMs: number; maxDelayMs: number }

export const WINDOW_MS = 15 * 60 * 1000
export const ACCOUNT_LIMITS: ThrottleLimits = { free: 3, max: 10, windowMs: WINDOW_MS, maxDelayMs: 5 * 60 * 1000 }
export const IP_LIMITS: ThrottleLimits = { free: 10, max: 30, windowMs: WINDOW_MS, maxDelayMs: 5 * 60 * 1000 }

/** Milliseconds until the next attempt may be made; 0 = now. `failures` are times, any order. */
export function waitMs(failures: readonly Date[], now: Date, limits: ThrottleLimits): number {
  const since = now.getTime() - limits.windowMs
  const times = failures
    .map((f) => f.getTime())
    .filter((t) => t > since)
    .sort((a, b) => a - b)
  const n = times.length
  if (n >= limits.max) {
    // Locked until enough failures have aged out of the window to be under the maximum again.
    const oldestCounted = times[n - limits.max] ?? now.getTime()
    return Math.max(0, oldestCounted + limits.windowMs - now.getTime())
  }
  if (n < limits.free) return 0
  const delay = Math.min(1000 * 2 ** (n - limits.free), limits.maxDelayMs)
  const last = times[n - 1] ?? now.getTime()
  return Math.max(0, last + delay - now.getTime())
}

/** "about 4 minutes", "8 seconds": the wait in words for the error message. */
export function waitInWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  return minutes === 1 ? 'about a minute' : `about ${minutes} minutes`
}

// Sign-in throttling, as a pure rule over the failures of the last 15 minutes. It keeps guessing slow without letting
// a stranger lock the owner out: failures count against the guesser's own address, never against the account alone.
//
// - Per account and address (the pair): the first few failures cost nothing (typos happen); after that each failure
//   doubles the wait before the next attempt; at 10 the pair is locked until its oldest counted failure is 15
//   minutes old. This is what stops one guesser.
// - Per address, across every account: the same, more loosely (30), since many people may share one office or
//   mobile network. This stops one address guessing many accounts (credential stuffing).
// - Per account, across every address (the soft limit): from its 10th failure on, the account is under attack, and
//   only a clean address — one with no failure at all in the window — may try. Each address a distributed guesser
//   uses therefore gets one guess at an account under attack, then is refused until its failure ages out, while the
//   owner, signing in from their usual browser with no failed attempt behind them, is let through at once.
//
// A stranger's failures thus never block the owner's correct password from a clean address; the owner waits only for
// their own typos. docs/decisions/056-sign-in-throttle-without-lock-out.md has the figures.

export type ThrottleLimits = { free: number; max: number; windowMs: number; maxDelayMs: number }

export const WINDOW_MS = 15 * 60 * 1000
export const PAIR_LIMITS: ThrottleLimits = { free: 3, max: 10, windowMs: WINDOW_MS, maxDelayMs: 5 * 60 * 1000 }
export const ADDRESS_LIMITS: ThrottleLimits = { free: 10, max: 30, windowMs: WINDOW_MS, maxDelayMs: 5 * 60 * 1000 }
/** Failures against one account, from all addresses, from which only clean addresses may try it. */
export const ACCOUNT_UNDER_ATTACK = 10

/** One recent failure: when, against which account key, from which address key. */
export type Failure = { at: Date; account: string; address: string }

/** Milliseconds until the next attempt may be made under one limit; 0 = now. `failures` are times, any order. */
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

/**
 * Milliseconds until `address` may try `account` again; 0 = now. `failures` must hold every failure of the window
 * against this account (from any address) and every failure from this address (against any account).
 */
export function signInWaitMs(
  failures: readonly Failure[],
  keys: { account: string; address: string },
  now: Date,
): number {
  const since = now.getTime() - WINDOW_MS
  const recent = failures.filter((f) => f.at.getTime() > since)
  const fromAddress = recent.filter((f) => f.address === keys.address)
  const pair = fromAddress.filter((f) => f.account === keys.account)
  const onAccount = recent.filter((f) => f.account === keys.account)
  const wait = Math.max(
    waitMs(
      pair.map((f) => f.at),
      now,
      PAIR_LIMITS,
    ),
    waitMs(
      fromAddress.map((f) => f.at),
      now,
      ADDRESS_LIMITS,
    ),
  )
  if (onAccount.length < ACCOUNT_UNDER_ATTACK || fromAddress.length === 0) return wait
  // Under attack, and this address has failed lately: it waits until it is clean again, or until the account is
  // no longer under attack, whichever comes first.
  const addressClean = Math.max(...fromAddress.map((f) => f.at.getTime())) + WINDOW_MS
  const accountTimes = onAccount.map((f) => f.at.getTime()).sort((a, b) => a - b)
  const accountCalm = (accountTimes[accountTimes.length - ACCOUNT_UNDER_ATTACK] ?? 0) + WINDOW_MS
  return Math.max(wait, Math.min(addressClean, accountCalm) - now.getTime())
}

/** "about 4 minutes", "8 seconds": the wait in words for the error message. */
export function waitInWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  return minutes === 1 ? 'about a minute' : `about ${minutes} minutes`
}

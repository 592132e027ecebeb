import { getDb } from '@/lib/platform/db'

// Deleting what is kept no longer than it needs to be. Each call deletes at most `batch` rows in one short
// statement, so a large backlog (the first sweep on an old database) never holds a long lock; the sweep loops.

/** Drafts nobody has saved since `before`: abandoned questionnaires and their answers. */
export function deleteIdleDrafts(before: Date, batch: number): Promise<number> {
  return getDb().$executeRaw`
    DELETE FROM drafts WHERE id IN (SELECT id FROM drafts WHERE updated_at < ${before} LIMIT ${batch})`
}

/**
 * Plans nobody claimed (a browser's owner page never opened, an API client never claimed its plan) and whose grace
 * time has passed: the whole family goes, with its plans, progress and rater links (by cascade). Returns how many
 * families.
 */
export function deleteUnclaimedPlans(now: Date, batch: number): Promise<number> {
  return getDb().$executeRaw`
    DELETE FROM plan_families WHERE id IN (SELECT id FROM plan_families WHERE expires_at < ${now} LIMIT ${batch})`
}

/** Rate-limit counters whose window ended before `beforeMs` (epoch ms, the rate limiter's unit). */
export function deleteExpiredRateLimits(beforeMs: number, batch: number): Promise<number> {
  return getDb().$executeRaw`
    DELETE FROM rate_limits WHERE key IN (
      SELECT key FROM rate_limits WHERE expire < ${BigInt(beforeMs)} LIMIT ${batch})`
}

/** Failed sign-ins older than `before`: the throttle counts only the last 15 minutes (lib/admin/throttle.ts). */
export function deleteOldSignInFailures(before: Date, batch: number): Promise<number> {
  return getDb().$executeRaw`
    DELETE FROM admin_sign_in_failures WHERE id IN (
      SELECT id FROM admin_sign_in_failures WHERE created_at < ${before} LIMIT ${batch})`
}

/** Form flashes past their expiry (lib/platform/flash/flash.ts): a failed form's input nobody came back for. */
export function deleteExpiredFlashes(now: Date, batch: number): Promise<number> {
  return getDb().$executeRaw`
    DELETE FROM form_flashes WHERE id_hash IN (
      SELECT id_hash FROM form_flashes WHERE expires_at <= ${now} LIMIT ${batch})`
}

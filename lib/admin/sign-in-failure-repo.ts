import { getDb } from '@/lib/db'
import { type ThrottleLimits, waitMs } from './throttle'

// Failed sign-ins, counted per account key and per IP. The check and the pessimistic "this attempt failed" row are
// one transaction under advisory locks on both keys, so twenty parallel guesses are counted one after another and
// exactly the allowed number reach the password check. The row is removed again when the attempt succeeds.

export type AttemptGate = { allowed: true; attemptId: bigint } | { allowed: false; waitMs: number }

export async function beginAttempt(
  keys: { account: string; ip: string },
  limits: { account: ThrottleLimits; ip: ThrottleLimits },
  now: Date = new Date(),
): Promise<AttemptGate> {
  return getDb().$transaction(async (tx) => {
    // Sorted, so two attempts never wait on each other's second lock.
    for (const lock of [`account:${keys.account}`, `ip:${keys.ip}`].sort()) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lock}, 0))`
    }
    const since = new Date(now.getTime() - Math.max(limits.account.windowMs, limits.ip.windowMs))
    const [byAccount, byIp] = await Promise.all([
      tx.adminSignInFailure.findMany({
        where: { accountKey: keys.account, createdAt: { gt: since } },
        select: { createdAt: true },
      }),
      tx.adminSignInFailure.findMany({ where: { ip: keys.ip, createdAt: { gt: since } }, select: { createdAt: true } }),
    ])
    const wait = Math.max(
      waitMs(
        byAccount.map((f) => f.createdAt),
        now,
        limits.account,
      ),
      waitMs(
        byIp.map((f) => f.createdAt),
        now,
        limits.ip,
      ),
    )
    if (wait > 0) return { allowed: false, waitMs: wait }
    const { id } = await tx.adminSignInFailure.create({
      data: { accountKey: keys.account, ip: keys.ip, createdAt: now },
      select: { id: true },
    })
    return { allowed: true, attemptId: id }
  })
}

/** The attempt succeeded: it was not a failure, and the account's earlier failures no longer count. */
export async function attemptSucceeded(attemptId: bigint, accountKey: string): Promise<void> {
  await getDb().adminSignInFailure.deleteMany({ where: { OR: [{ id: attemptId }, { accountKey }] } })
}

/** Failures older than the window count for nothing; removing them keeps the table small. */
export async function pruneSignInFailures(olderThan: Date): Promise<number> {
  const { count } = await getDb().adminSignInFailure.deleteMany({ where: { createdAt: { lt: olderThan } } })
  return count
}

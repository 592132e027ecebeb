import { getDb } from '@/lib/platform/db'
import { signInWaitMs, WINDOW_MS } from './throttle'

// Failed sign-ins, with the account key and the address of each (lib/admin/throttle.ts decides from them). The check
// and the pessimistic "this attempt failed" row are one transaction under advisory locks on both keys, so twenty
// parallel guesses are counted one after another and exactly the allowed number reach the password check. The row
// is removed again when the attempt succeeds.

export type AttemptGate = { allowed: true; attemptId: bigint } | { allowed: false; waitMs: number }

export type AttemptKeys = { account: string; address: string }

export async function beginAttempt(keys: AttemptKeys, now: Date = new Date()): Promise<AttemptGate> {
  return getDb().$transaction(async (tx) => {
    // Sorted, so two attempts never wait on each other's second lock.
    for (const lock of [`account:${keys.account}`, `ip:${keys.address}`].sort()) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lock}, 0))`
    }
    const since = new Date(now.getTime() - WINDOW_MS)
    const rows = await tx.adminSignInFailure.findMany({
      where: { createdAt: { gt: since }, OR: [{ accountKey: keys.account }, { ip: keys.address }] },
      select: { createdAt: true, accountKey: true, ip: true },
    })
    const failures = rows.map((row) => ({ at: row.createdAt, account: row.accountKey, address: row.ip }))
    const wait = signInWaitMs(failures, keys, now)
    if (wait > 0) return { allowed: false, waitMs: wait }
    const { id } = await tx.adminSignInFailure.create({
      data: { accountKey: keys.account, ip: keys.address, createdAt: now },
      select: { id: true },
    })
    return { allowed: true, attemptId: id }
  })
}

/**
 * The attempt succeeded: it was not a failure, and this address's earlier failures on this account no longer count.
 * Failures from other addresses stay: the owner signing in must not hand a guesser a fresh budget.
 */
export async function attemptSucceeded(attemptId: bigint, keys: AttemptKeys): Promise<void> {
  await getDb().adminSignInFailure.deleteMany({
    where: { OR: [{ id: attemptId }, { accountKey: keys.account, ip: keys.address }] },
  })
}

import { randomBytes } from 'node:crypto'
import { getDb } from '@/lib/platform/db'

/**
 * A named random secret that this deployment makes for itself the first time it is asked, shared by every app
 * instance on the database (the first writer wins; concurrent first calls agree). For a zero-configuration start;
 * a configured value (e.g. AUTH_SECRET) takes precedence at the call site.
 */
export async function instanceSecret(name: string): Promise<string> {
  const db = getDb()
  await db.instanceSecret.createMany({
    data: [{ name, value: randomBytes(32).toString('base64url') }],
    skipDuplicates: true,
  })
  const row = await db.instanceSecret.findUniqueOrThrow({ where: { name }, select: { value: true } })
  return row.value
}

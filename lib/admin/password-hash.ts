import { type Algorithm, hash, verify } from '@node-rs/argon2'

// Argon2id with OWASP's first recommended setting (m = 19 MiB, t = 2, p = 1). `Algorithm` is a const enum, which
// isolated-module builds cannot read, so the value is written out: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm
export const argon2Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

/** A PHC string ($argon2id$v=19$m=19456,t=2,p=1$salt$hash) with a fresh random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options)
}

/** False for a wrong password and for a stored value that is not an Argon2 hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password)
  } catch {
    return false
  }
}

import { randomBytes } from 'node:crypto'
import { sha256Hex } from '@/lib/platform/security/hash'

// Capability links: whoever holds the token has the access, so a token is 256 random bits, is
// shown to its owner once, and only its sha256 is stored. A leaked database therefore leaks no usable links, and
// no salt is needed: the input is random, not a guessable password.

/** 32 random bytes, base64url: 43 URL-safe characters. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

const tokenShape = /^[A-Za-z0-9_-]{43}$/

/** Cheap shape check, so junk from a URL or cookie is rejected before any database work. */
export function isWellFormedToken(value: string): boolean {
  return tokenShape.test(value)
}

/** sha256 of the token, hex: what the database stores and is searched by. */
export function tokenHash(token: string): string {
  return sha256Hex(token)
}

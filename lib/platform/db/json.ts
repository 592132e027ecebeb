import type { Prisma } from '@/lib/generated/prisma/client'

/**
 * Converts a value for a Json column exactly as it will read back (undefined fields dropped, dates as ISO strings),
 * so a stored plan renders the same as the one just shown. Throws on what JSON cannot hold (top-level null or
 * undefined, BigInt, cycles): a caller bug, not user input.
 */
export function toJsonColumn(value: unknown, column: string): Prisma.InputJsonValue {
  const text = value === null ? undefined : JSON.stringify(value)
  if (text === undefined) throw new TypeError(`${column} must be a JSON object, array or scalar, not ${String(value)}`)
  return JSON.parse(text) as Prisma.InputJsonValue
}

import { z } from 'zod'

// Text the database cannot store. PostgreSQL refuses U+0000 in text ("invalid byte sequence for encoding UTF8:
// 0x00") and in jsonb ("unsupported Unicode escape sequence"), so a NUL that reached a query came back as a 500.
// It has no use in anything a person types: every text schema refuses it (storableText), the server-action gate
// refuses it in any form field, the server guard in any URL, and a database error of this kind that still gets
// through is answered as the client's mistake, not ours (isUnstorableTextError).

export const UNSTORABLE_TEXT_MESSAGE = 'contains a character that cannot be stored (U+0000)'

/** True when PostgreSQL can store this string. */
export const isStorable = (text: string) => !text.includes('\0')

/** A string the database can store: the base of every text schema that reaches it. */
export const storableText = () => z.string().refine(isStorable, { error: `This text ${UNSTORABLE_TEXT_MESSAGE}.` })

/** The path ("answers.note", "[2].title") of the first string or key in a value that cannot be stored, or null. */
export function findUnstorable(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isStorable(value) ? null : path || '(value)'
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnstorable(item, `${path}[${i}]`)
      if (found) return found
    }
    return null
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key
      if (!isStorable(key)) return at
      const found = findUnstorable(item, at)
      if (found) return found
    }
  }
  return null
}

// SQLSTATE 22021 character_not_in_repertoire (invalid byte sequence), 22P05 untranslatable_character (jsonb).
const codes = new Set(['22021', '22P05'])
const messages = /invalid byte sequence|unsupported unicode escape sequence|\\u0000 cannot be converted/i

/** Whether an error (or any error it wraps) is the database refusing text it cannot store. */
export function isUnstorableTextError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false
  const { code, message, cause, meta } = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown }
  if (typeof code === 'string' && codes.has(code)) return true
  if (typeof message === 'string' && messages.test(message)) return true
  return isUnstorableTextError(cause, depth + 1) || isUnstorableTextError(meta, depth + 1)
}

/** A URL segment decoded once more, or null when its %-escapes do not decode (decodeURIComponent throws). */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

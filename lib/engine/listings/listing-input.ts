import { cleanListingText, HEADING_MARK } from './clean-text'

// What a pasted listing may be, checked the same way by the JSON API and the owner's form: text, not empty, not a
// bare web address (we never fetch one), at most MAX_LISTING_CHARS once cleaned of invisible characters. Pure.

/** The most a listing may hold: a long listing is ~8,000 characters; a pasted page with its footer, ~15,000. */
export const MAX_LISTING_CHARS = 20_000
export const MAX_LISTING_NAME = 80

export type TextProblem = { code: 'not_text' | 'empty' | 'url_only' | 'too_long'; message: string }
export type TextCheck = { ok: true; text: string } | { ok: false; problem: TextProblem }

/**
 * The text as we keep it: well-formed Unicode (a lone surrogate becomes U+FFFD), Unix line endings, and no control
 * characters but line breaks and tabs — PostgreSQL refuses a NUL in text, and none of them means anything here.
 */
export const cleanText = (text: string) =>
  text
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ''))

export function checkListingText(value: unknown): TextCheck {
  if (typeof value !== 'string')
    return { ok: false, problem: { code: 'not_text', message: 'must be the listing as text (a string)' } }
  const text = cleanText(value)
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, problem: { code: 'empty', message: 'is empty: paste the listing’s text' } }
  if (/^https?:\/\/\S+$/i.test(trimmed))
    return {
      ok: false,
      problem: {
        code: 'url_only',
        message: 'is a web address: we don’t fetch pages, so paste the listing’s text itself',
      },
    }
  if (text.length > MAX_LISTING_CHARS)
    return {
      ok: false,
      problem: {
        code: 'too_long',
        message: `is ${text.length.toLocaleString('en')} characters; the most is ${MAX_LISTING_CHARS.toLocaleString('en')} (leave out the company’s other pages)`,
      },
    }
  return { ok: true, text }
}

/** A name for a listing the owner did not name: its first line (usually the job title), shortened. */
export function defaultListingName(text: string): string {
  const first = cleanListingText(text).find((line) => /\p{L}/u.test(line)) ?? 'Job listing'
  const plain = first.replace(HEADING_MARK, '').replace(/\s+/g, ' ').trim()
  return plain.length <= MAX_LISTING_NAME ? plain : `${plain.slice(0, MAX_LISTING_NAME - 1).trimEnd()}…`
}

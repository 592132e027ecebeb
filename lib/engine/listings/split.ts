import type { RequirementLine } from './analysis-schema'
import { cleanListingText, HEADING_MARK } from './clean-text'
import {
  headingKind,
  isAboutTheCompany,
  isNeverARequirement,
  looksLikeARequirement,
  looseHeadingKind,
  type SectionKind,
  saysNiceToHave,
} from './sections'

// Splits a listing into the lines it asks of the person: each list item, and each sentence of a paragraph, under a
// heading such as "What you'll do" or "Requirements". Company blurbs, pay, benefits, location, equal-opportunity text
// and how to apply are left out, by their heading and by their own words. Before the first heading, and under a
// heading we don't recognise, a line counts only if it speaks to the reader ("you will…", "experience with…") — but
// under a heading we don't know a list item always counts — so a listing with no headings at all still works.

/** A listing of 20,000 characters has at most a few hundred lines; this bounds the work on crafted input. */
export const MAX_LINES = 400

// List markers: •, -, *, –, →, ▪, numbers ("1.", "2)", "(3)"), letters ("a.", "b)"), and any emoji.
const BULLET =
  /^(?:[-*•·▪▫▸►‣◦○●■□–—→⇒➜➤>✓✔☑✗+§]|\(?\d{1,2}[.)]|\(?[a-z][.)](?=\s)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)](?=\s)|o(?=\s+\p{Lu})|\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*)\s*/u

function stripBullet(line: string): { text: string; bullet: boolean; emoji: boolean } {
  const m = BULLET.exec(line)
  if (!m || m[0].length === line.length) return { text: line, bullet: false, emoji: false }
  return { text: line.slice(m[0].length).trim(), bullet: true, emoji: /\p{Extended_Pictographic}/u.test(m[0]) }
}

const LETTERS = /\p{L}/u
const isAllCaps = (s: string) => LETTERS.test(s) && s === s.toUpperCase() && s !== s.toLowerCase()
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length

type Heading = { title: string; kind: SectionKind | null }

/** What a heading found by its form (colon, capitals, markup) introduces: read loosely only when it is short. */
const kindOf = (title: string) => headingKind(title) ?? (wordCount(title) <= 5 ? looseHeadingKind(title) : null)

/**
 * The line as a heading, if it is one: marked by HTML or Markdown, word for word a heading we know ("Requirements",
 * "👀 What you'd do"), or short and ending with a colon, or short and in capitals. A list item ("- Experience with
 * Jira") is never a heading, whatever its words.
 */
function asHeading(line: string): Heading | null {
  const marked = line.startsWith(HEADING_MARK)
  const { text, bullet, emoji } = stripBullet(marked ? line.slice(1) : line)
  const title = text.replace(/[\s:–—-]+$/, '').trim()
  if (title.length === 0 || wordCount(title) > 12) return null
  if (marked) return { title, kind: kindOf(title) }
  if (bullet && !emoji) return null
  // "Is this you?" is a heading; any other line ending in a full stop or a question is not.
  const known = headingKind(title.replace(/\?$/, ''))
  if (known && !/[.!]$/.test(text)) return { title, kind: known }
  if (/[.!?]$/.test(text)) return null
  if (!bullet && text.endsWith(':') && wordCount(title) <= 8) return { title, kind: kindOf(title) }
  if (!bullet && isAllCaps(title) && wordCount(title) <= 10) return { title, kind: kindOf(title) }
  return null
}

/** Run-in headings are short: "Position summary: …", "Bonus: …". */
const RUN_IN_WORDS = 4

/** "Heading: text" on one line, with a known heading: the heading and the rest. */
function runInHeading(line: string): { heading: Heading; rest: string } | null {
  const m = /^([^:]{2,60}?):\s+(\S.*)$/.exec(line)
  if (!m?.[1] || !m[2] || wordCount(m[1]) > RUN_IN_WORDS) return null
  const kind = headingKind(m[1])
  return kind ? { heading: { title: m[1].trim(), kind }, rest: m[2] } : null
}

// Sentence ends: ".", "!" or "?" then a capital, digit, quote or bracket — but not after a common abbreviation.
const ABBREVIATION =
  /\b(e\.g|i\.e|etc|vs|inc|ltd|co|corp|dr|mr|ms|mrs|no|approx|incl|u\.s|u\.k|e\.u|st|jr|sr|ca|cf)\.$/i

export function sentences(paragraph: string): string[] {
  const out: string[] = []
  let start = 0
  const re = /[.!?]+["”’)]?\s+(?=["“(\p{Lu}\p{N}])/gu
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const end = m.index + m[0].trimEnd().length
    if (ABBREVIATION.test(paragraph.slice(Math.max(start, end - 6), end))) continue
    out.push(paragraph.slice(start, end).trim())
    start = m.index + m[0].length
  }
  out.push(paragraph.slice(start).trim())
  return out.filter((s) => s.length > 0)
}

const tidy = (s: string) =>
  s
    .replace(/^\|\s*|\s*\|$/g, '')
    .replace(/\s*\|\s*/g, ' · ')
    .replace(/\s+/g, ' ')
    .trim()

/** The requirement lines of a listing, in order. */
export function requirementLines(listing: string): RequirementLine[] {
  const lines: RequirementLine[] = []
  let section: { heading: string | null; kind: SectionKind | null } = { heading: null, kind: null }

  const consider = (raw: string, bullet: boolean) => {
    const text = tidy(raw)
    if (text.length < 3 || !/\p{L}/u.test(text) || lines.length >= MAX_LINES) return
    if (section.kind === 'other' || isNeverARequirement(text)) return
    if (!bullet && isAboutTheCompany(text)) return
    // A list item under a heading we don't know (or a lead-in such as "That means:") is almost always something the
    // job asks; a paragraph there must speak to the reader to count.
    if (section.kind === null && (section.heading === null || !bullet) && !looksLikeARequirement(text)) return
    const nice = section.kind === 'nice' || saysNiceToHave(text)
    lines.push({ text, strength: nice ? 'nice' : 'must', heading: section.heading })
  }

  for (const line of cleanListingText(listing)) {
    if (line.length === 0) continue
    const heading = asHeading(line)
    if (heading) {
      section = { heading: heading.title, kind: heading.kind }
      continue
    }
    const { text, bullet } = stripBullet(line)
    if (bullet) {
      const runIn = runInHeading(text)
      if (runIn && runIn.heading.kind !== 'duties' && runIn.heading.kind !== 'requirements') {
        // "Bonus: you've contributed to open source" is a nice-to-have line; "Perks: …" is not a requirement.
        const previous = section
        section = { heading: runIn.heading.title, kind: runIn.heading.kind }
        consider(runIn.rest, true)
        section = previous
      } else {
        consider(text, true)
      }
      continue
    }
    const parts = sentences(text)
    parts.forEach((sentence, i) => {
      const runIn = runInHeading(sentence)
      // "What you'll do. You will work…": a short known heading as the first words of a paragraph.
      const title = sentence.replace(/[.:]$/, '')
      const kind = i < parts.length - 1 && wordCount(title) <= RUN_IN_WORDS ? headingKind(title) : null
      if (kind) {
        section = { heading: title, kind }
      } else if (runIn) {
        section = { heading: runIn.heading.title, kind: runIn.heading.kind }
        consider(runIn.rest, false)
      } else {
        consider(sentence, false)
      }
    })
  }
  return lines
}

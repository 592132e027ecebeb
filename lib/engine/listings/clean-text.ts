// A pasted job listing as plain lines: whatever it was copied from (a careers page's HTML, Markdown, a PDF, Windows),
// the analyser sees one item per line, with headings, list items and paragraphs as the listing showed them.

/** Control characters (NUL…) other than line breaks and tabs, and invisible marks, are dropped. */
const dropControls = (text: string) =>
  text.replace(/[\p{Cc}\u200b\u200e\u200f\ufeff]/gu, (c) => (c === '\n' || c === '\t' ? c : ''))

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1))
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ' '
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole
  })
}

/** Marks a line the HTML called a heading, so the splitter knows without guessing. */
export const HEADING_MARK = '\u0001'

/** Whether the text looks like HTML rather than text that mentions a tag. */
const looksLikeHtml = (text: string) =>
  /<\s*(li|p|ul|ol|br|div|h[1-6]|span|strong|b|section|table|tr)\b[^>]*>/i.test(text)

function htmlToLines(html: string): string {
  return (
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<h[1-6]\b[^>]*>/gi, `\n${HEADING_MARK}`)
      .replace(/<\/h[1-6]\s*>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n• ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(p|div|ul|ol|li|section|article|header|footer|table|tr|td|th|dt|dd|dl|blockquote)\b[^>]*>/gi, '\n')
      // Whatever tags remain are inline (strong, em, a, span): their text stays in its line.
      .replace(/<[^>]{0,500}>/g, '')
  )
}

/** Markdown emphasis and heading marks, kept as their words. */
function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+(.*?)\s*#*$/, `${HEADING_MARK}$1`)
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/(^|[\s(])_(\S(?:.*?\S)?)_(?=$|[\s).,;:!?])/g, '$1$2')
    .replace(/\[([^\]]+)\]\((?:https?:\/\/|mailto:)[^)]*\)/g, '$1')
}

/**
 * The listing as trimmed lines, in order, with blank lines kept (they separate paragraphs). Handles CRLF and CR line
 * endings, HTML pasted as text (tags become line breaks, entities are decoded), Markdown headings and emphasis,
 * and strips control characters.
 */
export function cleanListingText(raw: string): string[] {
  let text = dropControls(raw.replace(/\r\n?/g, '\n'))
  if (looksLikeHtml(text)) text = htmlToLines(text)
  text = decodeEntities(text).replace(/[\u00a0\u2007\u202f\t]/g, ' ')
  return text.split(/\n|\u2028|\u2029/).map((line) => stripMarkdown(line.replace(/ {2,}/g, ' ').trim()).trim())
}

// Rendered HTML as a reader meets it: text in blocks (one per paragraph, list item, heading, table cell or chart
// label), entities decoded, scripts and styles dropped. Pure string work, so the checks run without a browser.

const BLOCK = /<\/?(p|li|h[1-6]|dd|dt|summary|div|section|td|th|tr|caption|text|legend|label|ol|ul|dl|table)\b[^>]*>/g

export function decode(s: string): string {
  return s
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
}

/** The text of some HTML, one block per line, with runs of spaces collapsed. */
export function htmlText(html: string): string {
  return decode(
    html
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
      // Text only screen readers hear (a link's fuller name) is not on the visible page.
      .replace(/<span class="sr-only">[^<]*<\/span>/g, '')
      .replace(BLOCK, '\n')
      .replace(/<span class="block[^"]*">/g, '\n')
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/** The HTML of the element that opens with `opening` (first match), through its matching close tag. */
export function elementHtml(html: string, opening: RegExp): string | null {
  const match = opening.exec(html)
  if (!match) return null
  const tag = /^<([a-z0-9]+)/i.exec(match[0])?.[1]
  if (!tag) return null
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g')
  re.lastIndex = match.index
  let depth = 0
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1
    if (depth === 0) return html.slice(match.index, m.index + m[0].length)
  }
  return html.slice(match.index)
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Words as a reader counts them: letters (and digits inside a word), apostrophes inside words kept. */
export const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []

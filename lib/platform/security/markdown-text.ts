// Text from the knowledge base (admin-edited) or from a person's answers, written into a Markdown file (the plan
// export, `npm run assess`): it must come out as the same words, never as markup. A field could otherwise carry raw
// HTML (`<script>`, `<img onerror>`), a link (`](javascript:…)`), or a line break followed by a heading or a
// calendar line (`BEGIN:VEVENT`) that a notes app or a careless importer would take for structure.

/** One field as inline Markdown text: on one line, HTML and Markdown syntax escaped, readable as plain text. */
export function mdText(value: string | number): string {
  return (
    String(value)
      // One field, one line: a line break inside it could start a heading, a list or anything else.
      .replace(/\r\n|[\r\n\u2028\u2029\v\f]/g, ' ')
      // HTML: no tag can open, no entity can be spelled.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Inline Markdown: emphasis, code, links and images, tables, strikethrough.
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      // A field that opens a line (or a list item) must not open a block: heading, quote, list, rule.
      .replace(/^(\s*)([#+\-=]|\d+[.)])/, '$1\\$2')
  )
}

/** A source's address as an autolink target: http(s) only (older plans may hold anything), nothing that ends it. */
export function mdUrl(url: string | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return null
  return url.replace(/[<>\s"`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

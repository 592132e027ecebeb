// Server-action bodies built by hand, canonical (as browsers and React send them) and in every malformed variant a
// hostile client could send instead. Used by the malformed-action tests and the fuzz suite.

export type Part = {
  name: string
  value: string | Buffer
  /** Sent as a file part when set. */
  filename?: string
  type?: string
  /** Extra or replacement header lines, written as given (the malformation under test). */
  headers?: string[]
}

export const BOUNDARY = '----formdata-howtowhy-fuzz-7f3a9c01'
export const canonicalType = `multipart/form-data; boundary=${BOUNDARY}`

/** The header lines of a part as browsers write them. */
export function partHeaders({ name, filename, type }: Part): string[] {
  if (filename === undefined) return [`Content-Disposition: form-data; name="${name}"`]
  return [
    `Content-Disposition: form-data; name="${name}"; filename="${filename}"`,
    `Content-Type: ${type ?? 'application/octet-stream'}`,
  ]
}

/** A multipart body; `eol` and `boundary` can be bent, parts can carry their own header lines. */
export function multipartBody(parts: Part[], { boundary = BOUNDARY, eol = '\r\n', preamble = '', epilogue = '' } = {}) {
  const chunks: Buffer[] = [Buffer.from(preamble, 'latin1')]
  for (const part of parts) {
    const lines = part.headers ?? partHeaders(part)
    chunks.push(Buffer.from(`--${boundary}${eol}${lines.join(eol)}${eol}${eol}`, 'utf8'))
    chunks.push(typeof part.value === 'string' ? Buffer.from(part.value, 'utf8') : part.value)
    chunks.push(Buffer.from(eol, 'latin1'))
  }
  chunks.push(Buffer.from(`--${boundary}--${eol}${epilogue}`, 'latin1'))
  return Buffer.concat(chunks)
}

/**
 * The parts of a fetch action called with one form, as React 19 encodes it (`encodeReply([form])`): the form's fields
 * prefixed "_1_", then "0", the argument list, last (Next decodes as the body streams in and resolves the list, and
 * the form it names, when the list arrives).
 */
export function fetchActionParts(fields: Record<string, string>, root = '["$K1"]'): Part[] {
  return [...Object.entries(fields).map(([name, value]) => ({ name: `_1_${name}`, value })), { name: '0', value: root }]
}

/** The parts of a form posted without JavaScript: the action's id, then the fields. */
export function formPostParts(actionId: string, fields: Record<string, string>): Part[] {
  return [
    { name: `$ACTION_ID_${actionId}`, value: '' },
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
  ]
}

export type Variant = {
  name: string
  /** The body and the Content-Type to send it with. */
  build(parts: Part[]): { body: Buffer; contentType: string }
}

const replaceFirst = (parts: Part[], change: (part: Part) => Part) => parts.map((p, i) => (i === 0 ? change(p) : p))
const replaceLast = (parts: Part[], change: (part: Part) => Part) =>
  parts.map((p, i) => (i === parts.length - 1 ? change(p) : p))
const canonical = (parts: Part[], options?: Parameters<typeof multipartBody>[1]) => ({
  body: multipartBody(parts, options),
  contentType: canonicalType,
})

/**
 * Bodies two multipart parsers can read differently, or that no browser sends. Each keeps the fields of the request
 * it bends, so only the malformation itself can be the reason it is refused.
 */
export const malformedVariants: Variant[] = [
  {
    name: 'a part with Content-Transfer-Encoding: base64',
    build: (parts) =>
      canonical(
        replaceLast(parts, (p) => ({
          ...p,
          value: Buffer.from(String(p.value)).toString('base64'),
          headers: [...partHeaders(p), 'Content-Transfer-Encoding: base64'],
        })),
      ),
  },
  {
    name: 'a part with two Content-Disposition headers',
    build: (parts) =>
      canonical(
        replaceFirst(parts, (p) => ({
          ...p,
          headers: [...partHeaders(p), 'Content-Disposition: form-data; name="evil"'],
        })),
      ),
  },
  {
    name: 'a space before the colon of Content-Disposition',
    build: (parts) =>
      canonical(replaceFirst(parts, (p) => ({ ...p, headers: [`Content-Disposition : form-data; name="${p.name}"`] }))),
  },
  {
    name: 'a tab after the colon of Content-Disposition',
    build: (parts) =>
      canonical(replaceFirst(parts, (p) => ({ ...p, headers: [`Content-Disposition:\tform-data; name="${p.name}"`] }))),
  },
  {
    name: 'a Content-Disposition other than form-data',
    build: (parts) =>
      canonical(replaceFirst(parts, (p) => ({ ...p, headers: [`Content-Disposition: attachment; name="${p.name}"`] }))),
  },
  {
    name: 'Multipart/Form-Data in capitals',
    build: (parts) => ({ body: multipartBody(parts), contentType: `Multipart/Form-Data; boundary=${BOUNDARY}` }),
  },
  {
    name: 'a quoted boundary parameter',
    build: (parts) => ({ body: multipartBody(parts), contentType: `multipart/form-data; boundary="${BOUNDARY}"` }),
  },
  {
    name: 'a charset parameter after the boundary',
    build: (parts) => ({ body: multipartBody(parts), contentType: `${canonicalType}; charset=utf-8` }),
  },
  {
    name: 'a text part typed application/octet-stream',
    build: (parts) =>
      canonical(
        replaceLast(parts, (p) => ({ ...p, headers: [...partHeaders(p), 'Content-Type: application/octet-stream'] })),
      ),
  },
  {
    name: 'a part with an extra header',
    build: (parts) => canonical(replaceLast(parts, (p) => ({ ...p, headers: [...partHeaders(p), 'X-Note: hello'] }))),
  },
  {
    name: 'a backslash-escaped quote in a name',
    build: (parts) =>
      canonical(
        replaceLast(parts, (p) => ({ ...p, headers: [`Content-Disposition: form-data; name="${p.name}\\"x"`] })),
      ),
  },
  {
    name: 'a filename* parameter',
    build: (parts) =>
      canonical(
        replaceLast(parts, (p) => ({
          ...p,
          headers: [`Content-Disposition: form-data; name="${p.name}"; filename*=UTF-8''a%20b`],
        })),
      ),
  },
  { name: 'line feeds without carriage returns', build: (parts) => canonical(parts, { eol: '\n' }) },
  { name: 'a preamble before the first boundary', build: (parts) => canonical(parts, { preamble: 'hello\r\n' }) },
  { name: 'data after the closing boundary', build: (parts) => canonical(parts, { epilogue: 'trailing junk' }) },
  {
    name: 'no closing boundary',
    build: (parts) => {
      const body = multipartBody(parts)
      return { body: body.subarray(0, body.length - `--${BOUNDARY}--\r\n`.length), contentType: canonicalType }
    },
  },
  {
    name: 'a NUL in a value',
    build: (parts) => canonical(replaceLast(parts, (p) => ({ ...p, value: `${String(p.value)}\u0000` }))),
  },
  {
    name: 'a value that is not UTF-8',
    build: (parts) =>
      canonical(
        replaceLast(parts, (p) => ({
          ...p,
          value: Buffer.concat([Buffer.from(String(p.value)), Buffer.from([0xff, 0xfe])]),
        })),
      ),
  },
  {
    name: 'a name that is not UTF-8',
    build: (parts) => {
      const body = multipartBody(
        replaceLast(parts, (p) => ({ ...p, headers: ['Content-Disposition: form-data; name="\u0001"'] })),
      )
      return {
        body: Buffer.from(body.toString('latin1').replace('\u0001', '\u00ff'), 'latin1'),
        contentType: canonicalType,
      }
    },
  },
]

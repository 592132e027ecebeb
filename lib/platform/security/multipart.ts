import { Readable } from 'node:stream'
// Next's own copy of busboy: the parser it decodes a fetch action's body with (app-render/action-handler.js).
import busboy from 'next/dist/compiled/busboy'

// A server action's multipart body, read two ways: by a strict reader that accepts exactly the framing browsers and
// Node's FormData produce, and by the parser Next itself will decode it with (busboy for a fetch action, the
// platform's FormData for a form posted without JavaScript). A body is accepted only when it is canonical and both
// read the same entries: then the gate (action-gate.ts) decides on exactly what Next will decode, and anything the
// two could read differently — a Content-Transfer-Encoding, a repeated or oddly spelled header, a typed part without
// a file name, quoting tricks — is refused instead of emulated.

export type Entry = { name: string; value: string } | { name: string; filename: string; size: number }

export type ReadResult = { ok: true; entries: Entry[] } | { ok: false; problem: string }

/** The Content-Type browsers and Node's FormData send; anything else (other case, parameters, quotes) is refused. */
const canonicalType = /^multipart\/form-data; boundary=([A-Za-z0-9'()+_,./:=?-]{1,70})$/

/** The boundary of a canonical multipart Content-Type, or null. */
export function canonicalBoundary(contentType: string): string | null {
  const match = canonicalType.exec(contentType)
  const boundary = match?.[1]
  // RFC 2046: a boundary does not end with a space; ours cannot contain one at all.
  return boundary ?? null
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes)
  } catch {
    return null
  }
}

// A quoted parameter value as browsers write it: `"` and line breaks are percent-escaped by the browser, so a quote,
// a backslash (busboy unescapes it, FormData does not), a control character or a NUL never appears.
const quoted = '"([^"\\\\\\x00-\\x1f\\x7f]*)"'
// Header names in any case (they are case-insensitive, and both parsers read them so; some clients write them in
// lower case), everything else exactly as browsers write it: one space after the colon, parameters as below.
const dispositionLine = new RegExp(`^Content-Disposition: form-data; name=${quoted}(?:; filename=${quoted})?$`, 'i')
const typeLine = /^Content-Type: [\x21-\x7e](?:[\x20-\x7e]{0,126}[\x21-\x7e])?$/i

function indexOf(haystack: Buffer, needle: Buffer, from: number): number {
  return haystack.indexOf(needle, from)
}

/** Reads a canonical multipart body; any departure from what browsers send is a problem, named for the log. */
export function readStrict(body: Buffer, boundary: string): ReadResult {
  const fail = (problem: string): ReadResult => ({ ok: false, problem })
  const opening = Buffer.from(`--${boundary}`)
  const delimiter = Buffer.from(`\r\n--${boundary}`)
  if (!body.subarray(0, opening.length).equals(opening)) return fail('does not start with its boundary')
  const entries: Entry[] = []
  let at = opening.length
  for (;;) {
    const after = body.subarray(at, at + 2).toString('latin1')
    if (after === '--') {
      // The closing delimiter, then at most one line break: nothing may follow that a parser could read differently.
      const rest = body.subarray(at + 2).toString('latin1')
      return rest === '' || rest === '\r\n' ? { ok: true, entries } : fail('has data after its closing boundary')
    }
    if (after !== '\r\n') return fail('has a malformed boundary line')
    const headersStart = at + 2
    const headersEnd = body.indexOf('\r\n\r\n', headersStart, 'latin1')
    if (headersEnd < 0) return fail('has a part without a blank line after its headers')
    const contentEnd = indexOf(body, delimiter, headersEnd + 4)
    if (contentEnd < 0) return fail('has no closing boundary')
    const headerText = decodeUtf8(body.subarray(headersStart, headersEnd))
    if (headerText === null) return fail('has part headers that are not UTF-8')
    const lines = headerText.split('\r\n')
    const disposition = dispositionLine.exec(lines[0] ?? '')
    if (!disposition) return fail('has a part whose first header is not a plain Content-Disposition')
    const [, name = '', filename] = disposition
    const content = body.subarray(headersEnd + 4, contentEnd)
    if (filename === undefined) {
      if (lines.length !== 1) return fail('has a text part with headers besides Content-Disposition')
      const value = decodeUtf8(content)
      if (value === null) return fail('has a value that is not UTF-8')
      entries.push({ name, value })
    } else {
      if (lines.length !== 2 || !typeLine.test(lines[1] ?? '')) {
        return fail('has a file part without exactly one Content-Type header')
      }
      entries.push({ name, filename, size: content.length })
    }
    at = contentEnd + delimiter.length
  }
}

/** The entries busboy reads, with Next's options; a problem if it fails or truncates anything. */
export function readWithBusboy(body: Buffer, contentType: string, fieldSizeLimit: number): Promise<ReadResult> {
  return new Promise((resolve) => {
    const entries: Entry[] = []
    let problem: string | null = null
    let parser: ReturnType<typeof busboy>
    try {
      parser = busboy({
        defParamCharset: 'utf8',
        headers: { 'content-type': contentType },
        limits: { fieldSize: fieldSizeLimit },
      })
    } catch {
      resolve({ ok: false, problem: 'has a Content-Type busboy refuses' })
      return
    }
    parser.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated) problem = 'has a value busboy truncates'
      entries.push({ name, value })
    })
    parser.on('file', (name, stream, info) => {
      if (info.encoding.toLowerCase() !== '7bit') problem = 'has a file part with a transfer encoding'
      const entry = { name, filename: info.filename ?? '', size: 0 }
      entries.push(entry)
      stream.on('data', (chunk: Buffer) => {
        entry.size += chunk.length
      })
      stream.on('limit', () => {
        problem = 'has a file busboy truncates'
      })
    })
    parser.on('error', () => resolve({ ok: false, problem: 'cannot be read by busboy' }))
    parser.on('close', () => resolve(problem ? { ok: false, problem } : { ok: true, entries }))
    Readable.from([body]).pipe(parser)
  })
}

/** The entries the platform's FormData reads (what Next decodes a form posted without JavaScript with). */
export async function readWithFormData(body: Buffer, contentType: string): Promise<ReadResult> {
  let form: FormData
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData()
  } catch {
    return { ok: false, problem: 'cannot be read as FormData' }
  }
  const entries: Entry[] = []
  for (const [name, value] of form.entries()) {
    entries.push(typeof value === 'string' ? { name, value } : { name, filename: value.name, size: value.size })
  }
  return { ok: true, entries }
}

/** Whether two readings hold the same entries, in the same order. */
export function sameEntries(a: readonly Entry[], b: readonly Entry[]): boolean {
  if (a.length !== b.length) return false
  return a.every((entry, i) => {
    const other = b[i]
    if (!other || entry.name !== other.name) return false
    if ('value' in entry) return 'value' in other && entry.value === other.value
    return 'filename' in other && entry.filename === other.filename && entry.size === other.size
  })
}

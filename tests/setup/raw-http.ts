import { connect } from 'node:net'

// A raw HTTP/1.1 client for requests no well-behaved client library will send: odd methods, broken request lines,
// undecodable paths, hand-made multipart, bodies that trickle or never arrive. One connection per request.

export type RawResponse = {
  /** The final status (after any 100 Continue); 0 when the connection closed without a response. */
  status: number
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>
  body: string
  /** Milliseconds from sending to the connection closing. */
  ms: number
}

export type RawOptions = {
  host?: string
  port: number
  /** Connect from this address (any of 127.0.0.0/8 on loopback): to be a client of its own for the server's limits. */
  localAddress?: string
  /** Give up (and report it) after this long. */
  timeoutMs?: number
  /** Pieces written one after another, `gapMs` apart (a trickling client); the default writes everything at once. */
  gapMs?: number
}

export class RawTimeoutError extends Error {
  override name = 'RawTimeoutError'
}

function parse(bytes: Buffer, ms: number): RawResponse {
  let text = bytes.toString('latin1')
  // Skip interim 1xx responses.
  while (/^HTTP\/1\.[01] 1\d\d /.test(text) && text.includes('\r\n\r\n'))
    text = text.slice(text.indexOf('\r\n\r\n') + 4)
  const end = text.indexOf('\r\n\r\n')
  const head = end < 0 ? text : text.slice(0, end)
  const [statusLine = '', ...lines] = head.split('\r\n')
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0)
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`
  }
  let body = end < 0 ? '' : text.slice(end + 4)
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body)
  return { status, headers, body: Buffer.from(body, 'latin1').toString('utf8'), ms }
}

function dechunk(text: string): string {
  let out = ''
  let at = 0
  for (;;) {
    const lineEnd = text.indexOf('\r\n', at)
    if (lineEnd < 0) return out
    const size = Number.parseInt(text.slice(at, lineEnd), 16)
    if (!Number.isFinite(size) || size === 0) return out
    out += text.slice(lineEnd + 2, lineEnd + 2 + size)
    at = lineEnd + 2 + size + 2
  }
}

/** Sends `request` (all of it, or piece by piece) and resolves with what came back once the server closes. */
export function rawRequest(request: string | Buffer | (string | Buffer)[], options: RawOptions): Promise<RawResponse> {
  const pieces = Array.isArray(request) ? request : [request]
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const socket = connect({
      port: options.port,
      host: options.host ?? '127.0.0.1',
      localAddress: options.localAddress,
    })
    const chunks: Buffer[] = []
    let timer: NodeJS.Timeout | undefined
    const deadline = setTimeout(() => {
      socket.destroy()
      reject(new RawTimeoutError(`no complete answer within ${options.timeoutMs} ms`))
    }, options.timeoutMs ?? 30_000)
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', () => {}) // a reset still ends in 'close', with whatever arrived
    socket.on('close', () => {
      clearTimeout(deadline)
      clearInterval(timer)
      resolve(parse(Buffer.concat(chunks), Date.now() - started))
    })
    socket.on('connect', () => {
      const write = (piece: string | Buffer) =>
        socket.write(typeof piece === 'string' ? Buffer.from(piece, 'latin1') : piece)
      if (!options.gapMs) {
        for (const piece of pieces) write(piece)
        return
      }
      let next = 0
      timer = setInterval(() => {
        const piece = pieces[next++]
        if (piece === undefined || socket.destroyed) clearInterval(timer)
        else write(piece)
      }, options.gapMs)
    })
  })
}

/** A request's text: request line, headers (Host and Connection: close added unless given), body. */
export function httpText(
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body: string | Buffer = '',
) {
  const all: Record<string, string> = { Host: '127.0.0.1', Connection: 'close', ...headers }
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  if (bytes.length > 0 && !Object.keys(all).some((name) => /^(content-length|transfer-encoding)$/i.test(name))) {
    all['Content-Length'] = String(bytes.length)
  }
  const head = `${method} ${target} HTTP/1.1\r\n${Object.entries(all)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`
  return Buffer.concat([Buffer.from(head, 'latin1'), bytes])
}

/**
 * What is missing from a response's security headers, or null: every response carries nosniff, a referrer policy,
 * a permissions policy and CORP; all but static files also a CSP and X-Frame-Options (lib/platform/security/headers.ts).
 */
export function securityHeaderProblem(response: RawResponse, { asset = false } = {}): string | null {
  const h = response.headers
  const missing = [
    h['x-content-type-options'] === 'nosniff' ? null : 'X-Content-Type-Options',
    h['referrer-policy'] ? null : 'Referrer-Policy',
    h['permissions-policy']?.includes('camera=()') ? null : 'Permissions-Policy',
    h['cross-origin-resource-policy'] === 'same-origin' ? null : 'Cross-Origin-Resource-Policy',
    asset || h['content-security-policy']?.includes("frame-ancestors 'none'") ? null : 'Content-Security-Policy',
    asset || h['x-frame-options'] === 'DENY' ? null : 'X-Frame-Options',
  ].filter(Boolean)
  return missing.length > 0 ? `${response.status} without ${missing.join(', ')}` : null
}

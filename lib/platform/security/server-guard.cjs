// The HTTP layer under Next.js: what has to happen to a connection or a request before Next sees it. Preloaded by
// scripts/start.ts into the `next start` process (`node --require`, before the server exists) and installed again
// from instrumentation.ts, so a bare `next start` is covered too once it has started. Plain CommonJS: it runs before
// anything can compile TypeScript. It decides nothing about pages; it only makes sure that
//   - the connection's peer address reaches the app in a header a client cannot forge (Next keeps any
//     X-Forwarded-For a client sends and offers no other way to learn the peer);
//   - requests Next itself would answer with a bare 500, without our security headers — a TRACE or TRACK (Next's
//     request object refuses those methods), a path whose percent-encoding does not decode (Next's router throws
//     while decoding a dynamic segment), a URL with a NUL in it (the database refuses it in any lookup) — or whose
//     declared body is over the largest any route takes (Next would
//     buffer it and then print its URL, token and all, in a warning; that one is answered 413 here) reach proxy.ts
//     marked as refused, so the proxy answers them with a 4xx and the full header set like any other refusal;
//   - slow, idle and greedy clients are cut off: header, request (body) and idle timeouts, an idle keep-alive
//     limit longer than any client's, and a cap on open connections per address;
//   - whatever Node or Next answers before proxy.ts runs (a malformed request, a timeout, headers too large, Next's
//     own redirects) carries the security headers;
//   - nothing Next or a library prints reaches stdout or stderr with a capability token in it;
//   - stopping is quick even under load (busy keep-alive connections are closed after their current answer), and
//     when started by scripts/start.ts, the server stops (cleanly, releasing the database lock) if that launcher
//     goes away, and on SIGHUP as on SIGTERM.
const http = require('node:http')
const { setupConnectionsTracking } = require('node:_http_server')
const { normalizeAddress } = require('../rate-limit/address-key.cjs')

const PEER_HEADER = 'x-howtowhy-peer'
const REFUSAL_HEADER = 'x-howtowhy-refusal'
const SETTINGS_VARIABLE = 'HOWTOWHY_SERVER_GUARD'
const state = Symbol.for('howtowhy.serverGuard')

/**
 * @typedef {object} GuardSettings
 * @property {number} headersTimeoutMs
 * @property {number} requestTimeoutMs
 * @property {number} idleTimeoutMs
 * @property {number} keepAliveTimeoutMs
 * @property {number} maxConnectionsPerAddress 0 = no cap (also behind TRUST_PROXY, where every client shares the
 *   proxy's address)
 * @property {number} ipv6PrefixBits
 * @property {number} maxBodyBytes the largest body any route takes
 * @property {[string, string][]} headers the security headers of a response the server writes itself
 * @property {boolean} watchParent stop when the launcher (scripts/start.ts) is gone
 */

// Opaque 43-character tokens (base64url of 32 bytes), as lib/platform/log.ts redacts them.
const tokenPattern = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g

/** Text with every capability-token-shaped run replaced. */
function redactTokens(text) {
  return text.replace(tokenPattern, '[token]')
}

/** True when a path's percent-encoding decodes (to valid UTF-8), as Next's router needs it to. */
function decodesCleanly(path) {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/** Why this request must not reach Next as it is, or null. */
function refusalOf(request, settings) {
  if (request.method === 'TRACE' || request.method === 'TRACK') return 'method_not_allowed'
  const url = request.url ?? '/'
  // Only a path: `OPTIONS *` and absolute URLs (meant for proxies; Next would redirect to the host they name, or
  // throw on one it cannot parse) are refused.
  if (!url.startsWith('/')) return 'bad_request_target'
  const path = url.split('?')[0] ?? ''
  if (!decodesCleanly(path)) return 'bad_path_encoding'
  // A NUL reaches the database when a page or route looks the segment or parameter up, and PostgreSQL refuses it.
  if (/%00/i.test(url)) return 'nul_in_address'
  const declared = Number(request.headers['content-length'])
  if (settings && Number.isFinite(declared) && declared > settings.maxBodyBytes) return 'payload_too_large'
  return null
}

function writeLog(level, event, fields) {
  process.stdout.write(
    `${JSON.stringify({ level, time: new Date().toISOString(), app: 'howtowhy', event, ...fields })}\n`,
  )
}

const statusText = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
  503: 'Service Unavailable',
}

/** A complete HTTP/1.1 response written straight to a socket, for what never becomes a request Next handles. */
function rawResponse(status, message, settings, extra = []) {
  const body = `${JSON.stringify({ error: { code: `http_${status}`, message } })}\n`
  const headers = [
    ...(settings?.headers ?? []),
    ['Cache-Control', 'no-store'],
    ['Content-Type', 'application/json'],
    ['Content-Length', String(Buffer.byteLength(body))],
    ['Connection', 'close'],
    ...extra,
  ]
  return `HTTP/1.1 ${status} ${statusText[status]}\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`
}

// Node's own answers to what never became a request (malformed, too slow, headers too large): the same statuses,
// with our headers. Anything already answered, or a connection reset by the client, is just closed.
function clientErrorResponse(error) {
  switch (error?.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'The request did not arrive in time.']
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'The request headers are too large.']
    default:
      return [400, 'The request could not be read.']
  }
}

/** Answers on a raw socket (unless a response has already begun on it), then closes it. */
function endWith(socket, [status, message], settings) {
  socket.on?.('error', () => {})
  if (socket.writable && !socket._httpMessage?.headersSent) socket.end(rawResponse(status, message, settings))
  socket.destroySoon?.()
}

/** Node's error for a request whose client went away (or was cut off by a timeout) while it was being read. */
const isAbortedRequest = (value) => value instanceof Error && value.message === 'aborted' && value.code === 'ECONNRESET'

function guard() {
  const existing = globalThis[state]
  if (existing) return existing
  /** @type {{ settings: GuardSettings | undefined, configured: WeakSet<object>, open: Map<string, number>, loggedCap: Map<string, number>, draining: boolean }} */
  const created = {
    settings: undefined,
    configured: new WeakSet(),
    open: new Map(),
    loggedCap: new Map(),
    draining: false,
  }
  globalThis[state] = created
  return created
}

/** Applies the timeouts to a server: the first time it is seen (before it listens, or on its first connection). */
function configure(server, g) {
  const settings = g.settings
  if (!settings || g.configured.has(server)) return
  g.configured.add(server)
  // CONNECT is for proxies; with no handler Node drops the socket without a word.
  if (server.listenerCount('connect') === 0) {
    server.on('connect', (_request, socket) => {
      socket.on('error', () => {})
      socket.end(rawResponse(405, 'This method is not allowed.', settings, [['Allow', 'GET, HEAD, POST']]))
    })
  }
  server.headersTimeout = settings.headersTimeoutMs
  server.requestTimeout = settings.requestTimeoutMs
  server.keepAliveTimeout = settings.keepAliveTimeoutMs
  server.timeout = settings.idleTimeoutMs
  // Node checks the header and request timeouts on this interval (30 s by default, which let a trickling client
  // stay up to 30 s past its limit); restarted here in case the server is already listening.
  server.connectionsCheckingInterval = Math.min(1000, settings.headersTimeoutMs)
  if (server.listening) setupConnectionsTracking.call(server)
}

function onConnection(server, socket, g) {
  configure(server, g)
  const settings = g.settings
  if (!settings || settings.maxConnectionsPerAddress === 0) return true
  const key = normalizeAddress(socket.remoteAddress ?? null, settings.ipv6PrefixBits) ?? 'unknown'
  const open = (g.open.get(key) ?? 0) + 1
  if (open > settings.maxConnectionsPerAddress) {
    const now = Date.now()
    if ((g.loggedCap.get(key) ?? 0) < now - 60_000) {
      g.loggedCap.set(key, now)
      writeLog('warn', 'connection_refused', { client: key, limit: settings.maxConnectionsPerAddress })
    }
    socket.on('error', () => {})
    socket.end(rawResponse(503, 'Too many open connections from this address.', settings, [['Retry-After', '10']]))
    socket.destroySoon?.()
    return false
  }
  g.open.set(key, open)
  socket.once('close', () => {
    const left = (g.open.get(key) ?? 1) - 1
    if (left <= 0) g.open.delete(key)
    else g.open.set(key, left)
  })
  return true
}

/** Prepares a request for Next; true when the guard has answered it itself. */
function onRequest(request, response, g) {
  if (!request?.headers) return false
  request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? ''
  delete request.headers[REFUSAL_HEADER]
  const refusal = refusalOf(request, g.settings)
  if (!refusal) return false
  if (refusal === 'payload_too_large') {
    // Answered here: Next would wait for the whole body (which may never come) before running proxy.ts.
    writeLog('warn', 'request_refused', { status: 413, reason: refusal })
    const body = `${JSON.stringify({ error: { code: refusal, message: 'The request body is larger than this site accepts.' } })}\n`
    response.shouldKeepAlive = false
    response.writeHead(413, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(body),
    })
    response.end(body)
    return true
  }
  request.headers[REFUSAL_HEADER] = refusal
  // What Next can take: a method its request object accepts, and a path that decodes (every % taken literally).
  if (refusal === 'method_not_allowed') request.method = 'GET'
  if (refusal === 'bad_request_target') request.url = '/'
  if (refusal === 'bad_path_encoding' || refusal === 'nul_in_address') {
    const [path = '', ...query] = (request.url ?? '/').split('?')
    request.url = [path.replace(/%/g, '%25'), ...query].join('?')
  }
  // The body of a refused request is never read: close the connection after answering rather than drain it.
  if (response) response.shouldKeepAlive = false
  return false
}

function installOnce() {
  const g = guard()
  if (http.Server.prototype[state]) return g
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function emitGuarded(event, ...args) {
    if (event === 'listening') configure(this, g)
    else if (event === 'connection' && !onConnection(this, args[0], g)) return true
    else if (event === 'request' && onRequest(args[0], args[1], g)) return true
    else if (event === 'clientError' && this.listenerCount('clientError') === 0) {
      const [error, socket] = args
      if (error?.code === 'ECONNRESET') socket.destroy()
      else endWith(socket, clientErrorResponse(error), g.settings)
      return true
    } else if (event === 'timeout' && this.listenerCount('timeout') === 0) {
      // No bytes either way for HTTP_IDLE_TIMEOUT_S while a request is in progress (Node would just drop it).
      endWith(args[0], [408, 'The request went idle for too long.'], g.settings)
      return true
    }
    return emit.call(this, event, ...args)
  }
  http.Server.prototype[state] = true

  // Every response carries the security headers. proxy.ts sets the full set on everything Next routes through it;
  // a few responses are written before it runs (Next's redirects of `//` and trailing slashes, Node's own 400 for a
  // request without Host, its 417 for an unknown Expect). Those get the non-page set; nothing else is touched.
  const writeHead = http.ServerResponse.prototype.writeHead
  http.ServerResponse.prototype.writeHead = function writeHeadWithHeaders(status, ...rest) {
    // Stopping: every response closes its connection, so a busy keep-alive client cannot hold the server open.
    if (g.draining) this.shouldKeepAlive = false
    const settings = g.settings
    const given = rest.find((arg) => typeof arg === 'object' && arg !== null)
    const givenNames = Array.isArray(given)
      ? given.filter((_, i) => i % 2 === 0).map((name) => String(name).toLowerCase())
      : Object.keys(given ?? {}).map((name) => name.toLowerCase())
    if (
      settings &&
      !this.headersSent &&
      !this.hasHeader('x-content-type-options') &&
      !givenNames.includes('x-content-type-options')
    ) {
      for (const [name, value] of settings.headers) {
        if (!this.hasHeader(name) && !givenNames.includes(name.toLowerCase())) this.setHeader(name, value)
      }
    }
    return writeHead.call(this, status, ...rest)
  }

  // Next stops (SIGTERM, SIGINT) by closing its server and waiting for open requests. Node's close() drops only the
  // keep-alive connections idle at that moment; one a client keeps busy would hold the process (and the database
  // lock) until the launcher's grace period ran out. From close() on, answers end their connection, and connections
  // that fall idle are dropped as soon as they do.
  const close = http.Server.prototype.close
  http.Server.prototype.close = function closeDraining(...args) {
    g.draining = true
    const result = close.apply(this, args)
    const sweep = setInterval(() => this.closeIdleConnections?.(), 100)
    sweep.unref()
    this.once('close', () => clearInterval(sweep))
    return result
  }

  // A request cut off while its body was being read (by the client, or by the timeouts above) makes Next print the
  // read error's stack; it is one expected event, logged as one line.
  for (const level of ['error', 'warn']) {
    const original = console[level]
    console[level] = function consoleWithoutAborts(...values) {
      if (values.some(isAbortedRequest)) writeLog('info', 'request_aborted', {})
      // Next's warning about a body past proxyClientMaxBodySize names the URL (a token, on capability pages); the
      // proxy refuses such a body with a 413 anyway.
      else if (typeof values[0] === 'string' && values[0].startsWith('Request body exceeded')) {
        writeLog('warn', 'request_body_too_large', {})
      } else original.apply(this, values)
    }
  }

  // Next prints its own warnings and errors (some with the request URL, capability token and all) with console.*,
  // which ends here; pino writes straight to the file descriptor and redacts by itself (lib/platform/log.ts).
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write
    stream.write = function writeRedacted(chunk, ...rest) {
      if (typeof chunk === 'string') return write.call(this, redactTokens(chunk), ...rest)
      if (Buffer.isBuffer(chunk) || chunk instanceof Uint8Array) {
        const text = Buffer.from(chunk).toString('utf8')
        const redacted = redactTokens(text)
        return write.call(this, redacted === text ? chunk : Buffer.from(redacted), ...rest)
      }
      return write.call(this, chunk, ...rest)
    }
  }
  return g
}

/** Installs the guard (idempotent) and, when given, its settings; servers not yet configured pick them up. */
function install(settings) {
  const g = installOnce()
  if (settings && !g.settings) {
    g.settings = settings
    if (settings.watchParent) watchParent()
  }
  return g
}

// scripts/start.ts forwards signals to this process, but a launcher killed outright (SIGKILL, or a SIGHUP to npm,
// which forwards only SIGINT and SIGTERM) cannot: then this process is re-parented, and stops as on SIGTERM. Next
// handles SIGINT and SIGTERM (closing the server, then exiting, which releases the data directory lock); SIGHUP is
// treated the same way.
function watchParent() {
  const parent = process.ppid
  const stop = () => process.kill(process.pid, 'SIGTERM')
  process.on('SIGHUP', stop)
  setInterval(() => {
    if (process.ppid !== parent) stop()
  }, 500).unref()
}

// Preloaded by scripts/start.ts, which passes the validated settings (lib/platform/env.ts) in this one variable.
// biome-ignore lint/style/noProcessEnv: preloaded with `--require` before any TypeScript can load; it reads only the settings lib/platform/env.ts already validated.
const fromLauncher = process.env[SETTINGS_VARIABLE]
install(fromLauncher ? JSON.parse(fromLauncher) : undefined)

module.exports = { install, redactTokens, PEER_HEADER, REFUSAL_HEADER, SETTINGS_VARIABLE }

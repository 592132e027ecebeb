// Records each connection's peer address in a request header before Next.js handles the request. Next keeps any
// X-Forwarded-For the client sent and offers route handlers and server actions no other way to learn the peer,
// so without this a client could pick its own rate-limit key. The header is always overwritten, so a client
// cannot set it. Loaded with `node --require` by scripts/start.ts (before the server exists) and again from
// instrumentation.ts (when `next start` is run directly); installing twice is a no-op.
const http = require('node:http')

const header = 'x-howtowhy-peer'
const installed = Symbol.for('howtowhy.peerAddressHook')

if (!http.Server.prototype[installed]) {
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function emitWithPeer(event, request, ...rest) {
    if (event === 'request' && request?.headers) request.headers[header] = request.socket?.remoteAddress ?? ''
    return emit.call(this, event, request, ...rest)
  }
  http.Server.prototype[installed] = true
}

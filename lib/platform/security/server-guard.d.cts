// Types for server-guard.cjs (the HTTP layer under Next; it runs before anything can compile TypeScript).
export type GuardSettings = {
  headersTimeoutMs: number
  requestTimeoutMs: number
  idleTimeoutMs: number
  keepAliveTimeoutMs: number
  /** 0 = no cap. */
  maxConnectionsPerAddress: number
  ipv6PrefixBits: number
  /** The largest body any route takes; a larger declared Content-Length is refused before Next buffers it. */
  maxBodyBytes: number
  /** The security headers of a response the server writes itself. */
  headers: [string, string][]
  /** Stop when the launcher (scripts/start.ts) is gone, and on SIGHUP. */
  watchParent: boolean
}
export declare function install(settings?: GuardSettings): unknown
export declare function redactTokens(text: string): string
export declare const PEER_HEADER: 'x-howtowhy-peer'
export declare const REFUSAL_HEADER: 'x-howtowhy-refusal'

// Which origin the links the app shows (the owner link, the share link, the API's ownerUrl/shareUrl) are built
// from. PUBLIC_URL wins when set. Otherwise the visitor's own Host, but only when it names this server: its port,
// and a name or address it answers to (loopback, its interfaces, its host name, or ALLOWED_HOSTS). Any other Host
// (forged, or a DNS name pointed at us) gives the server's default origin instead, so a crafted request can never
// make the app hand out links to someone else's site.

export type OriginConfig = {
  /** PUBLIC_URL, already normalised to an origin. */
  publicUrl: string | undefined
  /** The port the server listens on. */
  port: number
  /** Host names and addresses (without port) that reach this server on `port`. */
  serverNames: readonly string[]
  /** ALLOWED_HOSTS: exact Host values (with port), or names (without) that are accepted on `port`. */
  allowedHosts: readonly string[]
  /** The host to use when the request's own is not accepted. */
  fallbackHost: string
}

/** Splits a Host header value into name and port; undefined when it is not a plausible host. */
export function parseHost(value: string): { name: string; port: number | undefined } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/.exec(value.trim().toLowerCase())
  if (!match?.[1]) return undefined
  const port = match[2] === undefined ? undefined : Number(match[2])
  if (port !== undefined && (port < 1 || port > 65535)) return undefined
  return { name: match[1], port }
}

/** Whether a Host header value names this server. */
export function isOwnHost(value: string, config: OriginConfig): boolean {
  const host = parseHost(value)
  if (!host) return false
  const normalised = host.port === undefined ? host.name : `${host.name}:${host.port}`
  if (config.allowedHosts.includes(normalised)) return true
  // A name without a port stands for that name on the server's own port (80 when the Host carries none).
  if ((host.port ?? 80) !== config.port) return false
  return config.allowedHosts.includes(host.name) || config.serverNames.includes(host.name)
}

export type HostCandidates = {
  /**
   * x-forwarded-host. Next sets it to the visitor's Host when the request has none, and it is the only place the
   * visitor's Host survives when Next renders the page a server action redirected to (that internal request goes
   * to the listening address). It is no more trusted than Host: the same check applies to both.
   */
  forwardedHost: string | null | undefined
  host: string | null | undefined
}

/** The origin to build shown links from, for a request with these headers. */
export function linkOrigin(config: OriginConfig, { forwardedHost, host }: HostCandidates): string {
  if (config.publicUrl) return config.publicUrl
  // Without PUBLIC_URL the app itself serves plain http (`next start` has no TLS).
  const candidates = [forwardedHost?.split(',')[0], host]
  for (const candidate of candidates) {
    if (candidate && isOwnHost(candidate, config)) return `http://${candidate.trim().toLowerCase()}`
  }
  return `http://${config.fallbackHost}${config.port === 80 ? '' : `:${config.port}`}`
}

/** The Host of an Origin header value; undefined for `null`, junk or non-http origins. */
export function originHost(origin: string): string | undefined {
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : undefined
  } catch {
    return undefined
  }
}

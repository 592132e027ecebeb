import { join } from 'node:path'
import type { NextConfig } from 'next'

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

// Capability-link pages: never indexed, and the token in the URL never leaks to other sites through Referer.
const capabilityHeaders = [
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
]

// The owner page posts forms (server actions). Under no-referrer, Chrome sends `Origin: null` with a form post and
// Next's CSRF check rightly refuses it; same-origin still sends no Referer to any other site, which is the point.
const ownerHeaders = [
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
]

// The admin area: never indexed, never framed (securityHeaders), never cached by a shared cache.
const adminHeaders = [
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  { key: 'Cache-Control', value: 'private, no-store' },
]

const nextConfig: NextConfig = {
  // unauthorized() answers a signed-out call to an admin server action with 401 (every admin action calls it).
  experimental: { authInterrupts: true },
  // PGlite loads its wasm and data files relative to its own module; bundling breaks those paths (STACK.md).
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm'],
  // The image optimizer is an attack surface we do not need (STACK.md, security).
  images: { unoptimized: true },
  poweredByHeader: false,
  // Next hashes the whole HTML of a cached page on every hit to make an ETag; for a shared plan (~270 kB) that cost
  // ~40 % of its throughput. Pages are small to re-send, and ISR already controls freshness.
  generateEtags: false,
  // Cached responses stay in memory: a shared plan's URL holds its token, which must never be written to disk.
  cacheHandler: join(process.cwd(), 'lib/cache/revocation-aware-cache-handler.cjs'),
  cacheMaxMemorySize: 0,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Every other page; a header set by two matching rules would be ambiguous, so the sets do not overlap.
      {
        source: '/((?!plan/|share/|rate/|api/plans/).*)',
        headers: [{ key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' }],
      },
      { source: '/plan/:path*', headers: ownerHeaders },
      // Rating links post forms too, so the same policy as the owner's pages.
      { source: '/rate/:path*', headers: ownerHeaders },
      { source: '/share/:path*', headers: capabilityHeaders },
      { source: '/api/plans/:path*', headers: capabilityHeaders },
      { source: '/admin/:path*', headers: adminHeaders },
      { source: '/admin', headers: adminHeaders },
    ]
  },
}

export default nextConfig

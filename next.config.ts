import { join } from 'node:path'
import type { NextConfig } from 'next'
import { IMPORT_BODY_LIMIT_BYTES } from './lib/platform/security/action-gate'
import { extraActionOrigins } from './lib/platform/security/site'

// Security headers are not set here: proxy.ts sets all of them, from lib/platform/security/headers.ts, because the page
// policy needs a fresh nonce per response, which static header rules cannot give.

const nextConfig: NextConfig = {
  // PGlite loads its wasm and data files relative to its own module; bundling breaks those paths (STACK.md).
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm'],
  // The image optimizer is an attack surface we do not need (STACK.md, security).
  images: { unoptimized: true },
  poweredByHeader: false,
  // scripts/start.ts sets this: npm test and CI type-check first, and the check changes nothing in the build.
  typescript: { ignoreBuildErrors: process.env.HOWTOWHY_SKIP_TYPECHECK === '1' },
  // Next hashes the whole HTML of a cached page on every hit to make an ETag; for a shared plan (~270 kB) that cost
  // ~40 % of its throughput. Pages are small to re-send, and ISR already controls freshness.
  generateEtags: false,
  // Cached responses stay in memory: a shared plan's URL holds its token, which must never be written to disk.
  cacheHandler: join(process.cwd(), 'lib/platform/cache/revocation-aware-cache-handler.cjs'),
  cacheMaxMemorySize: 0,
  experimental: {
    // unauthorized() answers a signed-out call to an admin server action with 401 (every admin action calls it).
    authInterrupts: true,
    serverActions: {
      // proxy.ts refuses larger action bodies first, with a 413 (past Next's own limit Next answers 500): 64 KB
      // everywhere but the admin import page, which takes a content bundle (lib/platform/security/action-gate.ts).
      bodySizeLimit: IMPORT_BODY_LIMIT_BYTES,
      // Behind a proxy that does not forward the public host, the browser's Origin names PUBLIC_URL's host.
      allowedOrigins: extraActionOrigins(),
    },
    // proxy.ts reads action bodies to check them; one byte over the limit is enough to know a body is too large.
    proxyClientMaxBodySize: IMPORT_BODY_LIMIT_BYTES + 1,
  },
}

export default nextConfig

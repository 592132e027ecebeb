import { connection } from 'next/server'
import { pingDb } from '@/lib/platform/db'
import { outageRetryAfterSeconds } from '@/lib/platform/db/unavailable'

// Liveness for load balancers and the e2e suite: 200 when a database round trip succeeds within 2 s, else 503.
const timeoutMs = 2000

export async function GET() {
  await connection() // evaluated per request, never prerendered or cached
  try {
    await Promise.race([
      pingDb(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
    ])
    return Response.json({ status: 'ok', db: 'ok' })
  } catch (error) {
    console.warn(`health: database unreachable: ${error instanceof Error ? error.message.split('\n')[0] : error}`)
    return Response.json(
      { status: 'error', db: 'down' },
      { status: 503, headers: { 'Retry-After': String(outageRetryAfterSeconds) } },
    )
  }
}

import { constants, gunzipSync, gzipSync } from 'node:zlib'

// A stored plan's answers, result and plan travel together as one gzipped JSON document. Measured on the embedded
// database (tmp profile, 2026-11): a 110 KB jsonb insert took 10–19 ms, the same data gzipped to ~15 KB as bytea
// 3–4 ms; gzip at speed level costs ~1.3 ms. The rows are only ever read whole, so nothing is lost by not using jsonb.

export type PlanPayload = { answers: unknown; result: unknown; plan: unknown }

/** A plain Uint8Array (Prisma's Bytes type), not a Buffer that may share a pooled ArrayBuffer. */
export function packPayload(payload: PlanPayload): Uint8Array<ArrayBuffer> {
  for (const [part, value] of Object.entries(payload)) {
    // A caller bug, not user input: JSON would silently drop or null it and the plan could never render.
    if (value === null || value === undefined) throw new TypeError(`${part} must be a JSON object, not ${value}`)
  }
  return new Uint8Array(gzipSync(JSON.stringify(payload), { level: constants.Z_BEST_SPEED }))
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b

/** Reads a payload; rows migrated from the jsonb columns hold plain UTF-8 JSON instead of gzip. */
export function unpackPayload(bytes: Uint8Array): PlanPayload {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = (isGzip(buffer) ? gunzipSync(buffer) : buffer).toString('utf8')
  const parsed = JSON.parse(text) as Partial<PlanPayload>
  return { answers: parsed.answers, result: parsed.result, plan: parsed.plan }
}

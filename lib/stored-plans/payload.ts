import { constants, gunzipSync, gzipSync } from 'node:zlib'

// A stored plan's answers, result and plan travel together as one gzipped JSON document. Measured on the embedded
// database (tmp profile, 2026-11): a 110 KB jsonb insert took 10–19 ms, the same data gzipped to ~15 KB as bytea
// 3–4 ms; gzip at speed level costs ~1.3 ms. The rows are only ever read whole, so nothing is lost by not using jsonb.

export type PlanPayload = { answers: unknown; result: unknown; plan: unknown }

/**
 * The same three parts as JSON text. A new plan is serialised once (~72 kB) and the text serves both the stored
 * payload and the API's 201 response, which carries the same result and plan: one JSON.stringify fewer per
 * submission (with the gzip, the payload was ~9 % of a submission's CPU in the profile).
 */
export type PlanPayloadJson = { answers: string; result: string; plan: string }

export function payloadJson(payload: PlanPayload): PlanPayloadJson {
  const json = { answers: '', result: '', plan: '' }
  for (const part of ['answers', 'result', 'plan'] as const) {
    const value = payload[part]
    // A caller bug, not user input: JSON would silently drop or null it and the plan could never render.
    if (value === null || value === undefined) throw new TypeError(`${part} must be a JSON object, not ${value}`)
    json[part] = JSON.stringify(value)
  }
  return json
}

/** A plain Uint8Array (Prisma's Bytes type), not a Buffer that may share a pooled ArrayBuffer. */
export function packPayload(payload: PlanPayload): Uint8Array<ArrayBuffer> {
  return packPayloadJson(payloadJson(payload))
}

/** packPayload for parts already serialised by payloadJson. */
export function packPayloadJson(json: PlanPayloadJson): Uint8Array<ArrayBuffer> {
  // Byte for byte what JSON.stringify({ answers, result, plan }) writes.
  const text = `{"answers":${json.answers},"result":${json.result},"plan":${json.plan}}`
  return new Uint8Array(gzipSync(text, { level: constants.Z_BEST_SPEED }))
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b

/** Reads a payload; rows migrated from the jsonb columns hold plain UTF-8 JSON instead of gzip. */
export function unpackPayload(bytes: Uint8Array): PlanPayload {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = (isGzip(buffer) ? gunzipSync(buffer) : buffer).toString('utf8')
  const parsed = JSON.parse(text) as Partial<PlanPayload>
  return { answers: parsed.answers, result: parsed.result, plan: parsed.plan }
}

import { promisify } from 'node:util'
import { brotliCompress, brotliDecompressSync, constants, gunzipSync } from 'node:zlib'

// A stored plan's answers, result and plan travel together as one compressed JSON document. Measured on the embedded
// database (tmp profile, 2026-11): a 110 KB jsonb insert took 10–19 ms, the same data gzipped to ~15 KB as bytea
// 3–4 ms. The rows are only ever read whole, so nothing is lost by not using jsonb.
//
// Written as brotli at quality 1 behind a one-byte tag, compressed on libuv's thread pool rather than the request
// thread: for a ~72 kB payload 0.40 ms of CPU and 18.4 kB, against gzip's 0.73–0.96 ms and 18.8 kB at its fastest
// level (a one-off timing of the backend-with-pms payload, December 2026), which had become the largest piece of a submission's own JavaScript in the CPU
// profile. Rows written earlier (gzip, or plain JSON from the old jsonb columns) read as before.

const brotliTag = 0x01
const compress = promisify(brotliCompress)
const brotliOptions = (size: number) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 1,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
})

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
export function packPayload(payload: PlanPayload): Promise<Uint8Array<ArrayBuffer>> {
  return packPayloadJson(payloadJson(payload))
}

/** packPayload for parts already serialised by payloadJson. */
export async function packPayloadJson(json: PlanPayloadJson): Promise<Uint8Array<ArrayBuffer>> {
  // Byte for byte what JSON.stringify({ answers, result, plan }) writes.
  const text = Buffer.from(`{"answers":${json.answers},"result":${json.result},"plan":${json.plan}}`)
  const compressed = await compress(text, brotliOptions(text.byteLength))
  const packed = new Uint8Array(compressed.byteLength + 1)
  packed[0] = brotliTag
  packed.set(compressed, 1)
  return packed
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b

/** Reads a payload: brotli behind its tag, gzip (rows written before), or plain UTF-8 JSON (rows migrated from jsonb). */
export function unpackPayload(bytes: Uint8Array): PlanPayload {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const json =
    buffer[0] === brotliTag ? brotliDecompressSync(buffer.subarray(1)) : isGzip(buffer) ? gunzipSync(buffer) : buffer
  const text = json.toString('utf8')
  const parsed = JSON.parse(text) as Partial<PlanPayload>
  return { answers: parsed.answers, result: parsed.result, plan: parsed.plan }
}

import { brotliDecompressSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { packPayload, packPayloadJson, payloadJson, unpackPayload } from './payload'

describe('plan payload', () => {
  const payload = { answers: { a: 1 }, result: { headline: 'Ready — “soon”' }, plan: { weeks: [{ week: 1 }] } }

  it('round-trips answers, result and plan, and compresses repetitive JSON', async () => {
    const big = {
      ...payload,
      plan: { weeks: Array.from({ length: 200 }, (_, i) => ({ week: i, title: 'Shadow a PM' })) },
    }
    const packed = await packPayload(big)
    expect(unpackPayload(packed)).toEqual(big)
    expect(packed.byteLength).toBeLessThan(JSON.stringify(big).length / 5)
  })

  it('stores parts serialised once exactly as it stores the objects, and refuses a missing part', async () => {
    const json = payloadJson(payload)
    expect(JSON.parse(json.plan)).toEqual(payload.plan)
    const stored = (packed: Uint8Array) => brotliDecompressSync(packed.subarray(1)).toString('utf8')
    expect(stored(await packPayloadJson(json))).toBe(JSON.stringify(payload))
    expect(stored(await packPayload(payload))).toBe(JSON.stringify(payload))
    expect(() => payloadJson({ ...payload, result: undefined })).toThrow(/result must be a JSON object/)
  })

  it('reads rows written before brotli, as gzip', () => {
    const gzipped = new Uint8Array(gzipSync(JSON.stringify(payload)))
    expect(unpackPayload(gzipped)).toEqual(payload)
  })

  it('reads rows migrated from the old jsonb columns, stored as plain UTF-8 JSON', () => {
    const legacy = new TextEncoder().encode(JSON.stringify(payload))
    expect(unpackPayload(legacy)).toEqual(payload)
  })
})

import { describe, expect, it } from 'vitest'
import { newToken } from '@/lib/platform/security/tokens'
import { openFlash, sealFlash } from './flash'

// The sealing of a stored flash: only the browser holding the token can read it, and only as the form it was for.
// (The round trip through the cookie and the database: tests/integration/helpers/flash-contract.ts.)

const payload = {
  values: { text: 'Réquirements — “must” ✓', tags: ['a', 'b'] },
  errors: [{ fieldId: 'x', message: 'm' }],
}

describe('sealFlash / openFlash', () => {
  it('opens what it sealed, exactly', () => {
    const token = newToken()
    expect(openFlash(token, 'listing@1', sealFlash(token, 'listing@1', payload))).toEqual(payload)
  })

  it('opens nothing for another token or another form', () => {
    const token = newToken()
    const sealed = sealFlash(token, 'listing@1', payload)
    expect(openFlash(newToken(), 'listing@1', sealed)).toBeNull()
    expect(openFlash(token, 'listing@2', sealed)).toBeNull()
  })

  it('opens nothing that was altered or cut short, and never throws', () => {
    const token = newToken()
    const sealed = sealFlash(token, 'f', payload)
    const flipped = Uint8Array.from(sealed)
    flipped[flipped.length - 1] = (flipped.at(-1) ?? 0) ^ 1
    expect(openFlash(token, 'f', flipped)).toBeNull()
    expect(openFlash(token, 'f', sealed.subarray(0, 20))).toBeNull()
    expect(openFlash(token, 'f', new Uint8Array())).toBeNull()
  })

  it('shows no plain text in what is stored, and differs each time', () => {
    const token = newToken()
    const a = sealFlash(token, 'f', payload)
    const b = sealFlash(token, 'f', payload)
    expect(Buffer.from(a).toString('utf8')).not.toContain('quirements')
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false)
  })
})

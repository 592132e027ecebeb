import { describe, expect, it } from 'vitest'
import { newToken } from '@/lib/platform/security/tokens'
import { sealShareToken, unsealShareToken } from './share-seal'

describe('share token seal', () => {
  it('opens only with the owner token it was sealed under', () => {
    const owner = newToken()
    const share = newToken()
    const sealed = sealShareToken(owner, share)
    expect(unsealShareToken(owner, sealed)).toBe(share)
    expect(unsealShareToken(newToken(), sealed)).toBeNull()
    expect(Buffer.from(sealed).toString('latin1')).not.toContain(share)
  })

  it('rejects a tampered or truncated seal', () => {
    const owner = newToken()
    const sealed = sealShareToken(owner, newToken())
    const tampered = new Uint8Array(sealed)
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1
    expect(unsealShareToken(owner, tampered)).toBeNull()
    expect(unsealShareToken(owner, sealed.subarray(0, 20))).toBeNull()
  })

  it('seals the same token differently each time (random IV)', () => {
    const owner = newToken()
    const share = newToken()
    expect(Buffer.from(sealShareToken(owner, share)).equals(Buffer.from(sealShareToken(owner, share)))).toBe(false)
  })
})

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

// The owner page shows the live share link again, yet the database must not hold a usable token. So the share
// token is sealed with AES-256-GCM under a key derived (HKDF-SHA256) from the owner token, which only the owner has:
// the database alone reveals neither link, and the owner link unlocks the share link.

const SALT = 'howtowhy/share-token-seal'
const INFO = 'v1'

const keyFor = (ownerToken: string) => Buffer.from(hkdfSync('sha256', ownerToken, SALT, INFO, 32))

/** iv (12 bytes) ‖ tag (16 bytes) ‖ ciphertext. */
export function sealShareToken(ownerToken: string, shareToken: string): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(ownerToken), iv)
  const body = Buffer.concat([cipher.update(shareToken, 'utf8'), cipher.final()])
  return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]))
}

/** The share token, or null when the seal was not made with this owner token or was tampered with. */
export function unsealShareToken(ownerToken: string, sealed: Uint8Array): string | null {
  const bytes = Buffer.from(sealed)
  if (bytes.length < 29) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(ownerToken), bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(12, 28))
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}

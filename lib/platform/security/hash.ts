import { createHash } from 'node:crypto'

/** sha256 of a text, as hex: what capability tokens, session tokens and account keys are stored and found by. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex')

import { dictionary } from '@zxcvbn-ts/language-common'

// NIST SP 800-63B's rules, which OWASP follows: a minimum length, a maximum that still allows passphrases (and
// bounds the hashing work an attacker can ask for), no composition rules, and no password from a list of common
// or breached ones. The list is zxcvbn's ~49,000 most common passwords.

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 128

let common: Set<string> | undefined
const commonPasswords = () => {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))
  return common
}

/** A common password with digits or symbols stuck on either end ("Password1234!", "2024monkey") is still common. */
function commonCore(password: string): boolean {
  const lower = password.toLowerCase()
  if (commonPasswords().has(lower)) return true
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '')
  return core.length >= 4 && core.length < lower.length && commonPasswords().has(core)
}

/** What is wrong with this password, in words for the person choosing it; null when it is fine. */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters (this one has ${length}). A few unrelated words work well.`
  if (length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`
  if (new Set(password).size < 4) return 'Use more than a few different characters.'
  if (commonCore(password)) return 'That password is on a list of common passwords. Choose one nobody else uses.'
  const local = email?.split('@')[0]?.toLowerCase()
  if (local && local.length >= 4 && password.toLowerCase().includes(local))
    return 'Do not use your email address in your password.'
  return null
}

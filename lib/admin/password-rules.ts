import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

// NIST SP 800-63B's rules, which OWASP follows: a minimum length, a maximum that still allows passphrases (and
// bounds the hashing work an attacker can ask for), no composition rules, and no password an attacker would try
// early. "Early" is zxcvbn's estimate: its list of ~49,000 common passwords (also with digits or symbols stuck on),
// keyboard walks (qwertyuiop, 1qaz2wsx, asdfghjkl in its keyboard layouts), repeats and sequences, and anything
// built from the account's own email or name, which it is given to match against.

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 128
/**
 * zxcvbn's score 3 ("safely unguessable: moderate protection from offline slow-hash scenario", at least 10^8
 * guesses). Behind Argon2id and the sign-in throttle that is far beyond online guessing.
 */
export const MIN_PASSWORD_SCORE = 3

let estimator: ZxcvbnFactory | undefined
const strength = () => {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })
  return estimator
}

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

/** The words of the account's email and name (lower-cased, at least 3 characters), longest first. */
function personalWords({ email, name }: { email?: string; name?: string }): string[] {
  const [local = '', domain = ''] = (email ?? '').toLowerCase().split('@')
  const nameText = (name ?? '').toLowerCase()
  const words = [
    email?.toLowerCase(),
    local,
    local.replace(/[^a-z0-9]+/g, ''),
    ...local.split(/[^a-z0-9]+/),
    ...domain.split('.').slice(0, -1),
    nameText,
    nameText.replace(/[^\p{L}\p{N}]+/gu, ''),
    ...nameText.split(/[^\p{L}\p{N}]+/u),
  ]
  return [...new Set(words.filter((word): word is string => typeof word === 'string' && word.length >= 3))].sort(
    (a, b) => b.length - a.length,
  )
}

/** What is left of a password once every personal word is taken out. */
function withoutPersonalWords(password: string, words: readonly string[]): string {
  let rest = password.toLowerCase()
  for (const word of words) rest = rest.replaceAll(word, '')
  return rest
}

/** What is wrong with this password, in words for the person choosing it; null when it is fine. */
export function passwordProblem(password: string, account: { email?: string; name?: string } = {}): string | null {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters (this one has ${length}). A few unrelated words work well.`
  if (length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`
  if (new Set(password).size < 4) return 'Use more than a few different characters.'
  if (commonCore(password)) return 'That password is on a list of common passwords. Choose one nobody else uses.'
  const words = personalWords(account)
  const local = account.email?.split('@')[0]?.toLowerCase()
  if (local && local.length >= 4 && password.toLowerCase().includes(local))
    return 'Do not use your email address in your password.'
  const rest = withoutPersonalWords(password, words)
  // Built from the email or name: what is left once those words are taken out must be strong on its own.
  if (rest.length < password.length && strength().check(rest).score < MIN_PASSWORD_SCORE)
    return 'Do not build your password from your email address or name.'
  const result = strength().check(password, words)
  if (result.score >= MIN_PASSWORD_SCORE) return null
  const fromCommonList = result.sequence.some(
    (match) => 'dictionaryName' in match && match.dictionaryName === 'passwords-common',
  )
  if (result.sequence.some((match) => match.pattern === 'spatial') || fromCommonList)
    return 'That password follows a keyboard pattern or a common password. Choose one nobody else would try.'
  return 'That password is too easy to guess (repeats, sequences or common words). A few unrelated words work well.'
}

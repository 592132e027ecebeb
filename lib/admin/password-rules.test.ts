import { describe, expect, it } from 'vitest'
import { passwordProblem } from './password-rules'

// What a person choosing an admin password is told. Passphrases of unrelated words pass; what an attacker tries
// early (common passwords, keyboard walks, the account's own email or name) does not.

const jane = { email: 'jane.doe@example.com', name: 'Jane Doe' }

describe('passwordProblem', () => {
  it.each([
    ['plum orbit saddle 42', {}],
    ['quartz meadow lantern 9', { email: 'e2e-admin@example.com', name: 'E2E Admin' }],
    ['jane likes purple tractors', jane], // a name inside a strong passphrase is fine
    ['correct horse battery staple', {}],
  ])('accepts %j', (password, account) => {
    expect(passwordProblem(password, account)).toBeNull()
  })

  it.each([
    ['short12chr', {}, /at least 12 characters/],
    ['password1234', {}, /common passwords/],
    ['qwertyuiop12', {}, /common passwords/],
    ['aaaaaaaaaaaaaaa', {}, /different characters/],
    // Keyboard walks, in rows and in columns.
    ['qwertyuiopas', {}, /keyboard pattern/],
    ['zxcvbnmasdfg', {}, /keyboard pattern/],
    ['1qaz2wsx3edc', {}, /common password/],
    // The account's own email or name, whole or in pieces, with digits and symbols around them.
    ['jane.doe@example.com', jane, /email address/],
    ['janedoe2026!!', jane, /from your email address or name/],
    ['doejane123456', jane, /from your email address or name/],
    ['Jane Doe Jane Doe', jane, /from your email address or name/],
  ])('refuses %j', (password, account, message) => {
    expect(passwordProblem(password, account)).toMatch(message)
  })
})

import { describe, expect, it } from 'vitest'
import { type Failure, signInWaitMs, WINDOW_MS, waitInWords } from './throttle'

const now = new Date('2026-12-06T12:00:00Z')
const ago = (ms: number) => new Date(now.getTime() - ms)
const minutes = (n: number) => n * 60_000
const owner = 'owner-account'
const fail = (account: string, address: string, msAgo: number): Failure => ({ at: ago(msAgo), account, address })
/** `n` failures against `account` from `address`, the newest `newestAgo` ms ago, one minute apart. */
const many = (n: number, account: string, address: string, newestAgo = minutes(1)) =>
  Array.from({ length: n }, (_, i) => fail(account, address, newestAgo + i * 1000))

describe('signInWaitMs', () => {
  it('lets a clean address try at once, however many strangers have failed on the account', () => {
    const strangers = Array.from({ length: 200 }, (_, i) => fail(owner, `203.0.113.${i % 250}`, minutes(1)))
    expect(signInWaitMs(strangers, { account: owner, address: '198.51.100.7' }, now)).toBe(0)
  })

  it('gives three free failures per account and address, then doubles the wait from one second', () => {
    const keys = { account: owner, address: '198.51.100.7' }
    expect(signInWaitMs(many(2, owner, keys.address, 0), keys, now)).toBe(0)
    expect(signInWaitMs(many(3, owner, keys.address, 0), keys, now)).toBe(1000)
    expect(signInWaitMs(many(5, owner, keys.address, 0), keys, now)).toBe(4000)
    // The wait runs from the last failure: four seconds after it, the fifth-failure wait is over.
    expect(signInWaitMs(many(5, owner, keys.address, 4000), keys, now)).toBe(0)
  })

  it('locks the pair at ten failures in the window, until the oldest of them is fifteen minutes old', () => {
    const keys = { account: owner, address: '198.51.100.7' }
    const ten = Array.from({ length: 10 }, (_, i) => fail(owner, keys.address, minutes(10) - i * 1000))
    expect(signInWaitMs(ten, keys, now)).toBe(WINDOW_MS - minutes(10))
    // Another address is not affected by this pair.
    expect(signInWaitMs(ten, { account: owner, address: '198.51.100.8' }, now)).toBe(0)
  })

  it('under attack (ten failures on the account), refuses an address that failed lately, even on another account', () => {
    const attack = Array.from({ length: 10 }, (_, i) => fail(owner, `203.0.113.${i}`, minutes(5)))
    // One of the attackers: it waits until its failure is fifteen minutes old (the account stays under attack).
    expect(signInWaitMs(attack, { account: owner, address: '203.0.113.3' }, now)).toBe(minutes(10))
    // The owner's address with one typo on another account a minute ago waits too; without it, none.
    const typo = [...attack, fail('someone-else', '198.51.100.7', minutes(1))]
    expect(signInWaitMs(typo, { account: owner, address: '198.51.100.7' }, now)).toBe(minutes(10))
    expect(signInWaitMs(attack, { account: owner, address: '198.51.100.7' }, now)).toBe(0)
  })

  it('is not under attack with nine failures on the account: one failure then costs nothing', () => {
    const nine = Array.from({ length: 9 }, (_, i) => fail(owner, `203.0.113.${i}`, minutes(5)))
    expect(signInWaitMs(nine, { account: owner, address: '203.0.113.3' }, now)).toBe(0)
  })

  it('ends the attack state when enough of its failures age out', () => {
    // Ten failures: the oldest twelve minutes ago. In three minutes only nine count, and the attacker may try again.
    const attack = Array.from({ length: 10 }, (_, i) => fail(owner, `203.0.113.${i}`, minutes(12) - i * 1000))
    expect(signInWaitMs(attack, { account: owner, address: '203.0.113.9' }, now)).toBe(minutes(3))
  })

  it('locks an address that failed thirty times on any accounts, for every account', () => {
    const stuffing = Array.from({ length: 30 }, (_, i) => fail(`account-${i}`, '203.0.113.9', minutes(2) + i * 1000))
    expect(signInWaitMs(stuffing, { account: 'account-new', address: '203.0.113.9' }, now)).toBeGreaterThan(minutes(10))
    expect(signInWaitMs(stuffing, { account: 'account-new', address: '203.0.113.10' }, now)).toBe(0)
  })

  it('forgets failures older than the window', () => {
    const old = many(40, owner, '198.51.100.7', WINDOW_MS + 1000)
    expect(signInWaitMs(old, { account: owner, address: '198.51.100.7' }, now)).toBe(0)
  })
})

describe('waitInWords', () => {
  it.each([
    [1000, '1 second'],
    [8000, '8 seconds'],
    [60_000, 'about a minute'],
    [4 * 60_000 + 1, 'about 5 minutes'],
  ])('%i ms → %s', (ms, words) => {
    expect(waitInWords(ms)).toBe(words)
  })
})

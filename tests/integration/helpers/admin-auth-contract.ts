import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createAdminAccount } from '@/lib/admin/admin-accounts'
import { type Admin, adminFromRequest } from '@/lib/admin/admin-session'
import { deleteAllSessions, deleteSession, listLiveSessions } from '@/lib/admin/admin-session-repo'
import { listAudit } from '@/lib/admin/audit-repo'
import { ABSOLUTE_SESSION_SECONDS, IDLE_SESSION_MS } from '@/lib/admin/auth'
import type { RequestMeta } from '@/lib/admin/request-meta'
import { signIn, WRONG_CREDENTIALS } from '@/lib/admin/sign-in'
import { beginAttempt } from '@/lib/admin/sign-in-failure-repo'
import { getDb } from '@/lib/platform/db'

// Admin accounts, sign-in, sessions and the audit log, on whichever database the calling file opened. `reopen`
// closes and reopens that database, as a restart of the app would.

let counter = 0
const uniqueEmail = () => `admin-${process.pid}-${++counter}-${Date.now()}@example.com`
const PASSWORD = 'plum orbit saddle 42'
let ipCounter = 0
const meta = (over: Partial<RequestMeta> = {}): RequestMeta => {
  const ip = over.ip ?? `203.0.113.${(++ipCounter % 250) + 1}`
  return { headers: new Headers(), ip, address: ip, secure: false, ...over }
}

/** The Cookie header a browser would send back for this Set-Cookie. */
function cookieFrom(setCookie: string): string {
  return setCookie.split(';')[0] ?? ''
}
const withCookie = (cookie: string, over: Partial<RequestMeta> = {}) =>
  meta({ headers: new Headers({ cookie }), ...over })

async function newAdmin() {
  const email = uniqueEmail()
  const created = await createAdminAccount({ email, name: 'Test Admin', password: PASSWORD })
  if (!created.ok) throw new Error(created.message)
  return { email, userId: created.userId }
}

async function signedIn(over: Partial<RequestMeta> = {}) {
  const account = await newAdmin()
  const outcome = await signIn(account.email, PASSWORD, meta(over))
  if (!outcome.ok) throw new Error(outcome.message)
  return { ...account, setCookie: outcome.setCookie, cookie: cookieFrom(outcome.setCookie) }
}

export function describeAdminAuth(reopen: () => Promise<void>) {
  describe('admin accounts', () => {
    it('stores the password as an Argon2id hash (m=19 MiB, t=2, p=1) and never the password', async () => {
      const { userId } = await newAdmin()
      const account = await getDb().adminAccount.findFirstOrThrow({ where: { userId }, select: { password: true } })
      expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
      expect(account.password).not.toContain(PASSWORD)
    })

    it.each([
      ['short12chr', /at least 12 characters/],
      ['password1234', /common passwords/],
      ['qwertyuiop12', /common passwords/],
      ['aaaaaaaaaaaaaaa', /different characters/],
      ['qwertyuiopas', /keyboard pattern/],
      ['Margot Lindqvist 2026', /from your email address or name/],
    ])('refuses the password %j', async (password, message) => {
      const result = await createAdminAccount({ email: uniqueEmail(), name: 'Margot Lindqvist', password })
      expect(result).toEqual({ ok: false, field: 'password', message: expect.stringMatching(message) })
    })

    it('refuses the account’s own email as its password', async () => {
      const email = uniqueEmail()
      const result = await createAdminAccount({ email, name: 'X', password: email })
      expect(result).toEqual({ ok: false, field: 'password', message: expect.stringMatching(/email address/) })
    })

    it('refuses a second account for the same email, whatever its case', async () => {
      const { email } = await newAdmin()
      const again = await createAdminAccount({ email: email.toUpperCase(), name: 'X', password: PASSWORD })
      expect(again).toMatchObject({ ok: false, field: 'email' })
    })
  })

  describe('sign-in and sessions', () => {
    it('signs in with an HttpOnly, SameSite=Strict cookie that lasts at most 8 hours, stored only as a hash', async () => {
      const { setCookie, cookie, userId } = await signedIn()
      expect(setCookie).toMatch(/^htw-admin=/)
      expect(setCookie).toMatch(/HttpOnly/i)
      expect(setCookie).toMatch(/SameSite=Strict/i)
      expect(setCookie).not.toMatch(/Secure/i)
      expect(setCookie).toMatch(/Max-Age=28800/)
      const token = decodeURIComponent(cookie.split('=')[1] ?? '').split('.')[0] ?? ''
      expect(token.length).toBeGreaterThanOrEqual(32)
      const rows = await getDb().adminSession.findMany({ where: { userId } })
      expect(rows).toHaveLength(1)
      expect(rows[0]?.token).toBe(createHash('sha256').update(token).digest('hex'))
      expect(JSON.stringify(rows)).not.toContain(token)
      const lifetime = (rows[0]?.expiresAt.getTime() ?? 0) - (rows[0]?.createdAt.getTime() ?? 0)
      expect(Math.abs(lifetime - ABSOLUTE_SESSION_SECONDS * 1000)).toBeLessThan(2000)
    })

    it('over HTTPS the cookie is a __Host- cookie: Secure, Path=/, no Domain', async () => {
      const { setCookie, cookie } = await signedIn({ secure: true })
      expect(setCookie).toMatch(/^__Host-htw-admin=/)
      expect(setCookie).toMatch(/; Secure/i)
      expect(setCookie).toMatch(/Path=\//)
      expect(setCookie).not.toMatch(/Domain=/i)
      expect(await adminFromRequest(withCookie(cookie, { secure: true }))).not.toBeNull()
      // The plain-HTTP instance does not read the secure cookie, and the reverse.
      expect(await adminFromRequest(withCookie(cookie, { secure: false }))).toBeNull()
    })

    it('the cookie identifies the admin; no cookie or a forged one identifies nobody', async () => {
      const { cookie, email } = await signedIn()
      const admin = (await adminFromRequest(withCookie(cookie))) as Admin
      expect(admin.email).toBe(email)
      expect(await adminFromRequest(meta())).toBeNull()
      const [name, value] = cookie.split('=')
      const token = decodeURIComponent(value ?? '').split('.')[0]
      expect(await adminFromRequest(withCookie(`${name}=${encodeURIComponent(`${token}.forged`)}`))).toBeNull()
      // The stored hash, even with a valid-looking signature, is not a credential.
      const row = await getDb().adminSession.findFirstOrThrow({ where: { userId: admin.userId } })
      expect(await adminFromRequest(withCookie(`${name}=${row.token}`))).toBeNull()
    })

    it('a wrong password and an unknown email get the same answer', async () => {
      const { email } = await newAdmin()
      expect(await signIn(email, 'not the password at all', meta())).toEqual({ ok: false, message: WRONG_CREDENTIALS })
      expect(await signIn(uniqueEmail(), PASSWORD, meta())).toEqual({ ok: false, message: WRONG_CREDENTIALS })
    })

    it('ends a session after 30 minutes without activity, and moves the idle clock while in use', async () => {
      const { cookie, userId } = await signedIn()
      const ago = (ms: number) => new Date(Date.now() - ms)
      await getDb().adminSession.updateMany({ where: { userId }, data: { lastSeenAt: ago(5 * 60 * 1000) } })
      expect(await adminFromRequest(withCookie(cookie))).not.toBeNull()
      const touched = await getDb().adminSession.findFirstOrThrow({ where: { userId } })
      expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(5000)

      await getDb().adminSession.updateMany({ where: { userId }, data: { lastSeenAt: ago(IDLE_SESSION_MS + 1000) } })
      expect(await adminFromRequest(withCookie(cookie))).toBeNull()
      expect(await getDb().adminSession.count({ where: { userId } })).toBe(0)
      const { events } = await listAudit({ limit: 20 })
      expect(events.some((e) => e.action === 'session-expired' && e.actorEmail !== '')).toBe(true)
    })

    it('ends a session 8 hours after sign-in however active it was', async () => {
      const { cookie, userId } = await signedIn()
      await getDb().adminSession.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } })
      expect(await adminFromRequest(withCookie(cookie))).toBeNull()
    })

    it('a revoked session stops working at once; signing out everywhere ends them all', async () => {
      const first = await signedIn()
      const second = await signIn(first.email, PASSWORD, meta())
      const third = await signIn(first.email, PASSWORD, meta())
      if (!second.ok || !third.ok) throw new Error('sign-in failed')
      const live = await listLiveSessions(first.userId, new Date(Date.now() - IDLE_SESSION_MS))
      expect(live).toHaveLength(3)
      const secondAdmin = (await adminFromRequest(withCookie(cookieFrom(second.setCookie)))) as Admin
      expect(await deleteSession(first.userId, secondAdmin.sessionId)).toBe(true)
      expect(await adminFromRequest(withCookie(cookieFrom(second.setCookie)))).toBeNull()
      expect(await adminFromRequest(withCookie(first.cookie))).not.toBeNull()
      // Another admin cannot revoke it.
      const other = await newAdmin()
      const firstAdmin = (await adminFromRequest(withCookie(first.cookie))) as Admin
      expect(await deleteSession(other.userId, firstAdmin.sessionId)).toBe(false)

      expect(await deleteAllSessions(first.userId)).toBe(2)
      expect(await adminFromRequest(withCookie(first.cookie))).toBeNull()
      expect(await adminFromRequest(withCookie(cookieFrom(third.setCookie)))).toBeNull()
    })
  })

  describe('sign-in throttling', () => {
    it('lets a few typos through, then makes each next attempt wait longer, for known and unknown emails alike', async () => {
      for (const email of [(await newAdmin()).email, uniqueEmail()]) {
        const ip = `198.51.100.${++ipCounter % 250}`
        const outcomes = []
        for (let i = 0; i < 5; i++) outcomes.push(await signIn(email, 'wrong password here', meta({ ip })))
        const messages = outcomes.map((o) => (o.ok ? 'ok' : o.message))
        expect(messages.slice(0, 3)).toEqual([WRONG_CREDENTIALS, WRONG_CREDENTIALS, WRONG_CREDENTIALS])
        expect(messages[3]).toMatch(/^Too many sign-in attempts\. Wait (1 second|\d seconds), then try again\.$/)
        expect(messages[4]).toMatch(/^Too many sign-in attempts/)
      }
    })

    it('throttling holds for the guesser even with the right password; twenty parallel guesses get three checks', async () => {
      const { email } = await newAdmin()
      const ip = '192.0.2.10'
      const results = await Promise.all(
        Array.from({ length: 20 }, () => signIn(email, 'guess guess guess', meta({ ip }))),
      )
      const checked = results.filter((r) => !r.ok && r.message === WRONG_CREDENTIALS)
      expect(checked).toHaveLength(3)
      // The address that guessed waits, whatever it sends now…
      expect(await signIn(email, PASSWORD, meta({ ip }))).toMatchObject({ ok: false, message: /^Too many/ })
      // …while the owner, from an address with no failures, signs in.
      expect(await signIn(email, PASSWORD, meta({ ip: '192.0.2.11' }))).toMatchObject({ ok: true })
    })

    it('a stranger’s failures from any number of addresses never lock the owner out of a clean address', async () => {
      const { email } = await newAdmin()
      // Addresses of this test alone (the throttle table is shared by the whole file).
      const prefix = ++ipCounter
      const at = (n: number) => `2001:db8:${prefix}::${n}`
      const owner = at(0)
      // Twelve addresses fail once each (a distributed guesser): the account is now under attack.
      for (let i = 0; i < 12; i++) {
        expect(await signIn(email, `guess number ${i} here`, meta({ ip: at(i + 1) }))).toMatchObject({
          ok: false,
          message: WRONG_CREDENTIALS,
        })
      }
      // Each of those addresses has had its one guess: the next is refused without a password check.
      expect(await signIn(email, 'guess number 99 here', meta({ ip: at(1) }))).toMatchObject({
        ok: false,
        message: /^Too many/,
      })
      // So is an address that failed on another account lately.
      await signIn(uniqueEmail(), 'some other guess', meta({ ip: at(50) }))
      expect(await signIn(email, PASSWORD, meta({ ip: at(50) }))).toMatchObject({
        ok: false,
        message: /^Too many/,
      })
      // The owner, from a clean address, gets in with the right password.
      expect(await signIn(email, PASSWORD, meta({ ip: owner }))).toMatchObject({ ok: true })
      // A fresh address of the guesser's gets one guess, then waits.
      expect(await signIn(email, 'guess number 13 here', meta({ ip: at(60) }))).toMatchObject({
        message: WRONG_CREDENTIALS,
      })
      expect(await signIn(email, 'guess number 14 here', meta({ ip: at(60) }))).toMatchObject({
        message: /^Too many/,
      })
    })

    it('locks an account for one address after 10 failures in 15 minutes, survives a restart, frees it as they age out', async () => {
      const account = `acct-${uniqueEmail()}`
      const keys = { account, address: `ip-${account}` }
      const start = Date.now() - 14 * 60 * 1000
      // Ten failures, each after the growing delay has passed (1, 2, 4 … 64 s after the previous one).
      let t = start
      for (let i = 0; i < 10; i++) {
        const gate = await beginAttempt(keys, new Date(t))
        expect(gate.allowed).toBe(true)
        t += 1000 * 2 ** Math.max(0, i - 2) + 10
      }
      await reopen()
      const locked = await beginAttempt(keys, new Date(t + 5 * 60 * 1000))
      expect(locked.allowed).toBe(false)
      if (!locked.allowed) expect(locked.waitMs).toBeGreaterThan(60 * 1000)
      // Once the first failure is 15 minutes old, nine count, and the delay after the last one has long passed.
      const justBefore = await beginAttempt(keys, new Date(start + 15 * 60 * 1000 - 1000))
      expect(justBefore.allowed).toBe(false)
      const after = await beginAttempt(keys, new Date(start + 15 * 60 * 1000 + 1000))
      expect(after.allowed).toBe(true)
    })

    it('slows one address guessing many accounts: 30 failures in 15 minutes lock it for every account', async () => {
      const address = `ip-${uniqueEmail()}`
      const now = Date.now()
      const failures = (n: number) =>
        Array.from({ length: n }, (_, i) => ({
          accountKey: `acct-${i}-${address}`,
          ip: address,
          createdAt: new Date(now - 10 * 60 * 1000 + i),
        }))
      await getDb().adminSignInFailure.createMany({ data: failures(29) })
      // 29 failures, the last ten minutes ago: the growing delay (at most five minutes) has passed.
      expect((await beginAttempt({ account: `acct-a-${address}`, address }, new Date(now))).allowed).toBe(true)
      // That attempt (counted as failed until it succeeds) made 30: now every account is closed to this address.
      const locked = await beginAttempt({ account: `acct-b-${address}`, address }, new Date(now + 1000))
      expect(locked.allowed).toBe(false)
      if (!locked.allowed) expect(locked.waitMs).toBeGreaterThan(4 * 60 * 1000)
    })
  })

  describe('audit log', () => {
    it('records sign-ins and failed sign-ins with who, when and from where', async () => {
      const { email } = await signedIn({ ip: '192.0.2.77' })
      // The throttle counts an IPv6 client by its /64; the log keeps the address itself, readable.
      await signIn(email, 'wrong wrong wrong', meta({ ip: '2001:db8:0:0::/64', address: '2001:db8::78' }))
      const { events } = await listAudit({ limit: 50 })
      const mine = events.filter((e) => e.subject === email)
      expect(mine.map((e) => e.action)).toEqual(['sign-in-failed', 'sign-in'])
      expect(mine[1]).toMatchObject({ actorEmail: email, ip: '192.0.2.77', createdAt: expect.any(Date) })
      expect(mine[0]).toMatchObject({ actorEmail: '', ip: '2001:db8::78', detail: { reason: 'wrong-credentials' } })
    })

    it('is append-only: the database refuses to change or delete a row', async () => {
      await signedIn()
      await expect(getDb().$executeRaw`UPDATE admin_audit_events SET subject = 'x'`).rejects.toThrow(/append-only/)
      await expect(getDb().$executeRaw`DELETE FROM admin_audit_events`).rejects.toThrow(/append-only/)
    })
  })
}

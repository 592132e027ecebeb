import { describe, expect, it, vi } from 'vitest'
import { getDb } from '@/lib/platform/db'
import { clearFlash, FLASH_MINUTES, readFlash, setFlash, TextFormFlashSchema } from '@/lib/platform/flash/flash'
import { deleteExpiredFlashes } from '@/lib/server/retention/retention-repo'

// The one flash of a failed form (lib/platform/flash/flash.ts), on whichever backend the calling file opened, through the
// real cookie API: next/headers is replaced by one browser's cookie jar, which each test can swap for another's.

type Jar = Map<string, string>
let jar: Jar = new Map()
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: ({ name }: { name: string }) => void jar.delete(name),
  }),
  // One client address for the whole file (the server guard stamps the peer on every real request).
  headers: async () => new Headers({ 'x-howtowhy-peer': '203.0.113.9' }),
}))

const browser = (): Jar => new Map()
const flash = (text: string) => ({
  values: { text, name: 'Acme' },
  errors: [{ fieldId: 'listing-text', message: 'too long' }],
})
const rows = () => getDb().formFlash.count()

export function describeFormFlashes() {
  describe('what a failed form kept', () => {
    it('gives a long text back whole, on every load, to the browser that posted it', async () => {
      jar = browser()
      const long = 'Requirements\n- Talk to customers every week\n'.repeat(1500) // ~66 KB: far past a cookie
      await setFlash('listing@a', flash(long))
      const posted = jar
      jar = browser() // someone else, without the cookie
      expect(await readFlash('listing@a')).toBeNull()
      jar = posted
      expect(await readFlash('listing@b')).toBeNull() // another form (or another plan's) finds nothing
      expect(await readFlash('listing@a', TextFormFlashSchema)).toEqual(flash(long))
      expect(await readFlash('listing@a', TextFormFlashSchema)).toEqual(flash(long)) // a reload shows it again
    })

    it('keeps nothing readable in the database: the row is found by a hash and its payload is sealed', async () => {
      jar = browser()
      await setFlash('story@a', flash('My secret story'))
      const [token] = [...jar.values()]
      const stored = await getDb().formFlash.findMany({ select: { idHash: true, payload: true } })
      for (const row of stored) {
        expect(row.idHash).not.toBe(token)
        expect(Buffer.from(row.payload).toString('utf8')).not.toContain('secret')
      }
    })

    it('replaces the flash on the next failure and forgets it on success', async () => {
      jar = browser()
      const before = await rows()
      await setFlash('progress', flash('first'))
      await setFlash('progress', flash('second'))
      expect(await rows()).toBe(before + 1) // one row per browser
      expect((await readFlash('progress'))?.values.text).toBe('second')
      await setFlash('progress', flash('third'))
      await clearFlash()
      expect(jar.size).toBe(0)
      expect(await rows()).toBe(before)
    })

    it('ignores a cookie it did not make, and a flash past its time', async () => {
      jar = browser()
      jar.set('htw_flash', 'eyJmb3JtSWQiOiJyYXRlIn0') // an old cookie-era flash, or junk
      expect(await readFlash('rate')).toBeNull()
      jar.set('htw_flash', 'A'.repeat(43)) // well-formed, but no such row
      expect(await readFlash('rate')).toBeNull()

      await setFlash('rate', flash('late'))
      await getDb().$executeRaw`UPDATE form_flashes SET expires_at = now() - interval '1 second'`
      expect(await readFlash('rate')).toBeNull()
      await setFlash('rate', flash('swept'))
      const later = new Date(Date.now() + (FLASH_MINUTES + 1) * 60_000)
      expect(await deleteExpiredFlashes(later, 500)).toBeGreaterThanOrEqual(1)
      expect(await rows()).toBe(0)
    })

    it('shows the same flash to reads at once (a page’s title and body, a double reload)', async () => {
      jar = browser()
      await setFlash('check', flash('again'))
      const reads = await Promise.all([readFlash('check'), readFlash('check'), readFlash('check')])
      expect(reads.map((r) => r?.values.text)).toEqual(['again', 'again', 'again'])
    })

    it('counts flashes from browsers without the cookie per address, so such a client cannot fill the table', async () => {
      const before = await rows()
      let refused = 0
      for (let i = 0; i < 130; i++) {
        jar = browser() // a client that never sends cookies back: every failure would be a new row
        await setFlash('check', flash(`post ${i}`))
        if (jar.size === 0) refused++
      }
      // The default limit is 120 per 10 minutes per address; earlier tests in this file spent a few.
      expect(refused).toBeGreaterThanOrEqual(10)
      expect(await rows()).toBe(before + 130 - refused)
      // A browser that keeps its cookie is never refused: it replaces its own row.
      jar = browser()
      jar.set('htw_flash', 'A'.repeat(43))
      await setFlash('check', flash('kept'))
      expect((await readFlash('check'))?.values.text).toBe('kept')
    })
  })
}

import { randomBytes } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, describe, expect, it } from 'vitest'
import { byteaCodec } from './pglite-durable'

// The fast bytea codec must read and write exactly what PGlite's own does: a stored plan's payload is bytea.
describe('bytea through PGlite with the native hex codec', () => {
  const fast = new PGlite(byteaCodec)
  const stock = new PGlite()
  afterAll(async () => {
    await fast.close()
    await stock.close()
  })

  it('round-trips every byte value, empty and large values, as plain Uint8Arrays equal to PGlite’s own', async () => {
    const values = [
      new Uint8Array(0),
      Uint8Array.from({ length: 256 }, (_, i) => i),
      new Uint8Array(randomBytes(40_000)),
      // A view into a larger buffer: only its own bytes may be written.
      new Uint8Array(randomBytes(64).buffer, 8, 16),
    ]
    for (const db of [fast, stock]) await db.exec('CREATE TABLE t (n int, b bytea)')
    for (const [n, value] of values.entries()) {
      await fast.query('INSERT INTO t VALUES ($1, $2)', [n, value])
      await stock.query('INSERT INTO t VALUES ($1, $2)', [n, value])
    }
    const read = async (db: PGlite) => (await db.query<{ b: Uint8Array }>('SELECT b FROM t ORDER BY n')).rows
    const [fastRows, stockRows] = [await read(fast), await read(stock)]
    expect(fastRows.map((r) => [...r.b])).toEqual(values.map((v) => [...v]))
    expect(fastRows.map((r) => [...r.b])).toEqual(stockRows.map((r) => [...r.b]))
    for (const row of fastRows) expect(Object.getPrototypeOf(row.b)).toBe(Uint8Array.prototype)
    // What reached PostgreSQL is the same bytes either way.
    const md5 = async (db: PGlite) =>
      (await db.query<{ m: string }>("SELECT string_agg(md5(b), ',' ORDER BY n) m FROM t")).rows[0]?.m
    expect(await md5(fast)).toBe(await md5(stock))
    // Two fresh embedded databases: ~25 s on a busy 2-core machine.
  }, 180_000)

  it('refuses a value that is not bytes, as PGlite does', async () => {
    await expect(fast.query('SELECT $1::bytea', ['not bytes'])).rejects.toThrow(/bytea/)
  })
})

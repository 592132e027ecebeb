import { describe, expect, it } from 'vitest'
import { parentsFirst, UnsupportedSchemaError } from './catalog'
import { BackupFileError, endLine, headerLine, parseLine, quoteIdent, rowLine } from './dump-format'

const header = {
  format: 'howtowhy-backup' as const,
  version: 1 as const,
  createdAt: '2026-12-01T10:00:00.000Z',
  source: 'pglite' as const,
  migrations: ['20261122014528_init'],
  tables: [{ name: 'plans', columns: [{ name: 'id', type: 'uuid' }] }],
  sequences: [{ name: 'content_releases_id_seq', lastValue: '9007199254740993', isCalled: true }],
}

describe('backup lines', () => {
  it('round-trip the header, rows (untouched text) and the trailer', () => {
    expect(parseLine(headerLine(header).trimEnd(), 1)).toEqual({ kind: 'header', header })
    // A bigint beyond 2^53 survives because rows are never parsed here.
    const row = '{"id":"x","big":9007199254740993}'
    expect(parseLine(rowLine('plans', row).trimEnd(), 2)).toEqual({ kind: 'row', table: 'plans', json: row })
    expect(parseLine(endLine({ plans: 3 }).trimEnd(), 3)).toEqual({ kind: 'end', rows: { plans: 3 } })
  })

  it.each([
    ['no tab', 'plans{"id":1}', /line 7 of the backup is not a backup record/],
    ['bad header', '#header\t{"format":"other"}', /line 7 of the backup has an invalid header \(format/],
    ['broken JSON', '#end\t{"rows":', /line 7 of the backup is not valid JSON/],
    ['odd table name', 'plans; DROP\t{}', /line 7 of the backup names no table/],
    ['not a row', 'plans\t[1,2]', /line 7 of the backup holds no row/],
  ])('rejects %s', (_name, line, message) => {
    expect(() => parseLine(line, 7)).toThrow(BackupFileError)
    expect(() => parseLine(line, 7)).toThrow(message)
  })

  it('quotes identifiers for SQL', () => {
    expect(quoteIdent('User')).toBe('"User"')
    expect(quoteIdent('a"b')).toBe('"a""b"')
  })
})

describe('parentsFirst', () => {
  it('puts every table after the tables it references', () => {
    const order = parentsFirst(
      ['audit_log', 'users', 'sessions', 'plans', 'progress'],
      [
        { child: 'sessions', parent: 'users' },
        { child: 'audit_log', parent: 'users' },
        { child: 'progress', parent: 'plans' },
      ],
    )
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('sessions'))
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('audit_log'))
    expect(order.indexOf('plans')).toBeLessThan(order.indexOf('progress'))
    expect([...order].sort()).toEqual(['audit_log', 'plans', 'progress', 'sessions', 'users'])
  })

  it('refuses a cycle, naming it', () => {
    expect(() =>
      parentsFirst(
        ['a', 'b'],
        [
          { child: 'a', parent: 'b' },
          { child: 'b', parent: 'a' },
        ],
      ),
    ).toThrow(
      new UnsupportedSchemaError(
        'Tables reference each other in a cycle (a → b → a); backups cannot order their rows.',
      ),
    )
  })
})

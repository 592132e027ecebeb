import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailable } from './unavailable'

// The shapes below are the ones node-postgres, @prisma/adapter-pg and Prisma produced against a real PostgreSQL
// that was stopped, restarted, frozen (SIGSTOP) and made to time out.
const prismaWith = (cause: Record<string, unknown>, code = 'P2010') =>
  Object.assign(new Error('Raw query failed.'), {
    code,
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
  })

describe('isDatabaseUnavailable', () => {
  it.each([
    ['server down', prismaWith({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }, 'P1001')],
    ['connection closed', prismaWith({ kind: 'ConnectionClosed' })],
    ['shutting down', prismaWith({ kind: 'postgres', code: '57P01', originalCode: '57P01' })],
    ['starting up', prismaWith({ kind: 'postgres', code: '57P03' })],
    ['statement timeout', prismaWith({ kind: 'postgres', code: '57014' })],
    ['too many connections', prismaWith({ kind: 'TooManyConnections' })],
    ['pool checkout timeout', new Error('timeout exceeded when trying to connect')],
    ['frozen server', new Error('Query read timeout')],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    ['dropped mid-query', new Error('Connection terminated unexpectedly')],
    ['wrapped', new Error('render failed', { cause: new Error('Query read timeout') })],
    ['pg error', Object.assign(new Error('the database system is shutting down'), { code: '57P03' })],
  ])('%s → unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['unique violation', prismaWith({ kind: 'UniqueConstraintViolation' }, 'P2002')],
    ['syntax error', prismaWith({ kind: 'postgres', code: '42601' })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'Query read timeout'],
    ['null', null],
  ])('%s → not an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})

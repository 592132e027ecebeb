import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it, vi } from 'vitest'
import { log, logOptions, logSecurityEvent, logServerError, redactPath } from './log'

const token = 'tGmHI1FHfyGSl7gnJqfQxMZwhDRCWKtHgVTPuBrtQ-8'

/** What the app's logger writes for these calls, one parsed JSON object per line. */
function linesOf(write: (logger: pino.Logger) => void): Record<string, unknown>[] {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk))
      done()
    },
  })
  write(pino({ ...logOptions, level: 'info' }, stream))
  return chunks
    .join('')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
}

/** Runs `call` with the app's logger captured, and returns the lines it would have written. */
async function captured(call: () => Promise<void> | void): Promise<Record<string, unknown>[]> {
  const calls: [string, unknown][] = []
  const levels = ['info', 'warn', 'error'] as const
  const spies = levels.map((level) =>
    vi.spyOn(log, level).mockImplementation((obj: unknown) => void calls.push([level, obj])),
  )
  await call()
  for (const spy of spies) spy.mockRestore()
  return linesOf((logger) => {
    for (const [level, obj] of calls) logger[level as (typeof levels)[number]](obj as object)
  })
}

describe('redactPath', () => {
  it.each([
    [`/plan/${token}`, '/plan/:token'],
    [`/plan/${token}/delete`, '/plan/:token/delete'],
    [`/share/${token}?new=1`, '/share/:token'],
    [`/api/plans/${token}`, '/api/plans/:token'],
    [`/rate/${token}`, '/rate/:token'],
    [`/plan/${token}/progress`, '/plan/:token/progress'],
    ['/share/not-a-token', '/share/:token'],
    ['/plan/deleted', '/plan/deleted'],
    ['/assessment/background?returnTo=check', '/assessment/background'],
    ['/', '/'],
  ])('%s → %s', (path, expected) => {
    expect(redactPath(path)).toBe(expected)
  })
})

describe('log lines', () => {
  it('are JSON with a level name, an ISO time and the app name', () => {
    const [line] = linesOf((logger) => logger.info({ event: 'x' }))
    expect(line).toMatchObject({ level: 'info', app: 'howtowhy', event: 'x' })
    expect(new Date(String(line?.time)).toISOString()).toBe(line?.time)
  })

  it('never carry tokens, answers or cookies, even when a caller passes them', () => {
    const [line] = linesOf((logger) =>
      logger.info({ event: 'x', token, ownerToken: token, answers: { a: 1 }, nested: { shareToken: token } }),
    )
    expect(JSON.stringify(line)).not.toContain(token)
    expect(line).toMatchObject({ token: '[redacted]', answers: '[redacted]', nested: { shareToken: '[redacted]' } })
  })

  it('name security events by kind, with the fields given and the request id', async () => {
    const [line] = await captured(() => logSecurityEvent('share_revoked', { plan: 'abc123', requestId: 'req-1' }))
    expect(line).toMatchObject({ level: 'info', event: 'share_revoked', plan: 'abc123', requestId: 'req-1' })
  })

  it('log refusals at warn', async () => {
    const [line] = await captured(() =>
      logSecurityEvent('rate_limited', { requestId: 'req-3', scope: 'submit' }, 'warn'),
    )
    expect(line).toMatchObject({ level: 'warn', event: 'rate_limited', scope: 'submit' })
  })

  it('log a 5xx as one line with the error kind and a message stripped of anything token-shaped', async () => {
    const error = Object.assign(new Error(`\nno plan for ${token}\n    at stack frame`), {
      digest: '123',
      code: 'P1001',
    })
    const [line] = await captured(() =>
      logServerError(error, { requestId: 'req-2', path: redactPath(`/plan/${token}`) }),
    )
    expect(line).toMatchObject({
      level: 'error',
      event: 'server_error',
      requestId: 'req-2',
      path: '/plan/:token',
      error: { name: 'Error', message: 'no plan for [token]', code: 'P1001', digest: '123' },
    })
    expect(JSON.stringify(line)).not.toContain(token)
  })
})

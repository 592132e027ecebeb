import { describe, expect, it } from 'vitest'
import { ConfigError, parseEnv } from '@/lib/platform/env'
import { runToEnd, runTs } from './helpers/child'

const cwd = '/srv/app'

describe('configuration', () => {
  it('runs with no configuration at all: embedded database under ./data, port 3000', () => {
    expect(parseEnv({}, cwd)).toEqual({
      databaseUrl: undefined,
      dataDir: '/srv/app/data/pglite',
      port: 3000,
      host: undefined,
      publicUrl: undefined,
      trustProxy: 0,
      rateLimits: {
        plans: { points: 30, windowSeconds: 600 },
        drafts: { points: 60, windowSeconds: 600 },
        saves: { points: 600, windowSeconds: 600 },
        flashes: { points: 120, windowSeconds: 600 },
      },
      ipv6PrefixBits: 56,
      retention: { draftDays: 30, unopenedPlanHours: 24 },
      maxStoredPlans: 200_000,
      http: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        idleTimeoutMs: 30_000,
        keepAliveTimeoutMs: 65_000,
        maxConnectionsPerAddress: 50,
      },
      database: { connectTimeoutMs: 5000, statementTimeoutMs: 10_000, poolSize: 10, pgliteFsync: true },
      authSecret: undefined,
      allowedHosts: [],
      responseCacheMb: 32,
      logLevel: 'info',
    })
  })

  it.each([
    [{ TRUST_PROXY: 'false' }, { trustProxy: 0 }],
    [{ TRUST_PROXY: 'true' }, { trustProxy: 1 }],
    [{ TRUST_PROXY: '2' }, { trustProxy: 2 }],
    [
      { RATE_LIMIT_PLANS: '5/30s' },
      { rateLimits: expect.objectContaining({ plans: { points: 5, windowSeconds: 30 } }) },
    ],
    [
      { RATE_LIMIT_DRAFTS: ' 100 / 1h ' },
      { rateLimits: expect.objectContaining({ drafts: { points: 100, windowSeconds: 3600 } }) },
    ],
    [{ RATE_LIMIT_SAVES: 'off' }, { rateLimits: expect.objectContaining({ saves: null }) }],
    [{ DRAFT_RETENTION_DAYS: '7' }, { retention: { draftDays: 7, unopenedPlanHours: 24 } }],
    [{ UNOPENED_PLAN_RETENTION_HOURS: '72' }, { retention: { draftDays: 30, unopenedPlanHours: 72 } }],
    [{ PGLITE_FSYNC: 'OFF' }, { database: expect.objectContaining({ pgliteFsync: false }) }],
    [{ DB_STATEMENT_TIMEOUT_MS: '2500' }, { database: expect.objectContaining({ statementTimeoutMs: 2500 }) }],
    [{ IPV6_PREFIX: '48' }, { ipv6PrefixBits: 48 }],
    [{ MAX_STORED_PLANS: '5000' }, { maxStoredPlans: 5000 }],
    [
      { HTTP_HEADERS_TIMEOUT_S: '5', HTTP_REQUEST_TIMEOUT_S: '60', MAX_CONNECTIONS_PER_ADDRESS: '0' },
      {
        http: expect.objectContaining({
          headersTimeoutMs: 5000,
          requestTimeoutMs: 60_000,
          maxConnectionsPerAddress: 0,
        }),
      },
    ],
  ])('accepts the operational setting %o', (source, expected) => {
    expect(parseEnv(source, cwd)).toMatchObject(expected)
  })

  it.each([
    [
      { HTTP_HEADERS_TIMEOUT_S: '40' },
      'Invalid configuration: HTTP_HEADERS_TIMEOUT_S must not be longer than HTTP_REQUEST_TIMEOUT_S (the headers are part of the request).',
    ],
    [{ IPV6_PREFIX: '16' }, 'Invalid configuration: IPV6_PREFIX must be a whole number from 32 to 64 (got "16").'],
    [
      { MAX_STORED_PLANS: '0' },
      'Invalid configuration: MAX_STORED_PLANS must be a whole number from 1 to 100000000 (got "0").',
    ],
    [
      { TRUST_PROXY: 'yes' },
      'Invalid configuration: TRUST_PROXY must be false, true or how many proxies are in front of the app, 0 to 10 (got "yes").',
    ],
    [
      { TRUST_PROXY: '11' },
      'Invalid configuration: TRUST_PROXY must be false, true or how many proxies are in front of the app, 0 to 10 (got "11").',
    ],
    [
      { RATE_LIMIT_PLANS: '30 per minute' },
      'Invalid configuration: RATE_LIMIT_PLANS must be <requests>/<window> such as 30/10m (window in s, m or h, at most 7 days), or off (got "30 per minute").',
    ],
    [
      { RATE_LIMIT_SAVES: '0/1m' },
      'Invalid configuration: RATE_LIMIT_SAVES must be <requests>/<window> such as 30/10m (window in s, m or h, at most 7 days), or off (got "0/1m").',
    ],
    [
      { RATE_LIMIT_DRAFTS: '10/200h' },
      'Invalid configuration: RATE_LIMIT_DRAFTS must be <requests>/<window> such as 30/10m (window in s, m or h, at most 7 days), or off (got "10/200h").',
    ],
    [
      { DRAFT_RETENTION_DAYS: '0' },
      'Invalid configuration: DRAFT_RETENTION_DAYS must be a whole number from 1 to 3650 (got "0").',
    ],
    [{ DB_POOL_SIZE: 'ten' }, 'Invalid configuration: DB_POOL_SIZE must be a whole number from 1 to 1000 (got "ten").'],
    [{ PGLITE_FSYNC: 'maybe' }, 'Invalid configuration: PGLITE_FSYNC must be on or off (got "maybe").'],
  ])('rejects %o with one line naming the variable', (source, message) => {
    expect(() => parseEnv(source, cwd)).toThrow(new ConfigError(message))
  })

  it('treats empty values as unset', () => {
    expect(
      parseEnv(
        {
          DATABASE_URL: '',
          PORT: ' ',
          DATA_DIR: '',
          HOST: '',
          PUBLIC_URL: '',
          ALLOWED_HOSTS: '',
          RESPONSE_CACHE_MB: '',
          LOG_LEVEL: '',
        },
        cwd,
      ),
    ).toEqual(parseEnv({}, cwd))
  })

  it.each([
    [{ DATABASE_URL: 'postgres://app:pw@db:5432/howtowhy' }, { databaseUrl: 'postgres://app:pw@db:5432/howtowhy' }],
    [{ DATABASE_URL: 'postgresql://localhost/howtowhy' }, { databaseUrl: 'postgresql://localhost/howtowhy' }],
    [{ DATA_DIR: 'var/db' }, { dataDir: '/srv/app/var/db' }],
    [{ DATA_DIR: '/data/howtowhy' }, { dataDir: '/data/howtowhy' }],
    [{ PORT: '1' }, { port: 1 }],
    [{ PORT: '65535' }, { port: 65535 }],
    [{ HOST: '127.0.0.1' }, { host: '127.0.0.1' }],
    [{ HOST: '::1' }, { host: '::1' }],
    [{ PUBLIC_URL: 'https://howtowhy.example.com/' }, { publicUrl: 'https://howtowhy.example.com' }],
    [{ AUTH_SECRET: 'k'.repeat(32) }, { authSecret: 'k'.repeat(32) }],
    [
      { ALLOWED_HOSTS: 'HowToWhy.lan, 10.0.0.5:3000,[::1]:80' },
      { allowedHosts: ['howtowhy.lan', '10.0.0.5:3000', '[::1]:80'] },
    ],
    [{ RESPONSE_CACHE_MB: '64' }, { responseCacheMb: 64 }],
    [{ LOG_LEVEL: 'warn' }, { logLevel: 'warn' }],
  ])('accepts %o', (source, expected) => {
    expect(parseEnv(source, cwd)).toMatchObject(expected)
  })

  it.each([
    [{ PORT: '0' }, 'Invalid configuration: PORT must be a whole number from 1 to 65535 (got "0").'],
    [{ PORT: '65536' }, 'Invalid configuration: PORT must be a whole number from 1 to 65535 (got "65536").'],
    [{ PORT: '80.5' }, 'Invalid configuration: PORT must be a whole number from 1 to 65535 (got "80.5").'],
    [{ PORT: 'http' }, 'Invalid configuration: PORT must be a whole number from 1 to 65535 (got "http").'],
    [{ HOST: 'my host' }, 'Invalid configuration: HOST must be a host name or IP address (got "my host").'],
    [
      { PUBLIC_URL: 'howtowhy.example.com' },
      `Invalid configuration: PUBLIC_URL must be the site's public origin, such as https://howtowhy.example.com (got "howtowhy.example.com").`,
    ],
    [
      { AUTH_SECRET: 'too-short' },
      'Invalid configuration: AUTH_SECRET must be at least 32 characters (e.g. the output of `openssl rand -base64 32`), or unset.',
    ],
    [
      { ALLOWED_HOSTS: 'https://howtowhy.lan' },
      'Invalid configuration: ALLOWED_HOSTS must be a comma-separated list of host names, optionally with a port, such as howtowhy.lan,10.0.0.5:3000 (got "https://howtowhy.lan").',
    ],
    [
      { RESPONSE_CACHE_MB: '0' },
      'Invalid configuration: RESPONSE_CACHE_MB must be a whole number of megabytes from 1 to 4096 (got "0").',
    ],
    [
      { RESPONSE_CACHE_MB: '32MB' },
      'Invalid configuration: RESPONSE_CACHE_MB must be a whole number of megabytes from 1 to 4096 (got "32MB").',
    ],
  ])('rejects %o with one line naming the variable', (source, message) => {
    expect(() => parseEnv(source, cwd)).toThrow(new ConfigError(message))
  })

  it.each([
    'mysql://app:secret@db/howtowhy',
    'file:./dev.db',
    'postgres://',
    'not a url',
    'app:secret@db:5432/howtowhy',
  ])('rejects DATABASE_URL=%s without echoing it (it may hold a password)', (url) => {
    const error = (() => {
      try {
        parseEnv({ DATABASE_URL: url }, cwd)
      } catch (caught) {
        return caught as Error
      }
    })()
    expect(error?.message).toBe(
      'Invalid configuration: DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@localhost:5432/howtowhy, or unset to use the embedded database.',
    )
    expect(error?.message).not.toContain('secret')
  })

  it.each([
    [{ PORT: '99999' }, /^Invalid configuration: PORT must be a whole number from 1 to 65535 \(got "99999"\)\.$/],
    [{ DATABASE_URL: 'mysql://x/y' }, /^Invalid configuration: DATABASE_URL must be a PostgreSQL URL/],
  ])('`npm start` with %o stops with that one line and no stack trace', async (env, line) => {
    const { code, stdout, stderr } = await runToEnd(runTs('scripts/start.ts', [], env))
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr.trim()).toMatch(line)
    expect(stdout).toBe('')
  })
})

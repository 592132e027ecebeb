import { describe, expect, it } from 'vitest'
import { ConfigError, parseEnv } from '@/lib/env'
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
      allowedHosts: [],
      responseCacheMb: 32,
      logLevel: 'info',
    })
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

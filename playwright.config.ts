import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { e2eAdmin } from './tests/e2e/admin-account'
import { chromiumArgs, findChromium } from './tests/setup/chromium'

const port = Number(process.env.E2E_PORT ?? 3107)
// A second server with tiny rate limits, for the tests that meet them (tests/e2e/rate-limits.spec.ts). Below the
// main port, so the ports above it stay free for other servers.
const limitsPort = Number(process.env.E2E_LIMITS_PORT ?? port - 1)
process.env.E2E_LIMITS_URL = `http://127.0.0.1:${limitsPort}`
// A second server for what the first cannot show: the site as deployed behind HTTPS (PUBLIC_URL), with its
// database unreachable (a port nothing listens on), so its pages show the error page.
const brokenPort = port + 1
const closedPort = port + 2
const executablePath = findChromium()
// A throwaway embedded database for each run: the suite never touches ./data.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'howtowhy-e2e-'))
process.env.E2E_DATA_DIR = dataDir
const limitsDataDir = process.env.E2E_LIMITS_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'howtowhy-e2e-limits-'))
process.env.E2E_LIMITS_DATA_DIR = limitsDataDir
// Everything the servers print goes to files here, read at the end by tests/e2e/log-audit.spec.ts: no token the
// suite created may appear in any of them.
const logDir = process.env.E2E_LOG_DIR ?? mkdtempSync(join(tmpdir(), 'howtowhy-e2e-logs-'))
process.env.E2E_LOG_DIR = logDir
const logTo = (name: string) => `>>"${logDir}/${name}.out" 2>>"${logDir}/${name}.err"`

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // A page after a form post renders on the server first; on a busy two-core machine (CI runs beside other work)
  // that passed 5 s, the default. Waits end as soon as the condition holds, so a longer limit costs nothing.
  expect: { timeout: 15_000 },
  timeout: 90_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: [/admin-publish\.spec\.ts/, /log-audit\.spec\.ts/],
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } },
    },
    {
      name: 'phone',
      // Publishing runs in its own project; response headers, links and fuzzed requests do not depend on the
      // viewport: the desktop project covers them.
      testIgnore: [
        /admin-publish\.spec\.ts/,
        /log-audit\.spec\.ts/,
        /headers\.spec\.ts$/,
        /fuzz\.spec\.ts$/,
        /malformed-actions\.spec\.ts$/,
        /links\.spec\.ts$/,
      ],
      use: {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
    // Publishing changes what every assessment scores, so it runs alone, after every other test has finished.
    {
      name: 'admin-publish',
      testMatch: /admin-publish\.spec\.ts/,
      dependencies: ['desktop', 'phone'],
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } },
    },
    // Last of all: what the servers printed during the whole run.
    { name: 'log-audit', testMatch: /log-audit\.spec\.ts/, dependencies: ['admin-publish'] },
  ],
  webServer: [
    {
      // Production build + start, exactly as a user runs it; scripts/test.mjs builds before Playwright starts.
      // The admin the admin tests sign in as is made on the command line before the server starts, as a real one is.
      command: `printf '%s\\n' "$E2E_ADMIN_PASSWORD" | node_modules/.bin/tsx scripts/admin-create.ts --email ${e2eAdmin.email} --name "E2E Admin" && node_modules/.bin/tsx scripts/start.ts --no-build ${logTo('main')}`,
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        E2E_ADMIN_PASSWORD: e2eAdmin.password,
        // The whole suite is one client making hundreds of requests; a person makes a few dozen.
        RATE_LIMIT_PLANS: '10000/10m',
        RATE_LIMIT_DRAFTS: '10000/10m',
        RATE_LIMIT_SAVES: '10000/10m',
        RATE_LIMIT_FLASHES: '10000/10m',
      },
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node_modules/.bin/tsx scripts/start.ts --no-build ${logTo('limits')}`,
      url: `http://127.0.0.1:${limitsPort}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: {
        PORT: String(limitsPort),
        HOST: '127.0.0.1',
        DATA_DIR: limitsDataDir,
        DATABASE_URL: '',
        // Each test poses as its own client through X-Forwarded-For, as if behind one proxy.
        TRUST_PROXY: '1',
        RATE_LIMIT_PLANS: '1/10m',
        RATE_LIMIT_DRAFTS: '2/10m',
        RATE_LIMIT_SAVES: '10/10m',
      },
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // `next start` itself: scripts/start.ts would (rightly) refuse to start without its database.
      command: `node_modules/.bin/next start --port ${brokenPort} --hostname 127.0.0.1 ${logTo('broken')}`,
      url: `http://127.0.0.1:${brokenPort}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: {
        PORT: String(brokenPort),
        HOST: '127.0.0.1',
        DATABASE_URL: `postgres://howtowhy:unused@127.0.0.1:${closedPort}/howtowhy`,
        PUBLIC_URL: 'https://howtowhy.test',
      },
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, findChromium } from './tests/setup/chromium'

const port = Number(process.env.E2E_PORT ?? 3107)
// A second server for what the first cannot show: the site as deployed behind HTTPS (PUBLIC_URL), with its
// database unreachable (a port nothing listens on), so its pages show the error page.
const brokenPort = port + 1
const closedPort = port + 2
const executablePath = findChromium()
// A throwaway embedded database for each run: the suite never touches ./data.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'howtowhy-e2e-'))
process.env.E2E_DATA_DIR = dataDir

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } } },
    {
      name: 'phone',
      // Response headers, links and fuzzed requests do not depend on the viewport: the desktop project covers them.
      testIgnore: [/headers\.spec\.ts$/, /fuzz\.spec\.ts$/, /links\.spec\.ts$/],
      use: {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      // Production build + start, exactly as a user runs it; scripts/test.mjs builds before Playwright starts.
      command: `node_modules/.bin/tsx scripts/start.ts --no-build`,
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // `next start` itself: scripts/start.ts would (rightly) refuse to start without its database.
      command: `node_modules/.bin/next start --port ${brokenPort} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${brokenPort}/`,
      timeout: 120_000,
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

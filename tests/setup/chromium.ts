import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

// Prefer Playwright's own Chromium (a normal developer machine); fall back to Debian's package (these machines,
// where Playwright's browser download cannot reach its host).
export function findChromium(): string | undefined {
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return undefined
  } catch {
    // Playwright's browser is not installed; look for a system one below.
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim()
      if (path) return path
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(
    'No Chromium found: run `apt-get install -y chromium` (Debian) or `npx playwright install chromium`, then try again.',
  )
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

// Screenshots of pages at phone and desktop sizes, for looking at what we build:
//   tsx scripts/screenshot.ts http://127.0.0.1:3199/ out-name [more urls…]
import { chromium } from '@playwright/test'
import { chromiumArgs, findChromium } from '../tests/setup/chromium'

const [, , ...args] = process.argv
const outDir = 'tmp/screens'
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
for (let i = 0; i < args.length; i += 2) {
  const url = args[i] as string
  const name = args[i + 1] ?? `page-${i}`
  for (const [label, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    const page = await browser.newPage({ viewport })
    await page.goto(url)
    await page.screenshot({ path: `${outDir}/${name}-${label}.png`, fullPage: true })
    await page.close()
  }
}
await browser.close()

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

// Runs after every other test (its own project in playwright.config.ts) over everything the three servers printed
// during the run, stdout and stderr. The suite made hundreds of capability tokens — owner, share, rating and
// invitation links — and sent some of them where they used to leak (an oversized body to /plan/<token>, junk to
// every token route). A token is 43 characters of base64url; no such run may appear anywhere in the logs, whatever
// printed it. This is the same check as "grep for every token the tests created", without needing the list.

const logDir = process.env.E2E_LOG_DIR ?? ''
const tokenShaped = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g

test('no capability token reached the servers’ stdout or stderr', () => {
  const files = readdirSync(logDir).filter((name) => /\.(out|err)$/.test(name))
  expect(files.sort()).toEqual(['broken.err', 'broken.out', 'limits.err', 'limits.out', 'main.err', 'main.out'])
  const main = readFileSync(join(logDir, 'main.out'), 'utf8')
  // The check can see something: the main server logged the run (requests refused, plans deleted…).
  expect(main.split('\n').length).toBeGreaterThan(50)
  const leaks = files.flatMap((name) =>
    [...readFileSync(join(logDir, name), 'utf8').matchAll(tokenShaped)].map(
      (m) => `${name}: …${m.input.slice(Math.max(0, m.index - 60), m.index)}[43 characters]`,
    ),
  )
  console.log(`log audit: ${files.map((f) => `${f} ${readFileSync(join(logDir, f), 'utf8').length} bytes`).join(', ')}`)
  expect(leaks).toEqual([])
})

// `npm test`: every check, in order, failing fast. Ends with one plain total line for CI.
// `npm test -- --with-faults` (CI) also runs the fault tests (`npm run test:faults`) last, counted in the same line.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const bin = (name) => `node_modules/.bin/${name}`
process.env.NEXT_TELEMETRY_DISABLED = '1'
const totals = { passed: 0, failed: 0, skipped: 0 }

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`)
  const started = Date.now()
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds} s`)
    return false
  }
  console.log(`✔ ${label} (${seconds} s)`)
  return true
}

function countVitest(file) {
  if (!existsSync(file)) return
  const report = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += report.numPassedTests ?? 0
  totals.failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0)
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
}

function countPlaywright(file) {
  if (!existsSync(file)) return
  const { stats } = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  totals.failed += stats.unexpected ?? 0
  totals.skipped += stats.skipped ?? 0
}

function finish(ok) {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
  process.exit(ok ? 0 : 1)
}

rmSync('test-results', { recursive: true, force: true })

if (!run('typecheck', bin('tsc'), ['--noEmit'])) finish(false)
if (!run('lint and format', bin('biome'), ['check', '.'])) finish(false)

const unitOk = run('unit and integration tests (Vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
])
countVitest('test-results/vitest.json')
if (!unitOk) finish(false)

// start.ts builds only when the sources changed since the last build (the start tests may have just built).
if (!run('production build', bin('tsx'), ['scripts/start.ts', '--build-only'])) finish(false)

const e2eOk = run('end-to-end tests (Playwright, production build)', bin('playwright'), ['test'])
countPlaywright('test-results/e2e.json')
if (!e2eOk || !process.argv.includes('--with-faults')) finish(e2eOk && totals.failed === 0)

const faultsOk = run('fault tests (kill -9, database outages under load)', bin('vitest'), [
  'run',
  '--config',
  'vitest.faults.config.ts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/faults.json',
])
countVitest('test-results/faults.json')
finish(faultsOk && totals.failed === 0)

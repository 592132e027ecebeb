// `npm start` (and `npm run dev` with --dev): one command from a fresh clone to a running app.
//   1. validate the configuration (a bad value stops here, with one line);
//   2. fail fast if another live process holds the embedded database's directory;
//   3. `next build` when there is no build or the sources changed since it was made (skip with --no-build;
//      --build-only stops after this step);
//   4. migrate and seed the default content, then close the database;
//   5. run `next start` (or `next dev`) on PORT, under the server guard (lib/platform/security/server-guard.cjs); that server
//      takes the directory lock itself (instrumentation.ts) and keeps it until it exits. Signals are passed on (see
//      below), and this process exits with the server's code.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism, constants } from 'node:os'
import { join, relative } from 'node:path'
import { describeFailure } from '@/lib/platform/db/describe-failure'
import { acquireDataDirLock, DataDirLockedError } from '@/lib/platform/db/lock'
import { childProcessEnv, getEnvOrExit } from '@/lib/platform/env'
import { SETTINGS_VARIABLE, serverGuardSettings } from '@/lib/platform/security/server-guard-settings'
import { prepareDatabase } from '@/lib/server/prepare'

const root = process.cwd()
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

const args = new Set(process.argv.slice(2))
const dev = args.has('--dev')
const skipBuild = args.has('--no-build')
// For pipelines that build before testing: build when stale, then stop (no database, no server).
const buildOnly = args.has('--build-only')

// What a build costs, said before it starts: measured from a fresh clone on the 2-core development machine (about
// 2 minutes alone; more when the cores are busy), and scaled for other core counts.
const cores = availableParallelism()
const buildMinutes = cores >= 8 ? 'a minute' : cores >= 4 ? '1–2 minutes' : '2–3 minutes'

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

// A build is current when it was made by this script from exactly these inputs. Content hashes, not mtimes: a git
// checkout or a copy changes every mtime. Tests are not inputs, so editing a test does not cost a rebuild.
const buildInputs = [
  'app',
  'components',
  'lib',
  'content',
  'public',
  'prisma/schema.prisma',
  'instrumentation.ts',
  'proxy.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
]
const stampPath = join(root, '.next', 'howtowhy-build-stamp')

function inputFiles(): string[] {
  const files: string[] = []
  for (const input of buildInputs) {
    const path = join(root, input)
    if (!existsSync(path)) continue
    if (!statSync(path).isDirectory()) {
      files.push(path)
      continue
    }
    for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) files.push(join(entry.parentPath, entry.name))
    }
  }
  return files.filter((file) => !/\.test\.tsx?$/.test(file) && !file.includes('/lib/generated/')).sort()
}

function sourceFingerprint({ withTsconfig = true } = {}): string {
  const hash = createHash('sha256')
  for (const file of inputFiles()) {
    if (!withTsconfig && relative(root, file) === 'tsconfig.json') continue
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

function buildIsCurrent(): boolean {
  if (!existsSync(join(root, '.next', 'BUILD_ID')) || !existsSync(stampPath)) return false
  return readFileSync(stampPath, 'utf8') === sourceFingerprint()
}

const env = getEnvOrExit()

if (!env.databaseUrl && !buildOnly) {
  // Checked before a build that can take a minute, and released at once: the real hold starts in prepareDatabase.
  try {
    acquireDataDirLock(env.dataDir).release()
  } catch (error) {
    fail(describeFailure(error))
  }
}

// Two starts at once (test workers, a second instance) must not both write .next: the build holds a lock, and a
// start that waited for it checks again whether the build it waited for is the one it needs.
function withBuildLock(build: () => void) {
  const lockDir = join(root, '.next-build-lock')
  const deadline = Date.now() + 15 * 60_000
  for (;;) {
    try {
      mkdirSync(lockDir)
      break
    } catch {
      const holder = Number(readFileSafe(join(lockDir, 'pid')))
      if (holder && !processExists(holder)) rmSync(lockDir, { recursive: true, force: true })
      else if (Date.now() > deadline) fail(`Another build (process ${holder}) has held ${lockDir} for 15 minutes.`)
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
    }
  }
  try {
    writeFileSync(join(lockDir, 'pid'), String(process.pid))
    build()
  } finally {
    rmSync(lockDir, { recursive: true, force: true })
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

if (!dev && !skipBuild && !buildIsCurrent()) {
  withBuildLock(() => {
    if (buildIsCurrent()) return // built by the start we waited for
    const first = !existsSync(join(root, '.next', 'BUILD_ID'))
    console.log(
      first
        ? `Building the app (next build): first start only, about ${buildMinutes} on ${cores} cores. Later starts reuse this build until the sources change.`
        : `Rebuilding the app (next build): the sources changed since the last build, about ${buildMinutes} on ${cores} cores.`,
    )
    const started = Date.now()
    const builtFrom = sourceFingerprint({ withTsconfig: false })
    // Next's own type check is skipped (HOWTOWHY_SKIP_TYPECHECK, read by next.config.ts): it changes nothing in what
    // is built, npm test and CI run `tsc --noEmit` over the same files first, and it cost ~30 s of every first start.
    // `npm run build` and `npm run typecheck` still check.
    const build = spawnSync(process.execPath, [nextBin, 'build'], {
      stdio: 'inherit',
      env: childProcessEnv({ HOWTOWHY_SKIP_TYPECHECK: '1' }),
    })
    if (build.status !== 0) fail('next build failed; see the output above.')
    console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`)
    // Fingerprinted after the build, as next build itself rewrites tsconfig.json the first time; but a source edited
    // while it ran is not in it, so then no stamp is written and the next start builds again.
    if (sourceFingerprint({ withTsconfig: false }) === builtFrom) writeFileSync(stampPath, sourceFingerprint())
    else console.log('Sources changed while building: the next start builds again.')
  })
}
if (buildOnly) process.exit(0)

try {
  const started = Date.now()
  const fresh = !env.databaseUrl && (!existsSync(env.dataDir) || readdirSync(env.dataDir).length === 0)
  console.log(
    fresh
      ? `Creating the embedded database in ${env.dataDir} (first start only, about 20 s)…`
      : 'Preparing the database (migrations, content)…',
  )
  const { applied, content } = await prepareDatabase(env)
  const where = env.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : env.dataDir
  const migrations = applied.length > 0 ? `applied ${applied.join(', ')}` : 'schema up to date'
  const release = content.created ? `content ${content.version} published` : `content ${content.version}`
  console.log(`Database ready in ${Date.now() - started} ms: ${where}; ${migrations}; ${release}.`)
} catch (error) {
  if (error instanceof DataDirLockedError) fail(error.message)
  fail(`The database could not be prepared: ${describeFailure(error)}`)
}

// The server guard (peer address, refusals Next would answer with a bare 500, timeouts, connection cap, token-free
// output, stopping with this launcher) goes in before Next creates its HTTP server, so no request escapes it.
const guard = join(root, 'lib', 'platform', 'security', 'server-guard.cjs')
const serverArgs = ['--require', guard, nextBin, dev ? 'dev' : 'start', '--port', String(env.port)]
if (env.host) serverArgs.push('--hostname', env.host)
const guardSettings = serverGuardSettings(env, { watchParent: true })
const server: ChildProcess = spawn(process.execPath, serverArgs, {
  stdio: 'inherit',
  env: childProcessEnv({ [SETTINGS_VARIABLE]: JSON.stringify(guardSettings) }),
})

// Every signal a process manager or a terminal sends stops the whole tree: Next closes its server and exits, which
// releases the data directory lock. Next handles SIGINT and SIGTERM; SIGHUP is passed on as SIGTERM. A server that
// has not stopped after stopGraceMs (a request that never ends) is killed; its lock is then recovered at the next
// start. A launcher whose own parent disappears (npm killed outright, or sent a SIGHUP, which it does not forward)
// stops the same way.
const stopGraceMs = 15_000
let stopping = false
function stop(signal: NodeJS.Signals) {
  if (server.exitCode !== null || server.signalCode !== null) return
  server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal)
  if (stopping) return
  stopping = true
  setTimeout(() => server.kill('SIGKILL'), stopGraceMs).unref()
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal))
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM')
}, 500).unref()

server.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 128 + constants.signals[signal] : 1))
})

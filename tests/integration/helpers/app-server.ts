import { type ChildProcess, execFileSync } from 'node:child_process'
import { createServer } from 'node:net'
import { exited, runToEnd, runTs } from './child'

// The app as a user runs it (`npm start`), for tests that need real HTTP: a production server on a free port.

/**
 * A port nothing listens on, chosen by the operating system (its ephemeral range): fixed ranges collide when two
 * test runs share a machine, and then one run's health check is answered by the other's server.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export async function health(port: number): Promise<{ status: number; body: unknown } | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`)
    return { status: response.status, body: await response.json() }
  } catch {
    return null // not listening yet
  }
}

export async function waitForHealth(port: number, status: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const answer = await health(port)
    if (answer?.status === status) return answer
    if (Date.now() > deadline) throw new Error(`/api/health did not answer ${status} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Builds the app when the build is missing or stale (start.ts locks the build, so test files can share it). */
export async function ensureBuild(): Promise<void> {
  const { code, stderr } = await runToEnd(runTs('scripts/start.ts', ['--build-only']))
  if (code !== 0) throw new Error(`next build failed: ${stderr}`)
}

export type AppServer = {
  port: number
  origin: string
  launcher: ChildProcess
  /** The `next start` process itself (the launcher's child), which holds the database. */
  serverPid(): number
  stop(): Promise<void>
}

export async function startApp(env: Record<string, string>, port: number, timeoutMs = 120_000): Promise<AppServer> {
  const launcher = runTs('scripts/start.ts', ['--no-build'], { HOST: '127.0.0.1', PORT: String(port), ...env })
  let serving = false
  const died = exited(launcher).then(async () => {
    if (!serving) throw new Error(`the app exited before serving: ${(await runToEnd(launcher)).stderr}`)
  })
  try {
    await Promise.race([waitForHealth(port, 200, timeoutMs), died])
  } finally {
    serving = true // from here on, exiting is the test's business
  }
  const serverPid = () =>
    Number(
      execFileSync('pgrep', ['-P', String(launcher.pid)], { encoding: 'utf8' })
        .trim()
        .split('\n')[0],
    )
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    launcher,
    serverPid,
    async stop() {
      if (launcher.exitCode !== null || launcher.signalCode !== null) return
      launcher.kill('SIGTERM')
      await exited(launcher)
    },
  }
}

import { type ChildProcess, spawn } from 'node:child_process'

// Children's output is collected from the moment they start, so a pipe never fills up and blocks a chatty child
// (next build), and a line printed before anyone waits for it is not lost.
const running = new Set<ChildProcess>()
const output = new WeakMap<ChildProcess, { stdout: string; stderr: string }>()

/** Runs a TypeScript file in a real child process (the pid is the process itself, not a tsx wrapper). */
export function runTs(file: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collected = { stdout: '', stderr: '' }
  output.set(child, collected)
  child.stdout?.on('data', (chunk: Buffer) => {
    collected.stdout += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    collected.stderr += chunk.toString()
  })
  running.add(child)
  child.on('exit', () => running.delete(child))
  return child
}

const outputOf = (child: ChildProcess) => output.get(child) ?? { stdout: '', stderr: '' }

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.on('exit', () => resolve()))
}

/** Resolves with the first stdout line matching pattern; rejects if the child exits first. */
export async function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const line = outputOf(child)
      .stdout.split('\n')
      .find((l) => pattern.test(l))
    if (line !== undefined) return line
    const { stdout, stderr } = outputOf(child)
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `child exited (${child.exitCode}) before printing ${pattern}; stdout: ${stdout} stderr: ${stderr}`,
      )
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; stderr: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Waits for the child to finish and returns its exit status and everything it printed. */
export async function runToEnd(child: ChildProcess) {
  await exited(child)
  // 'exit' can fire before the pipes are drained.
  await Promise.all(
    [child.stdout, child.stderr].map((s) => (s && !s.readableEnded ? new Promise((r) => s.once('end', r)) : null)),
  )
  return { code: child.exitCode, signal: child.signalCode, ...outputOf(child) }
}

/** Kills whatever a test left running. */
export async function killAll() {
  const children = [...running]
  for (const child of children) child.kill('SIGKILL')
  await Promise.all(children.map(exited))
}

import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

// A private PostgreSQL cluster for tests, started from scratch in about a second (STACK.md): its own data directory,
// a free port from 54330 up, unix socket inside the data directory, trust auth, fsync off. initdb refuses to run as
// root, so as root it runs as the `postgres` user.

export const installHint = 'install postgresql-15: apt-get install -y postgresql-15'

export type PostgresCluster = {
  port: number
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>
  /** Stops the server for good and removes its data directory. */
  stop(): void
  /** Fault injection: a fast shutdown that keeps the data (an outage), and starting it again on the same port. */
  shutDown(): void
  startAgain(): void
  /** Fault injection: SIGSTOP / SIGCONT every server process, so connections stay open but nothing answers. */
  freeze(): void
  thaw(): void
}

function findBinDir(): string {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
    if (existsSync(join(dir, 'initdb'))) return dir
  } catch {
    // pg_config comes from libpq-dev, which a server-only install lacks; look where Debian puts the server.
  }
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => +b - +a) : []
  for (const version of versions) {
    const dir = `/usr/lib/postgresql/${version}/bin`
    if (existsSync(join(dir, 'initdb'))) return dir
  }
  throw new Error(installHint)
}

const isRoot = process.getuid?.() === 0

function run(bin: string, args: string[]) {
  const [command, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  const result = spawnSync(command, argv, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${bin} ${args[0]} failed: ${result.stderr || result.stdout}`)
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

export async function startPostgres(): Promise<PostgresCluster> {
  const bin = findBinDir()
  const dataDir = mkdtempSync(join(tmpdir(), 'howtowhy-pg-'))
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
    chownSync(dataDir, uid, gid)
  }
  run(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'])

  const startOn = (candidate: number) => {
    const options = `-p ${candidate} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off`
    run(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', join(dataDir, 'server.log'), '-w', '-o', options, 'start'])
  }
  let port = 0
  for (let candidate = 54330; candidate < 54430 && port === 0; candidate++) {
    if (!(await portIsFree(candidate))) continue
    try {
      startOn(candidate)
      port = candidate
    } catch {
      // taken between the check and the start (another test run): try the next port
    }
  }
  if (port === 0) throw new Error('No free port for PostgreSQL between 54330 and 54429')

  // The postmaster and its children (backends, checkpointer…): freezing only the postmaster would leave open
  // connections answering.
  const serverPids = () => {
    const postmaster = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? ''
    const children = spawnSync('pgrep', ['-P', postmaster], { encoding: 'utf8' }).stdout.split('\n')
    return [postmaster, ...children].filter((pid) => /^\d+$/.test(pid)).map(Number)
  }
  const signalAll = (signal: NodeJS.Signals) => {
    for (const pid of serverPids()) process.kill(pid, signal)
  }

  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    process.off('exit', stop)
    try {
      signalAll('SIGCONT') // a frozen server cannot shut down
    } catch {
      // already stopped
    }
    try {
      // Not running (a test shut it down and left it so) is fine: the data directory goes either way.
      if (existsSync(join(dataDir, 'postmaster.pid')))
        run(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop'])
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  // A crashed test worker must not leave a server running.
  process.on('exit', stop)

  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`
  return {
    port,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
      } finally {
        await client.end()
      }
      return url(name)
    },
    stop,
    shutDown: () => run(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', 'stop']),
    startAgain: () => startOn(port),
    freeze: () => signalAll('SIGSTOP'),
    thaw: () => signalAll('SIGCONT'),
  }
}

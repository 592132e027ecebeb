// `npm run admin:create -- --email you@example.com [--name "Your Name"]`: creates an admin account. The password is
// asked for twice without echo, or read from standard input when that is not a terminal
// (`printf '%s\n' "$PASSWORD" | npm run admin:create -- --email …`). Works on both backends; with the embedded
// database, stop the server first (it holds the database directory).
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { createAdminAccount } from '@/lib/admin/admin-accounts'
import { appendAudit } from '@/lib/admin/audit-repo'
import { closeDb, openDb } from '@/lib/platform/db'
import { describeFailure } from '@/lib/platform/db/describe-failure'
import { DataDirLockedError } from '@/lib/platform/db/lock'
import { getEnvOrExit } from '@/lib/platform/env'
import { prepareDatabase } from '@/lib/server/prepare'

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

function readArgs() {
  try {
    const { values } = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' } },
      allowPositionals: false,
    })
    if (!values.email) fail('Usage: npm run admin:create -- --email you@example.com [--name "Your Name"]')
    return { email: values.email, name: values.name ?? values.email.split('@')[0] ?? values.email }
  } catch (error) {
    fail(
      `${error instanceof Error ? error.message : String(error)}\nUsage: npm run admin:create -- --email you@example.com`,
    )
  }
}

/** Reads one line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
    const output = rl as unknown as { _writeToOutput: (text: string) => void }
    let asked = false
    output._writeToOutput = (text: string) => {
      if (!asked) {
        process.stdout.write(text)
        asked = true
      }
    }
    rl.question(question, (answer) => {
      rl.close()
      process.stdout.write('\n')
      resolve(answer)
    })
  })
}

async function readStdinLine(): Promise<string> {
  let text = ''
  for await (const chunk of process.stdin) text += chunk
  return text.split(/\r?\n/)[0] ?? ''
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdinLine()
  const first = await askHidden('Password (at least 12 characters): ')
  const second = await askHidden('The same password again: ')
  if (first !== second) fail('The two passwords are not the same. Nothing was created.')
  return first
}

const args = readArgs()
const env = getEnvOrExit()
const password = await readPassword()

let failure: string | undefined
try {
  await prepareDatabase(env)
  openDb(env)
  const created = await createAdminAccount({ email: args.email, name: args.name, password })
  if (created.ok) {
    await appendAudit({
      action: 'admin-created',
      actor: null,
      subject: created.email,
      detail: { reason: 'command line' },
    })
    console.log(`Admin ${created.email} created. Sign in at /admin/sign-in.`)
  } else {
    failure = `${created.message} Nothing was created.`
  }
} catch (error) {
  failure =
    error instanceof DataDirLockedError
      ? `${error.message}\nStop the server, then run this again.`
      : `The admin could not be created: ${describeFailure(error)}`
} finally {
  await closeDb()
}
if (failure) fail(failure)
// PGlite and the wasm engine can keep the event loop alive for minutes after closing (open wasm handles), so exit
// here.
process.exit(0)

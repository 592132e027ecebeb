import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'

// The README and docs/ name commands, environment variables, files and other pages. Each of those names must exist
// today, so a renamed script, variable or file fails here instead of leaving the docs quietly wrong.

const scripts = new Set(Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>))

// npm's own commands, which are not scripts of ours.
const NPM_COMMANDS = new Set(['install', 'ci', 'exec', 'run', 'i', 'init', 'ls', 'view', 'pack', 'version', 'update'])

/** The variables lib/platform/env.ts reads: its schema's keys and any `process.env.X` it reads directly. */
function envModuleVariables(): Set<string> {
  const source = readFileSync('lib/platform/env.ts', 'utf8')
  const keys = [
    ...source.matchAll(/^ {4}([A-Z][A-Z0-9_]*): /gm),
    ...source.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g),
  ]
  return new Set(keys.map((match) => match[1] as string))
}

// Variables the docs may name that lib/platform/env.ts does not read, each with the file that reads it (checked below).
const OUTSIDE_VARIABLES: Record<string, string> = {
  E2E_PORT: 'playwright.config.ts',
  E2E_LIMITS_PORT: 'playwright.config.ts',
  BENCH_PORT: 'scripts/bench.ts',
  BENCH_BASELINE_PORT: 'scripts/bench.ts',
  BENCH_UNSYNCED_PORT: 'scripts/bench.ts',
  BENCH_POSTGRES_PORT: 'scripts/bench.ts',
  BENCH_NO_PROXY_PORT: 'scripts/bench.ts',
  BENCH_SECONDS: 'scripts/bench.ts',
  BENCH_LIGHTHOUSE_RUNS: 'scripts/bench.ts',
  CHROME_PATH: 'scripts/bench.ts',
  FUZZ_SCALE: 'tests/e2e/fuzz.spec.ts',
  FUZZ_SEED: 'tests/e2e/fuzz.spec.ts',
  SCREENSHOT_DIR: 'tests/e2e/rate-limits.spec.ts',
  PROFILE_DIR: 'scripts/profile/preload.cjs',
  HOWTOWHY_SKIP_TYPECHECK: 'next.config.ts',
  HOWTOWHY_SERVER_GUARD: 'lib/platform/security/server-guard.cjs',
  NEXT_RUNTIME: 'instrumentation.ts',
  PRISMA_SCHEMA_ENGINE_BINARY: 'scripts/generate-client.mjs',
}

const SOURCE_DIRS = ['lib', 'app', 'components', 'scripts', 'tests']

function walk(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'generated' ? [] : walk(path, keep)
    return keep(path) ? [path] : []
  })
}

/** Every UPPER_SNAKE name declared as a constant or key in the code, so the docs may quote constants such as KIND_WEIGHT. */
function codeConstants(): Set<string> {
  const names = new Set<string>()
  for (const file of SOURCE_DIRS.flatMap((dir) => walk(dir, (path) => /\.(ts|tsx|cjs|mjs)$/.test(path)))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:const|let|var)\s+([A-Z][A-Z0-9_]*)\b/g))
      names.add(match[1] as string)
  }
  return names
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-')

function anchors(text: string): Set<string> {
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1] as string)))
}

type Context = {
  scripts: Set<string>
  variables: Set<string>
  constants: Set<string>
  exists: (path: string) => boolean
  read: (path: string) => string
}

const REPO_PATH = /(?<![\w./@-])((?:lib|app|components|scripts|tests|docs|content|prisma|public|\.ci)\/[\w./*@[\]-]*)/g

/** What in one Markdown file names something that does not exist. */
function problems(file: string, text: string, ctx: Context): string[] {
  const found: string[] = []
  const prose = text.replace(/```[\s\S]*?```/g, (block) => (block.startsWith('```sh') ? block : ''))

  for (const [, name] of text.matchAll(/\bnpm run ([a-z][\w:-]*)/g))
    if (!ctx.scripts.has(name as string)) found.push(`npm run ${name}: no such script in package.json`)
  for (const [, name] of text.matchAll(/(?:`|^ *)npm (?!run\b)([a-z][\w:-]*)/gm))
    if (!NPM_COMMANDS.has(name as string) && !ctx.scripts.has(name as string))
      found.push(`npm ${name}: no such script in package.json`)

  // Environment variables: the first cell of a table headed "variable", and NAME=value settings.
  const settings = [
    ...text.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm),
    ...text.matchAll(/(?<![\w-])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)=\S/g),
  ]
  const settingNames = new Set(settings.map((match) => match[1] as string))
  for (const name of settingNames)
    if (!ctx.variables.has(name)) found.push(`${name}: not an environment variable the app or its tools read`)
  // Any other UPPER_SNAKE name in backticks is a variable or a constant of the code.
  for (const [, name] of prose.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g))
    if (!settingNames.has(name as string) && !ctx.variables.has(name as string) && !ctx.constants.has(name as string))
      found.push(`${name}: neither an environment variable nor a constant in the code`)

  for (const [, raw] of text.matchAll(REPO_PATH)) {
    // A placeholder (<name>, …) or a glob ends the part that must exist; trailing punctuation is prose.
    let path = ((raw as string).split(/[*<]/)[0] as string).replace(/[.,;:)]+$/, '')
    // A closing bracket without its opening one ends a Markdown link's text, not the path (app/plan/[token] is a path).
    while (path.endsWith(']') && path.split('[').length < path.split(']').length) path = path.slice(0, -1)
    if (!ctx.exists(path)) found.push(`${raw}: no such file or folder`)
  }

  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target as string)) continue
    const [pathPart, anchor] = (target as string).split('#') as [string, string | undefined]
    const path = pathPart === '' ? file : normalize(join(dirname(file), pathPart))
    if (pathPart !== '' && !ctx.exists(path)) {
      found.push(`link ${target}: ${path} does not exist`)
      continue
    }
    if (anchor && path.endsWith('.md') && !anchors(ctx.read(path)).has(anchor))
      found.push(`link ${target}: no heading #${anchor} in ${path}`)
  }
  return found
}

const context: Context = {
  scripts,
  variables: new Set([...envModuleVariables(), ...Object.keys(OUTSIDE_VARIABLES)]),
  constants: codeConstants(),
  exists: (path) => existsSync(path),
  read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : ''),
}

const docs = ['README.md', ...walk('docs', (path) => path.endsWith('.md'))]

describe('the README and docs/', () => {
  it.each(docs)('%s names only scripts, variables, files and pages that exist', (file) => {
    expect(problems(file, readFileSync(file, 'utf8'), context)).toEqual([])
  })

  it('points code comments only at docs that exist', () => {
    const sources = [
      ...SOURCE_DIRS.flatMap((dir) => walk(dir, (path) => /\.(ts|tsx|cjs|mjs)$/.test(path))),
      'proxy.ts',
      'instrumentation.ts',
      'next.config.ts',
    ].filter((file) => file !== 'tests/unit/docs.test.ts') // its made-up examples are meant not to exist
    const dangling = sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?<![\w./-])(docs\/[\w./-]*\.md)/g)]
        .map((match) => match[1] as string)
        .filter((path) => !context.exists(path))
        .map((path) => `${file}: ${path}`),
    )
    expect(dangling).toEqual([])
  })

  it('lists every script of package.json in the README’s commands table', () => {
    // The first cell of each row: `npm start`, `npm run bench`, `npm run db:backup [-- <file>]`…
    const rows = [...readFileSync('README.md', 'utf8').matchAll(/^\| `npm (?:run )?([\w:-]+)[` ]/gm)]
    const listed = new Set(rows.map((match) => match[1]))
    const missing = [...scripts].filter((name) => name !== 'postinstall' && !listed.has(name)) // postinstall runs by itself
    expect(missing).toEqual([])
  })

  it('reads each outside variable where it says it does', () => {
    for (const [name, file] of Object.entries(OUTSIDE_VARIABLES))
      expect(readFileSync(file, 'utf8'), `${name} in ${file}`).toContain(name)
  })

  it('documents every variable lib/platform/env.ts reads in docs/operations.md', () => {
    const operations = readFileSync('docs/operations.md', 'utf8')
    const internal = new Set(['NEXT_PHASE', 'NODE_ENV']) // set by Next, not by whoever runs the app
    const missing = [...envModuleVariables()].filter(
      (name) => !internal.has(name) && !operations.includes(`| \`${name}\` |`),
    )
    expect(missing).toEqual([])
  })

  it('finds a made-up script, variable, constant, path and link', () => {
    const text = [
      'Run `npm run deploy-everything`, then `npm frobnicate`; npm says nothing.',
      '| `MADE_UP_SETTING` | `1` | nothing |',
      'Set `FAKE_TIMEOUT_MS=5` and read `NO_SUCH_CONSTANT`.',
      'See `lib/platform/no-such-file.ts` and [the guide](no-such-page.md) and [scoring](#no-such-heading).',
      '## A real heading',
      'These exist: `npm run bench`, `npm test`, `PORT=3500`, `KIND_WEIGHT`, `lib/platform/env.ts`, [here](#a-real-heading).',
    ].join('\n')
    const ctx = { ...context, read: (path: string) => (path === 'docs/example.md' ? text : context.read(path)) }
    expect(problems('docs/example.md', text, ctx)).toEqual([
      'npm run deploy-everything: no such script in package.json',
      'npm frobnicate: no such script in package.json',
      'MADE_UP_SETTING: not an environment variable the app or its tools read',
      'FAKE_TIMEOUT_MS: not an environment variable the app or its tools read',
      'NO_SUCH_CONSTANT: neither an environment variable nor a constant in the code',
      'lib/platform/no-such-file.ts: no such file or folder',
      'link no-such-page.md: docs/no-such-page.md does not exist',
      'link #no-such-heading: no heading #no-such-heading in docs/example.md',
    ])
  })
})

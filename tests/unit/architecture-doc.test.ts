import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'

// docs/architecture.md draws the way from an answer to a stored plan with the code's own names. This test holds the
// picture to the code: every file it names exists, every function it names is exported (in the data-flow diagram,
// by the very file in the same box), every script and variable it names is real, and every link leads somewhere.
// A rename or a move breaks it until the page follows.

const DOC = 'docs/architecture.md'
const doc = readFileSync(DOC, 'utf8')

const PATH = /^(?:app|components|lib|scripts|tests|content|prisma|docs)\/[^\s`]*$|^[\w.-]+\.(?:ts|tsx|cjs|mjs|json)$/
const spans = [...doc.matchAll(/`([^`\n]+)`/g)].map(([, span = '']) => span)
const paths = [...new Set(spans.filter((s) => PATH.test(s)))]
const functions = [...new Set(spans.flatMap((s) => /^(\w+)\(\)$/.exec(s)?.[1] ?? []))]

const dataFlow = /## From an answer to a stored plan[\s\S]*?```mermaid\n([\s\S]*?)```/.exec(doc)?.[1] ?? ''
const boxes = [...dataFlow.matchAll(/^\s*(\w+)\["([^"<]+)<br\/>(\w+)\(\)"\]$/gm)].map(
  ([, id = '', file = '', fn = '']) => ({
    id,
    file,
    fn,
  }),
)

/** Whether a source file exports a binding of this name (a function, a const, or the default export's function). */
function exports(file: string, name: string): boolean {
  const source = readFileSync(file, 'utf8')
  return new RegExp(
    `export\\s+(?:default\\s+)?(?:async\\s+)?(?:function\\s*\\*?\\s*|const\\s+|let\\s+)${name}\\b`,
  ).test(source)
}

describe(`${DOC} names only what exists`, () => {
  it('finds the names it checks (the patterns still match the page)', () => {
    expect(paths.length).toBeGreaterThan(20)
    expect(functions.length).toBeGreaterThan(20)
    expect(boxes.length).toBeGreaterThan(15)
  })

  it.each(paths)('%s exists', (path) => {
    expect(existsSync(path.replace(/\/$/, ''))).toBe(true)
  })

  it('draws each box of the data flow with a function its file exports, and each arrow between boxes', () => {
    const wrong = boxes.filter(({ file, fn }) => !existsSync(file) || !exports(file, fn))
    expect(wrong).toEqual([])
    const ids = new Set(boxes.map((b) => b.id))
    const ends = [...dataFlow.matchAll(/^\s*(\w+)\s+(?:-->|-\.).*\s(\w+)$/gm)].flatMap(([, from = '', to = '']) => [
      from,
      to,
    ])
    expect(ends.length).toBeGreaterThan(30)
    expect(ends.filter((id) => !ids.has(id))).toEqual([])
    // Every box is joined to the picture.
    expect([...ids].filter((id) => !ends.includes(id))).toEqual([])
  })

  it.each(functions)('%s() is exported by a file the page names', (fn) => {
    const files = [...paths, ...boxes.map((b) => b.file)].filter((p) => /\.(ts|tsx)$/.test(p) && existsSync(p))
    expect(files.filter((file) => exports(file, fn))).not.toEqual([])
  })

  it('names npm scripts that package.json has and variables lib/platform/env.ts reads', () => {
    const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts)
    const named = [...doc.matchAll(/`npm (?:run )?([\w:-]+)/g)].map(([, s]) => s)
    expect(named.length).toBeGreaterThan(0)
    expect(named.filter((s) => !scripts.includes(s ?? ''))).toEqual([])
    const env = readFileSync('lib/platform/env.ts', 'utf8')
    const variables = spans.filter((s) => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(s))
    expect(variables.filter((v) => !new RegExp(`\\b${v}\\b`).test(env))).toEqual([])
  })

  it('links only to files that exist', () => {
    const links = [...doc.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map(([, target = '']) => target)
    expect(links.length).toBeGreaterThan(5)
    expect(links.filter((target) => !existsSync(join(dirname(DOC), target)))).toEqual([])
  })
})

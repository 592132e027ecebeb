// The import graph between lib/'s domains, read from the code: tests/unit/domains.test.ts checks it against what each
// domain's README allows, and `npx tsx scripts/architecture.ts` prints it as the Mermaid diagram in
// docs/architecture.md (the test fails when the diagram there is not the one this prints).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/** lib/'s domains, lowest first: a domain may import only domains before it (and each README says which). */
export const DOMAINS = ['engine', 'platform', 'admin', 'knowledge', 'plans', 'questionnaire', 'server'] as const
export type Domain = (typeof DOMAINS)[number]

/** Generated code (the Prisma client) belongs to the platform: only repositories import it. */
const GENERATED = 'lib/generated/'

export type Edge = { from: string; to: string; files: string[] }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path)
    return /\.(ts|tsx|cjs|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

function resolveImport(root: string, file: string, specifier: string): string | null {
  let target: string
  if (specifier.startsWith('@/')) target = specifier.slice(2)
  else if (specifier.startsWith('.')) target = relative(root, resolve(dirname(file), specifier))
  else return null
  if (!target.startsWith('lib/')) return null
  for (const ext of ['', '.ts', '.tsx', '.cjs', '/index.ts']) {
    const path = join(root, target + ext)
    if (existsSync(path) && statSync(path).isFile()) return target + ext
  }
  return target
}

/** The domain of a path under lib/ ("lib/plans/store/plan-repo.ts" → "plans"), or null for files outside one. */
export function domainOf(path: string): string | null {
  if (path.startsWith(GENERATED)) return 'platform'
  const match = /^lib\/([^/]+)\//.exec(path)
  return match?.[1] ?? null
}

const IMPORT = /(?:\bfrom\s+|\bimport\(\s*|\brequire\(\s*)['"]([^'"]+)['"]/g

/** Every import from one domain into another (tests excluded), and the files outside any domain. */
export function domainGraph(root = process.cwd()): { edges: Edge[]; outside: string[] } {
  const edges = new Map<string, Edge>()
  const outside: string[] = []
  for (const file of sourceFiles(join(root, 'lib'))) {
    const path = relative(root, file)
    const from = domainOf(path)
    if (!from) {
      outside.push(path)
      continue
    }
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(root, file, specifier)
      const to = target && domainOf(target)
      if (!to || to === from) continue
      const key = `${from}>${to}`
      const edge = edges.get(key) ?? { from, to, files: [] }
      if (!edge.files.includes(path)) edge.files.push(path)
      edges.set(key, edge)
    }
  }
  return { edges: [...edges.values()].sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`)), outside }
}

/** The cycles in a directed graph, as lists of nodes (Tarjan's strongly connected components of two or more). */
export function cycles(edges: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>()
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to])
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node) as number)
    stack.push(node)
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number))
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node) as number, index.get(to) as number))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string | undefined
      do {
        member = stack.pop()
        if (member) component.push(member)
      } while (member && member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of new Set(edges.flatMap(({ from, to }) => [from, to]))) if (!index.has(node)) visit(node)
  return found
}

/** The domain graph as a Mermaid flowchart; an arrow reads "imports" (file counts would churn the doc, so none). */
export function mermaid(edges: readonly Edge[]): string {
  const lines = ['flowchart BT']
  for (const { from, to } of edges) lines.push(`  ${from} --> ${to}`)
  return lines.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { edges, outside } = domainGraph()
  console.log(mermaid(edges))
  const found = cycles(edges)
  if (found.length || outside.length) {
    console.error(`cycles: ${JSON.stringify(found)}; files outside a domain: ${outside.join(', ') || 'none'}`)
    process.exitCode = 1
  }
}

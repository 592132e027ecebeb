// Sums a .cpuprofile's self time by where it was spent: `npx tsx scripts/profile/summary.ts FILE [top]`.
import { readFileSync } from 'node:fs'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const [file, topArg] = process.argv.slice(2)
if (!file) throw new Error('usage: summary.ts FILE.cpuprofile [top]')
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const self = new Map<number, number>()
for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
const total = [...self.values()].reduce((a, b) => a + b, 0)

// A sample's category: the first frame, walking up from the leaf, whose URL or name says where it belongs.
const categories: [string, (f: Node['callFrame']) => boolean][] = [
  ['(idle)', (f) => f.functionName === '(idle)'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['embedded database (PGlite)', (f) => /pglite/.test(f.url)],
  ['PostgreSQL driver (pg)', (f) => /node_modules\/pg(-[a-z]+)?\//.test(f.url)],
  ['Prisma', (f) => /prisma|generated/.test(f.url)],
  ['gzip/zlib', (f) => /zlib/.test(f.url) || /gzip|deflate/i.test(f.functionName)],
  ['JSON', (f) => /^JSON|stringify|parse$/.test(f.functionName) && f.url === ''],
  ['crypto', (f) => /crypto|argon/.test(f.url)],
  [
    'engine (lib/engine/scoring, lib/engine/plan)',
    (f) => /lib\/(scoring|plan)\//.test(f.url) || /\[project\]\/lib\/(scoring|plan)/.test(f.url),
  ],
  ['zod', (f) => /zod/.test(f.url)],
  ['React rendering', (f) => /react-dom|react-server|react\./.test(f.url)],
  ['Next request/stream handling', (f) => /next\/dist/.test(f.url)],
  ['app code', (f) => /\.next\/server|\[project\]/.test(f.url)],
  ['node internals', (f) => /^node:/.test(f.url)],
]
const sums = new Map<string, number>()
const fns = new Map<string, number>()
for (const [id, t] of self) {
  let node: Node | undefined = byId.get(id)
  let category = '(program / other)'
  const leaf = node?.callFrame
  while (node) {
    const frame = node.callFrame
    const found = categories.find(([, test]) => test(frame))
    if (found) {
      category = found[0]
      break
    }
    const up = parent.get(node.id)
    node = up === undefined ? undefined : byId.get(up)
  }
  sums.set(category, (sums.get(category) ?? 0) + t)
  if (leaf) {
    const key = `${leaf.functionName || '(anonymous)'} ${leaf.url.split('/').slice(-2).join('/')}:${leaf.lineNumber}`
    fns.set(key, (fns.get(key) ?? 0) + t)
  }
}
const busy = total - (sums.get('(idle)') ?? 0)
console.log(`sampled ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s`)
for (const [name, t] of [...sums].sort((a, b) => b[1] - a[1])) {
  if (name === '(idle)') continue
  console.log(`${((t / busy) * 100).toFixed(1).padStart(5)} %  ${name}`)
}
console.log('\ntop functions (self time, % of busy):')
for (const [name, t] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 20))) {
  if (name.startsWith('(idle)')) continue
  console.log(`${((t / busy) * 100).toFixed(1).padStart(5)} %  ${name}`)
}

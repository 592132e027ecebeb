// The consistency suite's findings, counted: `npx tsx scripts/consistency.ts [--list] [persona…]`.
// Renders every page and export for every persona (tests/consistency/) and prints how many contradictions of each
// kind it finds, split by cause (a page or export, or the engine's own sentences and numbers). --list prints each.
import { register } from 'node:module'
import type { Violation } from '@/tests/consistency/checks'

// The pages import their stylesheets, which Node cannot load, and `server-only`, which throws outside Next's server
// build: an empty module stands in for each (Vitest does the same).
const stubCss = `export async function load(url, context, next) {
  return url.endsWith('.css') || url.includes('/node_modules/server-only/')
    ? { format: 'module', source: '', shortCircuit: true }
    : next(url, context)
}`
register(`data:text/javascript,${encodeURIComponent(stubCss)}`)
const { loadContent } = await import('@/lib/knowledge/load')
const { checkPersona, KINDS, tally } = await import('@/tests/consistency/checks')
const { renderSurfaces } = await import('@/tests/consistency/surfaces')

const args = process.argv.slice(2)
const list = args.includes('--list')
const wanted = args.filter((a) => !a.startsWith('--'))
const { personaAnswers, REFERENCE_PERSONAS } = await import('@/lib/knowledge/reference-personas')
const personas = REFERENCE_PERSONAS.map((p) => p.id).filter((p) => wanted.length === 0 || wanted.includes(p))
const content = loadContent()
const started = Date.now()
const all: Violation[] = []
for (const persona of personas) {
  all.push(...checkPersona(renderSurfaces(content, persona, personaAnswers(persona))))
}
if (list) for (const v of all) console.log(`[${v.kind}/${v.cause}] ${v.persona} · ${v.surface}: ${v.detail}`)
console.log(`\n${personas.length} personas, ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`${'kind'.padEnd(70)} page  model`)
for (const row of tally(all))
  console.log(`${KINDS[row.kind].padEnd(70)} ${String(row.page).padStart(4)} ${String(row.model).padStart(6)}`)
const page = all.filter((v) => v.cause === 'page').length
console.log(`${'total'.padEnd(70)} ${String(page).padStart(4)} ${String(all.length - page).padStart(6)}`)

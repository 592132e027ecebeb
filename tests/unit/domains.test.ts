import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cycles, DOMAINS, domainGraph, domainOf, mermaid } from '../../scripts/architecture'

// lib/ is a handful of domains, each opening with a README that says what it owns and which domains it may import.
// These tests hold the code to those READMEs: a new import across domains that a README does not allow, a folder
// cycle, or a file outside every domain fails here.

const { edges, outside } = domainGraph()
const allowed = (domain: string): string[] => {
  const list = /^May import: (.+)$/m.exec(readFileSync(`lib/${domain}/README.md`, 'utf8'))?.[1]
  if (!list) throw new Error(`lib/${domain}/README.md has no "May import:" line`)
  return list === 'nothing' ? [] : list.split(/,\s*/)
}

describe('lib/ domains', () => {
  it('puts every source file in a domain', () => {
    expect(outside).toEqual([])
  })

  it('imports across domains only where the importing domain’s README allows it', () => {
    const breaches = edges
      .filter(({ from, to }) => !allowed(from).includes(to))
      .map(({ from, to, files }) => `${from} → ${to} (${files.join(', ')})`)
    expect(breaches).toEqual([])
  })

  it('has no cycle between domains, so each can be read from the bottom up', () => {
    expect(cycles(edges)).toEqual([])
    // The READMEs' own rules are a ladder: each domain allows only domains listed before it.
    for (const [i, domain] of DOMAINS.entries()) {
      for (const other of allowed(domain))
        expect(DOMAINS.indexOf(other as never), `${domain} → ${other}`).toBeLessThan(i)
    }
  })

  it('finds the cycles it is there to refuse', () => {
    const ab = [
      { from: 'plans', to: 'knowledge' },
      { from: 'knowledge', to: 'admin' },
      { from: 'admin', to: 'plans' },
      { from: 'questionnaire', to: 'plans' },
    ]
    expect(cycles(ab)).toEqual([['admin', 'knowledge', 'plans']])
    expect(cycles(ab.slice(1))).toEqual([])
  })

  it('names the domain of a path by its first folder', () => {
    expect(domainOf('lib/plans/store/plan-repo.ts')).toBe('plans')
    expect(domainOf('lib/generated/prisma/client.ts')).toBe('platform')
    expect(domainOf('lib/loose.ts')).toBeNull()
  })

  it('shows the code’s own graph in docs/architecture.md', () => {
    expect(readFileSync('docs/architecture.md', 'utf8')).toContain(mermaid(edges))
  })
})

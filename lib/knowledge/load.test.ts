import { describe, expect, it } from 'vitest'
import type { Content } from '@/lib/engine/content/schema'
import { ContentError, contentVersion, loadContent, parseContent } from '@/lib/knowledge/load'

const clone = (): Content => structuredClone(loadContent())
/** The same data with every object's keys in reverse order. */
const reverseKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reverseKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reverseKeys(x)]),
        )
      : v

function problemsOf(edit: (c: Content) => void): string[] {
  const c = clone()
  edit(c)
  try {
    parseContent(c)
  } catch (e) {
    if (e instanceof ContentError) return e.problems
    throw e
  }
  return []
}

describe('loadContent', () => {
  it('parses the bundled content and returns the same object each time (so per-content caches hit)', () => {
    const c = loadContent()
    expect(loadContent()).toBe(c)
  })

  it('accepts its own output again (the admin editor round-trips content through parseContent)', () => {
    expect(() => parseContent(JSON.parse(JSON.stringify(loadContent())))).not.toThrow()
  })
})

describe('parseContent integrity errors', () => {
  it('lists every broken reference in one error, each naming where it is', () => {
    const problems = problemsOf((c) => {
      const q = c.questions.find((x) => x.kind === 'single')
      const o = q?.kind === 'single' ? q.options[0] : undefined
      o?.skills.push({ skillId: 'no-such-skill', weight: 1 })
      c.actions[0]?.prerequisites.push('no-such-action')
      c.roles[0]?.leansOn.push({ skillId: 'ghost-skill', weight: 2 })
      c.skills[0]?.sources.push('no-such-source')
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/questions\[.+\]\.options\[.+\]\.skills: unknown skill "no-such-skill"/),
        expect.stringMatching(/actions\[.+\]\.prerequisites: unknown action "no-such-action"/),
        expect.stringMatching(/roles\[.+\]\.leansOn: unknown skill "ghost-skill"/),
        expect.stringMatching(/skills\[.+\]\.sources: unknown source "no-such-source"/),
      ]),
    )
    expect(problems.length).toBeGreaterThanOrEqual(4)
  })

  it('reports schema errors with their path, and the message counts the problems', () => {
    const c = clone() as unknown as { skills: { name: string }[] }
    if (c.skills[0]) c.skills[0].name = ''
    expect(() => parseContent(c)).toThrow(/Content is invalid \(1 problem\):\n- skills\.0\.name/)
  })

  it('rejects prerequisite cycles, duplicate ids and gappy number bands', () => {
    const problems = problemsOf((c) => {
      const [a, b] = c.actions
      if (a && b) {
        a.prerequisites = [b.id]
        b.prerequisites = [a.id]
      }
      const dup = c.skills[1]
      if (dup) c.skills.push({ ...dup })
      const num = c.questions.find((q) => q.kind === 'number')
      if (num?.kind === 'number' && num.bands[0]) num.bands[0].max -= 1
    })
    expect(problems.some((p) => p.includes('prerequisite cycle'))).toBe(true)
    expect(problems.some((p) => /skills: id ".+" is used more than once/.test(p))).toBe(true)
    expect(problems.some((p) => p.includes('without gaps or overlaps'))).toBe(true)
  })

  it('rejects a skill that too few questions measure, and a gap no action can close', () => {
    const problems = problemsOf((c) => {
      for (const q of c.questions) {
        for (const e of q.kind === 'number' ? q.bands : q.options)
          e.skills = e.skills.filter((s) => s.skillId !== 'go-to-market')
      }
      for (const a of c.actions) a.skills = a.skills.filter((s) => s !== 'storytelling')
    })
    expect(problems).toContain('skills[go-to-market]: must be measured by at least two questions')
    expect(problems).toContain('skills[storytelling]: must be built by at least two actions')
  })
})

describe('contentVersion', () => {
  it('is a short hash that ignores key order but changes with any edit', () => {
    const c = loadContent()
    const v = contentVersion(c)
    expect(v).toMatch(/^[0-9a-f]{12}$/)
    const reordered = reverseKeys(c) as Content
    expect(Object.keys(reordered)).toEqual(Object.keys(c).reverse())
    expect(contentVersion(reordered)).toBe(v)
    const edited = clone()
    if (edited.skills[0]) edited.skills[0].name += ' (edited)'
    expect(contentVersion(edited)).not.toBe(v)
  })
})

import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content/load'

// The bundled content, checked directly (independently of contentProblems) against the rules in issue 3.
const c = loadContent()
const effectsOf = (q: (typeof c.questions)[number]) => (q.kind === 'number' ? q.bands : q.options)
const skillIdsOf = (q: (typeof c.questions)[number]) =>
  new Set(effectsOf(q).flatMap((e) => e.skills.map((s) => s.skillId)))

describe('bundled content', () => {
  it('has five sections in the agreed order, 25–40 questions and about 10–15 minutes', () => {
    expect(c.sections.map((s) => s.id)).toEqual(['background', 'experience', 'scenarios', 'goals', 'motivation'])
    expect(c.questions.length).toBeGreaterThanOrEqual(25)
    expect(c.questions.length).toBeLessThanOrEqual(40)
    const minutes = c.sections.reduce((s, x) => s + x.estimatedMinutes, 0)
    expect(minutes).toBeGreaterThanOrEqual(10)
    expect(minutes).toBeLessThanOrEqual(15)
    for (const s of c.sections) expect(c.questions.some((q) => q.sectionId === s.id)).toBe(true)
  })

  it('uses every question category the issue names', () => {
    const categories = new Set(c.questions.map((q) => q.category))
    for (const k of ['context', 'evidence', 'anchored', 'scenario', 'crosswalk', 'motivation'] as const)
      expect(categories, k).toContain(k)
  })

  it('maps every skill-measuring question to at least one skill, and every option of it to a rationale', () => {
    for (const q of c.questions.filter((x) => !['context', 'motivation'].includes(x.category))) {
      expect(skillIdsOf(q).size, q.id).toBeGreaterThan(0)
    }
    for (const q of c.questions) for (const e of effectsOf(q)) expect(e.rationale.length, q.id).toBeGreaterThan(10)
  })

  it('measures every skill with at least two questions', () => {
    for (const s of c.skills) {
      const measuring = c.questions.filter((q) => skillIdsOf(q).has(s.id))
      expect(measuring.length, s.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('gives every skill (any can be a gap) at least two actions, and one on every path', () => {
    for (const s of c.skills) {
      const building = c.actions.filter((a) => a.skills.includes(s.id))
      expect(building.length, s.id).toBeGreaterThanOrEqual(2)
      for (const p of c.paths)
        expect(
          building.some((a) => a.paths.includes(p.id)),
          `${s.id} on ${p.id}`,
        ).toBe(true)
    }
  })

  it('cites an existing source on every skill, role, path, phase and action', () => {
    const sources = new Set(c.sources.map((s) => s.id))
    for (const x of [...c.skills, ...c.roles, ...c.paths, ...c.phases, ...c.actions]) {
      expect(x.sources.length, x.id).toBeGreaterThan(0)
      for (const id of x.sources) expect(sources.has(id), `${x.id} cites ${id}`).toBe(true)
    }
  })

  it('describes every anchored self-rating level in observable terms, levels 1–5', () => {
    for (const q of c.questions.filter((x) => x.category === 'anchored')) {
      if (q.kind !== 'single') throw new Error(`${q.id} should be single choice`)
      expect(q.options.map((o) => o.level)).toEqual([1, 2, 3, 4, 5])
      // Observable: each level says what you do, not how good you are.
      for (const o of q.options)
        expect(o.detail, `${q.id}/${o.id}`).not.toMatch(/\b(good|great|excellent|expert|poor|average|strong|weak)\b/i)
      expect(new Set(q.options.map((o) => o.detail)).size).toBe(5)
    }
  })

  it('gives every action a concrete "done when", an effort and prerequisites that exist', () => {
    const ids = new Set(c.actions.map((a) => a.id))
    for (const a of c.actions) {
      expect(a.doneWhen.length, a.id).toBeGreaterThan(20)
      expect(a.effortHours).toBeGreaterThan(0)
      for (const p of a.prerequisites) expect(ids.has(p), `${a.id} needs ${p}`).toBe(true)
    }
  })

  it('covers the skills the articles name, both the ones that carry over and the usual gaps', () => {
    const ids = c.skills.map((s) => s.id)
    for (const id of [
      'technical-feasibility',
      'systems-thinking',
      'engineering-collaboration',
      'data-fluency',
      'problem-diagnosis',
      'mvp-slicing',
      'tradeoff-decisions',
      'build-lifecycle',
      'customer-discovery',
      'business-acumen',
      'stakeholder-communication',
      'storytelling',
      'product-strategy',
      'outcome-prioritisation',
      'influence-without-authority',
      'comfort-with-ambiguity',
      'go-to-market',
      'product-metrics',
    ])
      expect(ids).toContain(id)
  })
})

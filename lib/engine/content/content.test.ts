import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/knowledge/load'

// The bundled content, checked directly (independently of contentProblems) against the rules the readout relies on.
const c = loadContent()
const effectsOf = (q: (typeof c.questions)[number]) => (q.kind === 'number' ? q.bands : q.options)
const skillIdsOf = (q: (typeof c.questions)[number]) =>
  new Set(effectsOf(q).flatMap((e) => e.skills.map((s) => s.skillId)))

describe('bundled content', () => {
  it('has five sections in order, 25–40 questions and about 10–15 minutes', () => {
    expect(c.sections.map((s) => s.id)).toEqual(['background', 'experience', 'scenarios', 'goals', 'motivation'])
    expect(c.questions.length).toBeGreaterThanOrEqual(25)
    expect(c.questions.length).toBeLessThanOrEqual(40)
    const minutes = c.sections.reduce((s, x) => s + x.estimatedMinutes, 0)
    expect(minutes).toBeGreaterThanOrEqual(10)
    expect(minutes).toBeLessThanOrEqual(15)
    for (const s of c.sections) expect(c.questions.some((q) => q.sectionId === s.id)).toBe(true)
  })

  it('uses every kind of evidence, with real behaviours the largest group', () => {
    const count = (k: string) => c.questions.filter((q) => q.category === k).length
    for (const k of ['context', 'behaviour', 'crosswalk', 'scenario', 'self-rating', 'motivation'])
      expect(count(k), k).toBeGreaterThan(0)
    expect(count('behaviour')).toBeGreaterThanOrEqual(count('scenario'))
  })

  it('writes scenarios whose options are all reasonable moves: none lowers a skill, each shows two', () => {
    // A scenario with one plainly right option would reward knowing the "PM answer" rather than being able to act.
    for (const q of c.questions.filter((x) => x.category === 'scenario')) {
      if (q.kind !== 'single') throw new Error(`${q.id} should be single choice`)
      for (const o of q.options) {
        expect(
          o.skills.every((s) => s.weight === 1),
          `${q.id}/${o.id}`,
        ).toBe(true)
        expect(o.skills.length, `${q.id}/${o.id}`).toBe(2)
      }
    }
  })

  it('caps a skill on a "never" answer to every behaviour question about it', () => {
    for (const q of c.questions.filter((x) => x.category === 'behaviour')) {
      if (q.kind !== 'single') throw new Error(`${q.id} should be single choice`)
      const lowest = q.options[0]
      expect(lowest?.caps.length, q.id).toBeGreaterThan(0)
      for (const cap of lowest?.caps ?? []) expect(cap.atMost, q.id).toBeLessThan(55)
    }
  })

  it('maps every skill-measuring question to at least one skill, and every option of it to a rationale', () => {
    for (const q of c.questions.filter((x) => x.category !== 'context' && x.category !== 'motivation')) {
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

  it('describes every self-rating level in observable terms, on an even scale', () => {
    for (const q of c.questions.filter((x) => x.category === 'self-rating')) {
      if (q.kind !== 'single') throw new Error(`${q.id} should be single choice`)
      expect(q.options.map((o) => o.level)).toEqual([1, 2, 3, 4, 5])
      // Levels 1–5 move the rated skill by −2, −1, 0, +1, +2: level 3 reads as the middle, not as 60 of 100.
      expect(q.options.map((o) => o.skills.reduce((s, x) => s + x.weight, 0))).toEqual([-2, -1, 0, 1, 2])
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
      // Product School names PRDs; Dice: "develop your UX skills".
      'spec-writing',
      'ux-sense',
    ])
      expect(ids).toContain(id)
  })
})

describe('bundled content: who each step and route is for', () => {
  const action = (id: string) => {
    const a = c.actions.find((x) => x.id === id)
    if (!a) throw new Error(`no action ${id}`)
    return a
  }
  it('never plans a step that needs a PM, a manager, a team or a job for someone without one', () => {
    // Every working situation, by whether it has PMs to learn from, a team at work, or neither.
    const situations = (c.questions.find((q) => q.id === 'company-pms') as { options: { id: string }[] }).options.map(
      (o) => o.id,
    )
    const withPms = ['yes-my-team', 'yes-elsewhere', 'yes-abroad', 'placed-at-client', 'on-leave-pms']
    const noTeam = ['freelance', 'not-employed', 'student']
    const openTo = (id: string) =>
      situations.filter((s) =>
        action(id)
          .requires.filter((r) => r.questionId === 'company-pms')
          .every((r) => r.anyOf?.includes(s)),
      )
    // Product School (any background): without PMs where you work, move first to a company that has them; these
    // steps assume PMs to watch and talk to.
    for (const id of ['shadow-a-pm', 'sit-in-planning', 'talk-to-product-leader'])
      expect(openTo(id).sort(), id).toEqual([...withPms].sort())
    expect(action('tell-your-manager').requires).toContainEqual({
      questionId: 'manager-knows',
      anyOf: ['supportive', 'unclear', 'not-yet'],
    })
    // Steps that need a team or colleagues at work: never for a freelancer, someone between jobs or a student.
    for (const id of [
      'ask-why',
      'read-product-metrics',
      'analyse-feature-usage',
      'feasibility-reviews',
      'own-small-feature',
      'join-customer-calls',
      'work-with-gtm',
      'lead-cross-team-decision',
    ])
      for (const s of noTeam) expect(openTo(id), `${id} for ${s}`).not.toContain(s)
    // engineeringmanagement.org: act as an independent consultant. A freelancer's client work stands in for a side
    // project, and for nobody else's.
    expect(openTo('side-project-as-pm')).not.toContain('freelance')
    expect(action('side-project-as-pm').insteadId).toBe('own-client-outcome')
    expect(openTo('own-client-outcome').sort()).toEqual(['freelance', 'no-agency'])
  })

  it('has an honest answer for every working situation, and a route open to each', () => {
    const q = c.questions.find((x) => x.id === 'company-pms')
    const ids = q?.kind === 'single' ? q.options.map((o) => o.id) : []
    // Every working situation a person may be in, so none is left without an honest answer: PMs on the team,
    // elsewhere, abroad; none (agency, startup); freelance; placed with a client; between jobs; on leave; student.
    expect(ids).toEqual(
      expect.arrayContaining([
        'yes-my-team',
        'yes-elsewhere',
        'yes-abroad',
        'no-startup',
        'no-agency',
        'placed-at-client',
        'freelance',
        'not-employed',
        'on-leave-pms',
        'on-leave-no-pms',
        'student',
      ]),
    )
    const paths = (s: string) =>
      c.paths.filter((p) => p.requires.every((r) => r.questionId !== 'company-pms' || r.anyOf?.includes(s)))
    for (const s of ids) expect(paths(s).length, s).toBeGreaterThan(0)
    // Product School (any background) and Dice: the client who knows your work is the nearest thing to an internal
    // transfer for someone placed there, and only for them.
    expect(paths('placed-at-client').map((p) => p.id)).toContain('client-move')
    expect(paths('freelance').map((p) => p.id)).not.toContain('client-move')
    expect(paths('freelance').map((p) => p.id)).not.toContain('internal-transfer')
  })

  it('offers a next step in place of steps people often already do', () => {
    expect(action('own-small-feature').insteadId).toBe('feature-case-study')
    expect(action('customer-interviews').insteadId).toBe('discovery-to-decision')
    expect(action('tell-your-manager').insteadId).toBe('talk-to-product-leader')
  })

  it('puts interview practice in every route that ends in a PM interview', () => {
    for (const p of c.paths.filter((x) => x.id !== 'move-first'))
      expect(p.requiredActionIds, p.id).toEqual(expect.arrayContaining(['interview-stories', 'mock-interviews']))
  })

  it('gates roles by career stage: under two years, associate PM programmes', () => {
    // Product School (any background): fresh out of college, try an APM programme.
    for (const id of ['technical-pm', 'platform-api-pm', 'ai-ml-pm'])
      expect(c.roles.find((r) => r.id === id)?.requires).toContainEqual({ questionId: 'years-experience', min: 2 })
    expect(c.roles.find((r) => r.id === 'associate-pm')?.requires).toContainEqual({
      questionId: 'years-experience',
      max: 3,
    })
  })
})

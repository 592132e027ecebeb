import { describe, expect, it } from 'vitest'
import { readInputs, scoreAnswers } from '@/lib/engine/scoring/score'
import { readinessFit, readinessFor } from '@/lib/engine/scoring/window'
import { answers, content, numberQ, option, path, selfRating, single } from '@/tests/fixtures/content-builder'

describe('readInputs: facts read straight from the answers', () => {
  const c = content()
  it.each([
    [
      'a target',
      answers({ hours: 3, years: 1, timeline: 'soon' }),
      { hoursPerWeek: 3, yearsExperience: 1, targetWeeks: 6 },
    ],
    [
      'no fixed date',
      answers({ hours: 40, timeline: 'open' }),
      { hoursPerWeek: 40, yearsExperience: 5, targetWeeks: null },
    ],
    [
      'no timeline answer',
      { ...answers(), timeline: undefined } as never,
      { hoursPerWeek: 10, yearsExperience: 5, targetWeeks: null },
    ],
    [
      'an unknown timeline option',
      answers({ timeline: 'gone' }),
      { hoursPerWeek: 10, yearsExperience: 5, targetWeeks: null },
    ],
  ])('%s', (_, a, inputs) => {
    expect(readInputs(c, a)).toEqual(inputs)
  })

  it('reads no years or target from content without those questions', () => {
    const bare = content({ questions: c.questions.filter((q) => q.id === 'hours') })
    expect(readInputs(bare, { hours: 5, years: 3, timeline: 'soon' })).toEqual({
      hoursPerWeek: 5,
      yearsExperience: null,
      targetWeeks: null,
    })
    const multiTimeline = content({
      questions: [
        numberQ({ id: 'hours', feeds: 'hours-per-week', min: 1, max: 40 }),
        {
          ...single({
            id: 't',
            feeds: 'target-timeline',
            options: [option({ id: 'a', targetWeeks: 4 }), option({ id: 'b' })],
          }),
          kind: 'multi',
        },
      ],
    })
    expect(readInputs(multiTimeline, { hours: 5, t: 'a' }).targetWeeks).toBeNull()
  })

  it('refuses answers without hours, which must be validated first', () => {
    expect(() => readInputs(c, { years: 5 })).toThrow('scoreAnswers: answers lack hours per week; validate them first')
    expect(() => readInputs(content({ questions: [] }), { hours: 5 })).toThrow('lack hours per week')
  })
})

describe('scoreAnswers: one pass from answers to a readout', () => {
  // Four self-ratings, so flat ratings can be tested.
  const rated = () => {
    const c = content()
    return content({
      questions: [
        ...c.questions,
        selfRating('self-b', 'skill-b'),
        selfRating('self-c', 'skill-c'),
        selfRating('self-d', 'skill-a'),
      ],
    })
  }
  // Every self-rating at 5, and what was done at the top too, so no self-rating disagrees with it.
  const flatAnswers = answers({
    talk: 'weekly',
    design: 'often',
    work: ['on-call', 'support', 'roadmap'],
    'self-a': 'level-5',
    'self-b': 'level-5',
    'self-c': 'level-5',
    'self-d': 'level-5',
  })

  it('flags flat self-ratings, lowers confidence where a self-rating feeds a skill, and says how to do better', () => {
    const c = rated()
    const flat = scoreAnswers(c, flatAnswers)
    expect(flat.flat).toBe(true)
    expect(flat.flags.map((f) => f.kind)).toContain('flat-ratings')
    const rateEach = (r: typeof flat) => r.reliability.improveBy.some((x) => x.startsWith('Rate each skill on its own'))
    expect(rateEach(flat)).toBe(true)
    const varied = scoreAnswers(c, { ...flatAnswers, 'self-b': 'level-2', 'self-c': 'level-3' })
    expect(varied.flat).toBe(false)
    expect(rateEach(varied)).toBe(false)
    // Said under each skill, in words that vary from one skill to the next (confidenceSayings).
    const conf = (r: typeof flat) =>
      r.skills.map((s) =>
        /nearly all the same|barely varied|sits at one level|flat: worth little/.test(s.confidence.why),
      )
    expect(conf(flat)).toEqual([true, true, true])
    expect(conf(varied)).toEqual([false, false, false])
  })

  it('says how to make the readout more reliable, and that nobody has checked it', () => {
    expect(scoreAnswers(content(), answers()).reliability).toEqual({
      note: 'This readout rests entirely on your own answers. Answers about what you have actually done count most, scenarios less and self-ratings least, because people judge their own skills only roughly; still, nobody has checked them.',
      improveBy: [
        'Go through this readout with someone who has seen your work (a manager, a lead or a PM), starting with the skills you rated highest.',
        'Take stock against a real PM job listing with someone in product: which requirements can you show evidence for?',
        'Retake the assessment once your plan has given you new evidence, such as customer interviews or a proposal.',
      ],
      sources: ['dice-jumping-in', 'cos-skills-matcher'],
    })
  })

  it('puts over-confidence first in how to make the readout more reliable', () => {
    const r = scoreAnswers(content(), answers({ 'self-a': 'level-5', talk: 'never' }))
    expect(r.flags.map((f) => f.kind)).toEqual(['over-confidence'])
    expect(r.reliability.improveBy[0]).toContain('Find an example for each skill')
    expect(r.reliability.improveBy).toHaveLength(4)
    expect(r.reliability.sources).toEqual(['dice-jumping-in', 'cos-skills-matcher'])
  })

  it('lists each answer once, as the user saw it', () => {
    const r = scoreAnswers(content(), answers({ work: ['on-call', 'support'] }))
    expect(r.answers.find((a) => a.questionId === 'work')).toEqual({
      questionId: 'work',
      label: 'Label of work',
      prompt: 'Question work?',
      answer: 'Label on-call; Label support',
      kind: 'crosswalk',
    })
    expect(r.answers.map((a) => a.questionId)).toEqual(content().questions.map((q) => q.id))
  })

  it('adds the motivation flags and a path conflict after the skill flags', () => {
    const c = content()
    // The lean against path-a cannot win the person path-b, which their years rule out.
    const conflicted = content({
      paths: [path({ id: 'path-a' }), path({ id: 'path-b', requires: [{ questionId: 'years', min: 30 }] })],
      questions: [
        ...c.questions.filter((q) => q.id !== 'why'),
        single({
          id: 'why',
          category: 'motivation',
          options: [
            option({
              id: 'code',
              signals: [
                { signal: 'deep-tech', weight: 2 },
                { signal: 'pull', weight: 3 },
              ],
              paths: [{ pathId: 'path-a', weight: -3 }],
            }),
            option({ id: 'b' }),
          ],
        }),
      ],
    })
    const r = scoreAnswers(conflicted, answers({ why: 'code', 'self-a': 'level-5', talk: 'never' }))
    expect(r.flags.map((f) => f.kind)).toEqual(['over-confidence', 'motivation', 'path-conflict'])
    expect(r.path.pathId).toBe('path-a')
  })

  it('sizes readiness on the best role, not the first in the content', () => {
    // role-b leans on systems thinking, strong here; role-a on customer discovery, weak.
    const a = answers({ design: 'often', work: ['on-call', 'roadmap'], talk: 'never', scenario: 'rank' })
    const r = scoreAnswers(content(), a)
    expect(r.bestRoleId).toBe('role-b')
    const first = scoreAnswers(content({ roles: content().roles.filter((x) => x.id !== 'role-a') }), a)
    expect(r.readiness).toEqual(first.readiness)
    const roleB = content().roles.find((x) => x.id === 'role-b')
    if (!roleB) throw new Error('no role-b')
    expect(r.readiness).toEqual(readinessFor(readinessFit(content(), roleB, r.skills), 'Role role-b'))
    expect(r.readiness.why).not.toMatch(/\d/)
  })

  it('sizes readiness on the best role and scores the window from it', () => {
    const r = scoreAnswers(content(), answers())
    expect(r.bestRoleId).toBe(r.roles[0]?.roleId)
    expect(r.readiness.why).toMatch(/^Your skills|^You have a base|^Most of the skills/)
    expect(r.readiness.why).not.toMatch(/\d/)
    expect(r.window.minWeeks).toBeGreaterThan(0)
    expect(r.version).toBe(2)
    expect(r.inputs).toEqual({ hoursPerWeek: 10, yearsExperience: 5, targetWeeks: null })
  })
})

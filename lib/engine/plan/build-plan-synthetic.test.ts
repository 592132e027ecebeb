import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/engine/content/answers'
import type { Action } from '@/lib/engine/content/schema'
import { buildPlan, withWindow } from '@/lib/engine/plan/build-plan'
import type { PlanInput } from '@/lib/engine/plan/select-actions'
import {
  action,
  answers,
  content,
  gap,
  path,
  phase,
  planInput,
  roleFit,
  strength,
  transitionWindow,
  verdict,
} from '@/tests/fixtures/content-builder'

// Three phases (the last waits for the second); actions are given per test. Gap on skill-a unless said otherwise.
const plan = (actions: Action[], o: Partial<PlanInput> = {}, a: Answers = answers(), required: string[] = []) => {
  const c = content({
    actions,
    paths: [path({ id: 'path-a', name: 'Internal transfer', requiredActionIds: required }), path({ id: 'path-b' })],
    phases: [
      phase({ id: 'phase-a', sources: ['src-b'] }),
      phase({ id: 'phase-b', milestoneTitle: 'Built something', milestone: 'You shipped it.' }),
      phase({ id: 'phase-c', startsAfter: ['phase-b'] }),
    ],
  })
  return buildPlan(c, planInput(o), a)
}
const hours = (h: number, minWeeks = 1, maxWeeks = 40): Partial<PlanInput> => ({
  inputs: { hoursPerWeek: h, yearsExperience: 5, targetWeeks: null },
  window: transitionWindow({ minWeeks, maxWeeks }),
})

describe('buildPlan on synthetic content', () => {
  it('lists every action once, in start order, with its scheduled weeks and why it is there', () => {
    const p = plan(
      [
        action({ id: 'move', phaseId: 'phase-c', skills: ['skill-a'], effortHours: 2 }),
        action({
          id: 'build',
          phaseId: 'phase-b',
          skills: ['skill-a', 'skill-c'],
          effortHours: 8,
          spanWeeks: 2,
          prerequisites: ['start', 'elsewhere'],
        }),
        action({ id: 'start', phaseId: 'phase-a' }),
        action({ id: 'elsewhere', paths: ['path-b'] }),
      ],
      // The window starts in week 10: there is time for depth before the move.
      { ...hours(4, 10), gaps: [gap({ skillId: 'skill-a', score: 30 }), gap({ skillId: 'skill-b', score: 40 })] },
    )
    // build is more practice (optional): it and the prerequisite it brings take the hours the move leaves, and hold
    // nothing back, so the move comes first.
    expect(p.actions.map((a) => [a.actionId, a.startWeek, a.endWeek, a.optional])).toEqual([
      ['move', 1, 1, undefined],
      ['start', 1, 2, true],
      ['build', 3, 4, true],
    ])
    expect(p.actions[2]).toMatchObject({
      title: 'Do build',
      phaseId: 'phase-b',
      hours: 8,
      effortHours: 8,
      spanWeeks: 2,
      prerequisites: ['start'],
      ongoing: false,
      followUp: null,
      closesGaps: [{ skillId: 'skill-a', name: 'Customer discovery' }],
      skills: [
        { skillId: 'skill-a', name: 'Customer discovery' },
        { skillId: 'skill-c', name: 'Prioritisation' },
      ],
      why: 'More practice on customer discovery, while your hours allow.',
      whatToDo: 'How to do build.',
      doneWhen: 'build is done.',
      sources: ['src-a'],
    })
    expect(p.actions[1]?.why).toBe('Needed before “Do build”.')
    // The short step is the better value for the gap; the longer one comes as more practice.
    expect(p.actions[0]?.why).toBe('For your gap in customer discovery.')
    // The phase milestones rest on the core steps only.
    expect(p.milestones.map((m) => [m.id, m.actionIds])).toEqual([['end-phase-c', ['move']]])
  })

  it('orders actions that start together by content order', () => {
    const p = plan(
      [action({ id: 'y', phaseId: 'phase-b', skills: ['skill-a'] }), action({ id: 'x', skills: ['skill-b'] })],
      {
        gaps: [gap({ skillId: 'skill-a', score: 60 }), gap({ skillId: 'skill-b', score: 60 })],
      },
    )
    expect(p.actions.map((a) => [a.actionId, a.startWeek])).toEqual([
      ['y', 1],
      ['x', 1],
    ])
  })

  it('states an ongoing step’s pace once, on the action, and ends the plan with its main work', () => {
    const p = plan(
      [
        action({
          id: 'apply',
          title: 'Apply for PM roles',
          phaseId: 'phase-c',
          skills: ['skill-a'],
          effortHours: 4,
          ongoing: true,
          followUpHours: 3,
          until: 'until you accept an offer',
        }),
      ],
      hours(4, 5),
    )
    expect(p.actions[0]?.followUp).toEqual({
      hoursPerWeek: 3,
      fromWeek: 2,
      toWeek: 2,
      until: 'until you accept an offer',
    })
    expect(p.weeks.map((w) => [w.week, w.hours, w.work.length, w.followUps.length])).toEqual([[1, 4, 1, 0]])
    expect(p).toMatchObject({ totalWeeks: 1, totalHours: 4, hoursPerWeek: 4 })
    // Once the window is known, the pace is expected to end with it, and the notes say so in words.
    const fitted = withWindow(p, { minWeeks: 1, maxWeeks: 9 })
    expect(fitted.actions[0]?.followUp).toMatchObject({ fromWeek: 2, toWeek: 9 })
    expect(fitted.notes.at(-1)).toBe(
      'The plan’s work ends in week 1. From then on, keep “Apply for PM roles” going at about 3 hours a week until you accept an offer: the window runs to week 9 because the move itself takes time.',
    )
    // Said once, however often the window is fitted again; nothing to say when the window ends with the plan.
    expect(
      withWindow(fitted, { minWeeks: 1, maxWeeks: 12 }).notes.filter((n) => n.startsWith('The plan’s work ends')),
    ).toHaveLength(1)
    expect(withWindow(p, { minWeeks: 1, maxWeeks: 1 }).notes).toEqual(p.notes)
  })

  it('merges a run of identical weeks into one entry, so no week repeats the one before', () => {
    const p = plan(
      [
        action({ id: 'long', skills: ['skill-a'], effortHours: 12, spanWeeks: 4 }),
        action({ id: 'short', skills: ['skill-b'], effortHours: 2, spanWeeks: 1 }),
      ],
      { ...hours(5), gaps: [gap({ skillId: 'skill-a', score: 60 }), gap({ skillId: 'skill-b', score: 60 })] },
    )
    expect(p.weeks.map((w) => [w.week, w.toWeek, w.hours, w.work.map((x) => x.actionId)])).toEqual([
      [1, undefined, 5, ['long', 'short']],
      [2, 4, 3, ['long']],
    ])
    expect(p).toMatchObject({ totalWeeks: 4, totalHours: 14 })
  })

  it('labels each week with the earliest phase it has work in, never moving back, and reads phase spans off the weeks', () => {
    const p = plan(
      [
        action({ id: 'b1', phaseId: 'phase-b', skills: ['skill-a'], effortHours: 4 }),
        action({ id: 'a1', phaseId: 'phase-a', skills: ['skill-b'], effortHours: 4, prerequisites: ['b1'] }),
        action({ id: 'c1', phaseId: 'phase-c', skills: ['skill-c'], effortHours: 4 }),
      ],
      { ...hours(4, 4), gaps: ['skill-a', 'skill-b', 'skill-c'].map((skillId) => gap({ skillId, score: 60 })) },
    )
    // The plan ends with c1, its last work, in week 3: nothing pads it to the window's start.
    expect(p.weeks.map((w) => [w.week, w.toWeek, w.phaseId])).toEqual([
      [1, undefined, 'phase-b'],
      [2, undefined, 'phase-b'],
      [3, undefined, 'phase-c'],
    ])
    expect(p.phases.map((ph) => [ph.id, ph.startWeek, ph.endWeek])).toEqual([
      ['phase-b', 1, 2],
      ['phase-c', 3, 3],
    ])
    expect(p.phases[0]).toMatchObject({ title: 'Phase phase-b', summary: 'What phase-b is for.', sources: ['src-a'] })
  })

  it('closes each phase with a milestone backed by its actions, in week order', () => {
    const p = plan(
      [
        action({ id: 'a1', phaseId: 'phase-a', skills: ['skill-b'], effortHours: 8, spanWeeks: 2 }),
        action({ id: 'b1', phaseId: 'phase-b', skills: ['skill-a'], effortHours: 4 }),
        action({ id: 'b2', phaseId: 'phase-b', skills: ['skill-c'], effortHours: 4, prerequisites: ['b1'] }),
      ],
      { ...hours(10), gaps: ['skill-a', 'skill-b', 'skill-c'].map((skillId) => gap({ skillId, score: 60 })) },
    )
    expect(p.milestones).toEqual([
      {
        id: 'end-phase-a',
        week: 2,
        title: 'Milestone of phase-a',
        doneWhen: 'Done with phase-a.',
        checks: ['a1 is done.'],
        actionIds: ['a1'],
      },
      {
        id: 'end-phase-b',
        week: 2,
        title: 'Built something',
        doneWhen: 'You shipped it.',
        checks: ['b1 is done.', 'b2 is done.'],
        actionIds: ['b1', 'b2'],
      },
    ])
    expect(p.weeks.map((w) => w.milestoneIds)).toEqual([[], ['end-phase-a', 'end-phase-b']])
  })

  it.each([
    ['not-now', true],
    ['not-for-you', true],
    ['go', false],
  ] as const)('adds a decision checkpoint after the first product work when the verdict is %s: %s', (kind, shown) => {
    const p = plan(
      [
        action({ id: 'a1', phaseId: 'phase-a', skills: ['skill-b'], effortHours: 4 }),
        action({ id: 'b1', phaseId: 'phase-b', skills: ['skill-a'], effortHours: 12, spanWeeks: 3 }),
        action({ id: 'b2', phaseId: 'phase-b', skills: ['skill-c'], effortHours: 4 }),
      ],
      {
        ...hours(10),
        verdict: verdict({ kind }),
        gaps: ['skill-a', 'skill-b', 'skill-c'].map((skillId) => gap({ skillId, score: 60 })),
      },
    )
    const checkpoint = p.milestones.find((m) => m.id === 'decision-checkpoint')
    expect(checkpoint !== undefined).toBe(shown)
    if (!checkpoint) return expect(p.notes.some((n) => n.includes('checkpoint'))).toBe(false)
    // b2 is the first product task to finish (week 2, after the opening phase ends in week 1).
    expect(checkpoint).toMatchObject({ week: 2, title: 'Decide whether product work is for you', actionIds: [] })
    expect(checkpoint.checks.length).toBe(3)
    expect(p.notes.at(-1)).toBe(
      'Because your motivation answers raised a warning, week 2 has a checkpoint: once you have tried your first product tasks, decide whether to go on.',
    )
  })

  it('never puts the checkpoint before the opening phase ends, or before week 1', () => {
    const late = plan(
      [
        action({ id: 'a1', phaseId: 'phase-a', skills: ['skill-b'], effortHours: 12, spanWeeks: 3 }),
        action({ id: 'b1', phaseId: 'phase-b', skills: ['skill-a'], effortHours: 2 }),
      ],
      {
        ...hours(10),
        verdict: verdict({ kind: 'not-now' }),
        gaps: ['skill-a', 'skill-b'].map((skillId) => gap({ skillId, score: 60 })),
      },
    )
    expect(late.milestones.find((m) => m.id === 'decision-checkpoint')?.week).toBe(3)
    const opening = plan(
      [action({ id: 'a1', phaseId: 'phase-a', skills: ['skill-a'], effortHours: 12, spanWeeks: 3 })],
      {
        ...hours(10),
        verdict: verdict({ kind: 'not-now' }),
      },
    )
    expect(opening.milestones.map((m) => [m.id, m.week])).toEqual([
      ['end-phase-a', 3],
      ['decision-checkpoint', 3],
    ])
    const none = plan([action({ id: 'x', paths: ['path-b'] })], { ...hours(10), verdict: verdict({ kind: 'not-now' }) })
    expect(none.milestones).toEqual([expect.objectContaining({ id: 'decision-checkpoint', week: 1 })])
  })

  it('says in its notes how it was sized, what every plan includes, what to lead with, what is behind you and what was left out', () => {
    const weekly = { questionId: 'talk', anyOf: ['weekly'] }
    const p = plan(
      [
        action({ id: 'tell', title: 'Tell your manager', skills: ['skill-b'] }),
        action({ id: 'ask', title: 'Ask a “PM”', skills: ['skill-a'], skipWhen: [weekly], insteadId: 'lead' }),
        action({ id: 'lead', title: 'Lead interviews', skills: ['skill-a'] }),
        action({ id: 'done', title: 'Shadow a PM', skills: ['skill-c'], skipWhen: [weekly] }),
        action({ id: 'big', title: 'Ship a feature', skills: ['skill-a'], effortHours: 80 }),
      ],
      {
        ...hours(1, 1, 4),
        strengths: [
          strength({ name: 'Systems thinking' }),
          strength({ name: 'Debugging', confidence: 'low' }),
          strength({ name: 'API design' }),
          strength({ name: 'SQL' }),
        ],
        roles: [roleFit({ roleId: 'role-a', name: 'Technical product manager' })],
        gaps: [gap({ skillId: 'skill-a', score: 20 })],
      },
      answers({ talk: 'weekly' }),
      ['tell', 'ask', 'done'],
    )
    expect(p.notes).toEqual([
      'Sized for 1 hour a week: no week asks for more.',
      'On this route, every plan includes “Tell your manager”.',
      'In your résumé, stories and interviews, lead with systems thinking and API design, and aim for a role as a technical product manager.',
      'Already behind you, so not in the plan: “Ask a ‘PM’” and “Shadow a PM”. The plan moves you on to the next step instead.',
      'Left out for lack of hours, because fitting them in would push back your move (add them if you find time): “Ship a feature”.',
    ])
    expect(p.alreadyDoing).toEqual([
      { actionId: 'ask', title: 'Ask a “PM”', insteadId: 'lead' },
      { actionId: 'done', title: 'Shadow a PM', insteadId: null },
    ])
    expect(p.leftOut).toEqual([{ actionId: 'big', title: 'Ship a feature' }])
    expect(p.actions.find((a) => a.actionId === 'lead')?.why).toBe(
      'The next step on from “Ask a ‘PM’”, which is already behind you.',
    )
    expect(p.gapCoverage).toEqual([{ skillId: 'skill-a', name: 'Customer discovery', actionIds: ['lead'] }])
  })

  it('keeps the notes short when there is nothing more to say', () => {
    const done = { questionId: 'talk', anyOf: ['weekly'] }
    const p = plan(
      [action({ id: 'x', skills: ['skill-a'] }), action({ id: 'skip', skipWhen: [done] })],
      hours(2),
      answers({ talk: 'weekly' }),
      ['skip'],
    )
    expect(p.notes).toEqual([
      'Sized for 2 hours a week: no week asks for more.',
      'Already behind you, so not in the plan: “Do skip”.',
    ])
  })

  it('names the plan’s path and role, and cites what its actions and phases cite (phase-a cites src-b)', () => {
    const p = plan([action({ id: 'x', skills: ['skill-a'], sources: ['src-a'] })], {
      roles: [roleFit({ roleId: 'role-a', name: 'Platform PM' })],
      bestRoleId: 'role-a',
    })
    expect(p).toMatchObject({
      version: 2,
      pathId: 'path-a',
      pathName: 'Path path-a',
      roleId: 'role-a',
      roleName: 'Platform PM',
    })
    expect(p.sources.map((s) => s.id)).toEqual(['src-a', 'src-b'])
    expect(plan([action({ id: 'x', skills: ['skill-a'] })], { bestRoleId: 'role-x' }).roleName).toBe('role-x')
  })

  it('ends with its last week of work, however late the window starts, and no week asks for more than the hours', () => {
    const p = plan([action({ id: 'x', skills: ['skill-a'], effortHours: 9, spanWeeks: 2 })], hours(3, 12))
    expect(p.totalWeeks).toBe(3)
    expect(p.weeks.every((w) => w.hours <= 3)).toBe(true)
    expect(p.weeks.map((w) => [w.week, w.toWeek])).toEqual([[1, 3]])
  })

  it('takes an optional step only into spare hours: after the core steps, never delaying the move, within the window', () => {
    const steps = [
      action({ id: 'core', phaseId: 'phase-b', skills: ['skill-b'], effortHours: 4 }),
      action({ id: 'move', phaseId: 'phase-c', skills: ['skill-a'], effortHours: 2 }),
      action({ id: 'depth', phaseId: 'phase-b', skills: ['skill-a'], effortHours: 8, spanWeeks: 2 }),
    ]
    const gaps = [gap({ skillId: 'skill-a', score: 30 }), gap({ skillId: 'skill-b', score: 60 })]
    const roomy = plan(steps, { ...hours(4, 2, 10), gaps })
    // phase-c waits for phase-b, but not for the optional depth: the move keeps week 2, depth takes what is left.
    expect(roomy.actions.map((a) => [a.actionId, a.startWeek, a.endWeek])).toEqual([
      ['core', 1, 1],
      ['move', 2, 2],
      ['depth', 2, 4],
    ])
    expect(roomy.leftOut).toEqual([])
    // With the window ending in week 3 there are no spare hours for it: named as left out.
    const tight = plan(steps, { ...hours(4, 2, 3), gaps })
    expect(tight.actions.map((a) => a.actionId)).toEqual(['core', 'move'])
    expect(tight.leftOut).toEqual([{ actionId: 'depth', title: 'Do depth' }])
    // More hours a week make room again, in the same window.
    expect(plan(steps, { ...hours(8, 2, 3), gaps }).leftOut).toEqual([])
  })
})

describe('buildPlan: edges a change would break', () => {
  const three = ['skill-a', 'skill-b', 'skill-c'].map((skillId) => gap({ skillId, score: 60 }))

  it('gives follow-ups only to ongoing steps, counting weeks they share with other work', () => {
    const p = plan(
      [
        action({ id: 'apply', skills: ['skill-a'], effortHours: 2, ongoing: true }),
        action({ id: 'other', skills: ['skill-b'], effortHours: 2, prerequisites: ['apply'] }),
      ],
      { ...hours(10, 3), gaps: three.slice(0, 2) },
    )
    const by = Object.fromEntries(p.actions.map((a) => [a.actionId, a.followUp]))
    expect(by).toEqual({ apply: { hoursPerWeek: 2, fromWeek: 2, toWeek: 2 }, other: null })
    expect(p.weeks[1]).toMatchObject({
      work: [{ actionId: 'other', hours: 2 }],
      followUps: [{ actionId: 'apply', hours: 2 }],
    })
  })

  it('names every top gap a step builds in why it is there', () => {
    const p = plan([action({ id: 'both', skills: ['skill-a', 'skill-c'] })], {
      gaps: [gap({ skillId: 'skill-a', score: 60 }), gap({ skillId: 'skill-c', score: 60 })],
    })
    expect(p.actions[0]?.why).toBe('For your gaps in customer discovery and prioritisation.')
    expect(p.gapCoverage).toEqual([
      { skillId: 'skill-a', name: 'Customer discovery', actionIds: ['both'] },
      { skillId: 'skill-c', name: 'Prioritisation', actionIds: ['both'] },
    ])
  })

  it('lists steps that start in the same week in content order, however many', () => {
    const ids = ['s1', 's2', 's3', 's4', 's5']
    // Chosen in gap order (skill-c first), listed in content order.
    const p = plan(
      ids.map((id, i) => action({ id, skills: [i < 2 ? 'skill-a' : i < 4 ? 'skill-b' : 'skill-c'], effortHours: 1 })),
      {
        ...hours(40),
        gaps: [
          gap({ skillId: 'skill-c', score: 30 }),
          gap({ skillId: 'skill-b', score: 30 }),
          gap({ skillId: 'skill-a', score: 30 }),
        ],
      },
    )
    expect(p.actions.map((a) => a.actionId)).toEqual(ids)
  })

  it('labels a week by its earliest phase of work; follow-ups alone never move it on', () => {
    const p = plan(
      [
        action({ id: 'a1', phaseId: 'phase-a', skills: ['skill-a'], effortHours: 2 }),
        action({
          id: 'b1',
          phaseId: 'phase-b',
          skills: ['skill-b'],
          effortHours: 2,
          ongoing: true,
          until: 'until done',
        }),
        action({
          id: 'a2',
          phaseId: 'phase-a',
          skills: ['skill-a'],
          effortHours: 2,
          prerequisites: ['b1'],
          waitWeeks: 2,
          waitsFor: 'later',
        }),
      ],
      { ...hours(6, 9), gaps: three.slice(0, 2) },
      answers(),
      ['a1', 'b1', 'a2'],
    )
    expect(p.weeks.map((w) => [w.week, w.toWeek, w.phaseId, w.work.length, w.followUps.length])).toEqual([
      [1, undefined, 'phase-a', 2, 0],
      [2, 3, 'phase-a', 0, 1],
      [4, undefined, 'phase-a', 1, 1],
    ])
    expect(p.actions.find((a) => a.actionId === 'a2')).toMatchObject({ waitWeeks: 2, waitsFor: 'later', startWeek: 4 })
  })

  it('orders milestones by week, whatever the phase order', () => {
    const p = plan(
      [
        action({ id: 'a1', phaseId: 'phase-a', skills: ['skill-a'], effortHours: 12, spanWeeks: 3 }),
        action({ id: 'b1', phaseId: 'phase-b', skills: ['skill-b'], effortHours: 2 }),
      ],
      { ...hours(10), verdict: verdict({ kind: 'not-now' }), gaps: three.slice(0, 2) },
    )
    expect(p.milestones.map((m) => [m.id, m.week])).toEqual([
      ['end-phase-b', 1],
      ['end-phase-a', 3],
      ['decision-checkpoint', 3],
    ])
    // Weeks 2 and 3 are alike, so they are one entry; its milestones fall in its last week.
    expect(p.weeks.map((w) => [w.week, w.toWeek, w.milestoneIds])).toEqual([
      [1, undefined, ['end-phase-b']],
      [2, 3, ['end-phase-a', 'decision-checkpoint']],
    ])
    expect(p.milestones[2]).toMatchObject({
      doneWhen: 'You have finished your first product tasks and decided, honestly, whether to go on with the move.',
      checks: [
        'Which did you enjoy more: working out with users and colleagues what to build, or building it?',
        'Would you want weeks like these most of the time, even with no change in pay or title?',
        'If the answer is no, growing as an engineer is a good outcome too, not a failure.',
      ],
    })
  })

  it('says nothing about steps behind you when there are none', () => {
    expect(plan([action({ id: 'x', skills: ['skill-a'] })], hours(3)).notes).toEqual([
      'Sized for 3 hours a week: no week asks for more.',
    ])
  })
})

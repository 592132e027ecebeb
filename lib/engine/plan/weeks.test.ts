import { describe, expect, it } from 'vitest'
import type { PlanAction, PlanWeek } from '@/lib/engine/plan/plan-schema'
import {
  eachWeek,
  hoursOf,
  lastWeekOf,
  layoutWeeks,
  moveStep,
  phaseSpans,
  toRuns,
  weeksIn,
} from '@/lib/engine/plan/weeks'

const week = (w: number, work: [string, number][], o: Partial<PlanWeek> = {}): PlanWeek => ({
  week: w,
  phaseId: 'p1',
  hours: work.reduce((s, [, h]) => s + h, 0),
  work: work.map(([actionId, hours]) => ({ actionId, hours })),
  followUps: [],
  milestoneIds: [],
  ...o,
})

describe('toRuns: one entry per run of identical weeks', () => {
  it('merges consecutive weeks with the same steps at the same hours, and nothing else', () => {
    const runs = toRuns([
      week(1, [['a', 3]]),
      week(2, [['a', 3]]),
      week(3, [['a', 3]]),
      week(4, [['a', 2]]),
      week(5, [['a', 2]], { phaseId: 'p2' }),
      week(6, [['b', 2]], { phaseId: 'p2' }),
      week(7, [['b', 2]], { phaseId: 'p2', followUps: [{ actionId: 'c', hours: 1 }], hours: 3 }),
    ])
    expect(runs.map((w) => [w.week, w.toWeek, w.hours])).toEqual([
      [1, 3, 3],
      [4, undefined, 2],
      [5, undefined, 2],
      [6, undefined, 2],
      [7, undefined, 3],
    ])
  })

  it('ends a run at a week with a milestone, and keeps the milestone on the run’s last week', () => {
    const runs = toRuns([
      week(1, [['a', 3]]),
      week(2, [['a', 3]], { milestoneIds: ['m1'] }),
      week(3, [['a', 3]]),
      week(4, [['a', 3]]),
    ])
    expect(runs.map((w) => [w.week, w.toWeek, w.milestoneIds])).toEqual([
      [1, 2, ['m1']],
      [3, 4, []],
    ])
  })

  it('never merges weeks that are not consecutive, nor steps in another order or with other follow-ups', () => {
    const gap = toRuns([week(1, [['a', 3]]), week(3, [['a', 3]])])
    expect(gap.map((w) => [w.week, w.toWeek])).toEqual([
      [1, undefined],
      [3, undefined],
    ])
    const order = toRuns([
      week(1, [
        ['a', 1],
        ['b', 1],
      ]),
      week(2, [
        ['b', 1],
        ['a', 1],
      ]),
    ])
    expect(order).toHaveLength(2)
    const follow = toRuns([
      week(1, [], { followUps: [{ actionId: 'x', hours: 2 }], hours: 2 }),
      week(2, [], { followUps: [{ actionId: 'y', hours: 2 }], hours: 2 }),
      week(3, [], { followUps: [{ actionId: 'y', hours: 1 }], hours: 2 }),
    ])
    expect(follow).toHaveLength(3)
    expect(toRuns([week(1, [['a', 1]]), week(2, [['a', 1]], { hours: 2 })])).toHaveLength(2)
  })

  it('leaves the weeks it was given as they were', () => {
    const given = [week(1, [['a', 3]]), week(2, [['a', 3]], { milestoneIds: ['m'] })]
    const copy = JSON.parse(JSON.stringify(given))
    toRuns(given)
    expect(given).toEqual(copy)
  })
})

describe('reading runs back', () => {
  const runs = [week(1, [['a', 3]], { toWeek: 3, milestoneIds: ['m1'] }), week(4, [['b', 2]])]

  it('knows each entry’s last week, its length and the plan’s hours', () => {
    expect(runs.map(lastWeekOf)).toEqual([3, 4])
    expect(runs.map(weeksIn)).toEqual([3, 1])
    expect(hoursOf(runs)).toBe(3 * 3 + 2)
  })

  it('expands runs week by week, the milestone on the last of them', () => {
    expect(eachWeek(runs).map((w) => [w.week, w.hours, w.milestoneIds, 'toWeek' in w])).toEqual([
      [1, 3, [], false],
      [2, 3, [], false],
      [3, 3, ['m1'], false],
      [4, 2, [], false],
    ])
  })
})

describe('layoutWeeks and phaseSpans', () => {
  const steps = [
    { id: 'b', phaseId: 'p2' },
    { id: 'a', phaseId: 'p1' },
    { id: 'c', phaseId: 'p3' },
  ]
  const sched = {
    weeks: [
      [
        { i: 0, hours: 2, followUp: false },
        { i: 1, hours: 1, followUp: false },
      ],
      [{ i: 0, hours: 2, followUp: true }],
      [{ i: 2, hours: 3, followUp: false }],
      [{ i: 1, hours: 1, followUp: false }],
    ],
    used: [3, 2, 3, 1],
  }
  const weeks = layoutWeeks(['p1', 'p2', 'p3'], steps, sched)

  it('labels a week with the earliest phase it has main work in, never moving back; follow-ups move nothing', () => {
    expect(weeks.map((w) => [w.week, w.phaseId, w.hours])).toEqual([
      [1, 'p1', 3],
      [2, 'p1', 2],
      [3, 'p3', 3],
      [4, 'p3', 1],
    ])
    expect(weeks[0]?.work).toEqual([
      { actionId: 'b', hours: 2 },
      { actionId: 'a', hours: 1 },
    ])
    expect(weeks[1]).toMatchObject({ work: [], followUps: [{ actionId: 'b', hours: 2 }], milestoneIds: [] })
  })

  it('reads each phase’s span off the labelled weeks, runs included, leaving out phases with none', () => {
    const phases = [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }]
    expect(phaseSpans(phases, weeks)).toEqual([
      { id: 'p1', startWeek: 1, endWeek: 2 },
      { id: 'p3', startWeek: 3, endWeek: 4 },
    ])
    expect(phaseSpans(phases, toRuns([week(1, [['a', 1]]), week(2, [['a', 1]])]))).toEqual([
      { id: 'p1', startWeek: 1, endWeek: 2 },
    ])
  })

  it('labels weeks of an unknown phase with the first phase, and an empty list with the first step’s phase', () => {
    expect(
      layoutWeeks(['p1'], [{ id: 'x', phaseId: 'nowhere' }], {
        weeks: [[{ i: 0, hours: 1, followUp: false }]],
        used: [1],
      })[0]?.phaseId,
    ).toBe('p1')
    expect(layoutWeeks([], [{ id: 'x', phaseId: 'p9' }], { weeks: [[]], used: [] })[0]).toMatchObject({
      phaseId: 'p9',
      hours: 0,
    })
  })
})

describe('moveStep: the step the window holds', () => {
  const step = (actionId: string, phaseId: string, endWeek: number, ongoing = false) =>
    ({ actionId, phaseId, endWeek, ongoing }) as PlanAction

  it('is the last phase’s ongoing step that ends last', () => {
    const actions = [
      step('mock', 'move', 9),
      step('apply', 'move', 8, true),
      step('apply-2', 'move', 7, true),
      step('learn', 'learn', 12),
    ]
    expect(moveStep({ actions }, 'move')?.actionId).toBe('apply')
  })

  it('without an ongoing step, is the last phase’s step that ends last; without any, none', () => {
    expect(
      moveStep({ actions: [step('a', 'move', 3), step('b', 'move', 5), step('c', 'move', 4)] }, 'move')?.actionId,
    ).toBe('b')
    expect(moveStep({ actions: [step('a', 'learn', 3)] }, 'move')).toBeNull()
    expect(moveStep({ actions: [step('a', 'move', 3)] }, undefined)).toBeNull()
  })
})

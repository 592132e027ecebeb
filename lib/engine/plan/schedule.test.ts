import { describe, expect, it } from 'vitest'
import type { Action } from '@/lib/engine/content/schema'
import { followUpHoursOf, schedule } from '@/lib/engine/plan/schedule'
import { FOLLOW_UP_HOURS } from '@/lib/engine/scoring/calibration'
import { action, phase } from '@/tests/fixtures/content-builder'

const phases = [phase({ id: 'phase-a' }), phase({ id: 'phase-b' }), phase({ id: 'phase-c', startsAfter: ['phase-b'] })]
/** Hours of each action per week, by id: { 'act-a': [4, 4, 0], … } (main work only). */
const grid = (actions: Action[], hours: number) => {
  const s = schedule(phases, actions, hours)
  return Object.fromEntries(
    actions.map((a, i) => [
      a.id,
      s.weeks.map((slots) => slots.filter((x) => x.i === i && !x.followUp).reduce((t, x) => t + x.hours, 0)),
    ]),
  )
}

describe('schedule: greedy weeks under the weekly cap', () => {
  it('spreads an action over its span at about effort/span hours a week', () => {
    expect(grid([action({ id: 'x', effortHours: 9, spanWeeks: 3 })], 10)).toEqual({ x: [3, 3, 3] })
    expect(grid([action({ id: 'x', effortHours: 10, spanWeeks: 3 })], 10)).toEqual({ x: [4, 4, 2] })
    expect(grid([action({ id: 'x', effortHours: 2, spanWeeks: 4 })], 10)).toEqual({ x: [1, 1] })
  })

  it('never asks for more than the hours in a week, stretching the action instead', () => {
    const s = schedule(
      phases,
      [action({ id: 'x', effortHours: 9, spanWeeks: 1 }), action({ id: 'y', effortHours: 5, spanWeeks: 1 })],
      4,
    )
    expect(s.used).toEqual([4, 4, 4, 2])
    expect(s.used.every((h) => h <= 4)).toBe(true)
    expect(s).toMatchObject({ start: [1, 3], end: [3, 4], lastWorkWeek: 4 })
  })

  it('runs side by side what fits, in the order given within a phase', () => {
    expect(grid([action({ id: 'x', effortHours: 4 }), action({ id: 'y', effortHours: 4 })], 10)).toEqual({
      x: [4],
      y: [4],
    })
    expect(grid([action({ id: 'x', effortHours: 6 }), action({ id: 'y', effortHours: 6 })], 10)).toEqual({
      x: [6, 0],
      y: [4, 2],
    })
  })

  it('starts an action only after its prerequisites end', () => {
    const pre = action({ id: 'pre', effortHours: 4, spanWeeks: 2 })
    const after = action({ id: 'after', effortHours: 2, prerequisites: ['pre'] })
    expect(grid([after, pre], 10)).toEqual({ after: [0, 0, 2], pre: [2, 2, 0] })
    // A prerequisite not in the plan does not hold it back.
    expect(grid([action({ id: 'after', effortHours: 2, prerequisites: ['gone'] })], 10)).toEqual({ after: [2] })
  })

  it('starts a phase that waits for another only once all of that phase’s steps are done', () => {
    const s = schedule(
      phases,
      [
        action({ id: 'move', phaseId: 'phase-c', effortHours: 1 }),
        action({ id: 'build', phaseId: 'phase-b', effortHours: 6, spanWeeks: 3 }),
        action({ id: 'learn', phaseId: 'phase-b', effortHours: 1 }),
        action({ id: 'start', phaseId: 'phase-a', effortHours: 1 }),
      ],
      10,
    )
    expect(s.start).toEqual([4, 1, 1, 1])
    expect(s.end).toEqual([4, 3, 1, 1])
  })

  it('gives the earlier phase the first free hours when two could start in the same week', () => {
    const s = schedule(
      phases,
      [
        action({ id: 'later', phaseId: 'phase-b', effortHours: 4 }),
        action({ id: 'first', phaseId: 'phase-a', effortHours: 4 }),
      ],
      4,
    )
    expect(s.weeks[0]).toEqual([{ i: 1, hours: 4, followUp: false }])
    expect(s.start).toEqual([2, 1])
  })

  it('starts an action in the first week with free hours', () => {
    const s = schedule(
      phases,
      [action({ id: 'x', effortHours: 4 }), action({ id: 'y', effortHours: 3, spanWeeks: 3 })],
      4,
    )
    expect(s.start).toEqual([1, 2])
    expect(s.end).toEqual([1, 4])
  })

  it(`carries ongoing steps on at their follow-up hours (${FOLLOW_UP_HOURS} by default) while other work goes on, within the hours`, () => {
    const s = schedule(
      phases,
      [
        action({ id: 'apply', effortHours: 2, ongoing: true, until: 'until done' }),
        action({ id: 'x', effortHours: 4, spanWeeks: 3 }),
      ],
      4,
    )
    expect(s.weeks).toEqual([
      [
        { i: 0, hours: 2, followUp: false },
        { i: 1, hours: 2, followUp: false },
      ],
      [
        { i: 1, hours: 2, followUp: false },
        { i: 0, hours: 2, followUp: true },
      ],
    ])
    expect(s.lastWorkWeek).toBe(2)
    // A step's own follow-up hours, and at 1 hour a week the one hour there is.
    const own = schedule(
      phases,
      [
        action({ id: 'apply', effortHours: 1, ongoing: true, until: 'until done', followUpHours: 3 }),
        action({ id: 'x', phaseId: 'phase-b', effortHours: 8, spanWeeks: 2 }),
      ],
      5,
    )
    expect(own.weeks.map((w) => w.map((x) => [x.i, x.hours, x.followUp]))).toEqual([
      [
        [0, 1, false],
        [1, 4, false],
      ],
      [
        [1, 4, false],
        [0, 1, true],
      ],
    ])
  })

  it('ends with the last week of main work: nothing pads it, and ongoing steps end with it', () => {
    expect(schedule(phases, [action({ id: 'x', effortHours: 2 })], 10).weeks).toHaveLength(1)
    expect(schedule(phases, [action({ id: 'x', effortHours: 8, spanWeeks: 4 })], 10).weeks).toHaveLength(4)
    expect(
      schedule(phases, [action({ id: 'apply', effortHours: 2, ongoing: true, until: 'until done' })], 10).weeks,
    ).toEqual([[{ i: 0, hours: 2, followUp: false }]])
    expect(schedule(phases, [], 10)).toEqual({ weeks: [], used: [], start: [], end: [], lastWorkWeek: 0 })
  })

  it('starts a step that waits only once its prerequisites are done and its calendar weeks have passed', () => {
    const s = schedule(
      phases,
      [
        action({ id: 'search', effortHours: 2, ongoing: true, until: 'until an offer' }),
        action({ id: 'settle', effortHours: 2, prerequisites: ['search'], waitWeeks: 5, waitsFor: 'once settled' }),
        action({ id: 'other', effortHours: 1 }),
      ],
      4,
    )
    expect(s.start).toEqual([1, 7, 1])
    // The weeks between hold only the search going on, at its follow-up pace.
    expect(s.weeks.slice(1, 6).map((w) => w.map((x) => [x.i, x.hours, x.followUp]))).toEqual(
      Array.from({ length: 5 }, () => [[0, 2, true]]),
    )
    // Waiting applies after prerequisites, not after a phase it waits for.
    const phased = schedule(
      phases,
      [
        action({ id: 'b', phaseId: 'phase-b', effortHours: 1 }),
        action({ id: 'c', phaseId: 'phase-c', effortHours: 1, waitWeeks: 3, waitsFor: 'x' }),
      ],
      4,
    )
    expect(phased.start).toEqual([1, 2])
  })

  it('refuses a prerequisite cycle', () => {
    expect(() =>
      schedule(phases, [action({ id: 'x', prerequisites: ['y'] }), action({ id: 'y', prerequisites: ['x'] })], 10),
    ).toThrow('schedule: prerequisite cycle')
  })

  it('places an action of an unknown phase with the first phase', () => {
    const s = schedule(
      phases,
      [
        action({ id: 'b', phaseId: 'phase-b', effortHours: 4 }),
        action({ id: 'x', phaseId: 'nowhere', effortHours: 4 }),
      ],
      4,
    )
    expect(s.start).toEqual([2, 1])
  })
})

describe('schedule: edges a change would break', () => {
  it('places first the step that can start soonest, even if it comes later in the list', () => {
    // q fills 4 of 6 hours in weeks 1–2; r can start in week 1, p only after q. r goes first and keeps its hours.
    const s = schedule(
      phases,
      [
        action({ id: 'p', effortHours: 6, prerequisites: ['q'] }),
        action({ id: 'q', effortHours: 8, spanWeeks: 2 }),
        action({ id: 'r', phaseId: 'phase-b', effortHours: 6 }),
      ],
      6,
    )
    expect(s.start).toEqual([3, 1, 1])
    expect(s.end).toEqual([4, 2, 3])
    // The same steps listed the other way round: still soonest start first, not earliest phase first.
    const reversed = schedule(
      phases,
      [
        action({ id: 'r', phaseId: 'phase-b', effortHours: 6 }),
        action({ id: 'q', effortHours: 8, spanWeeks: 2 }),
        action({ id: 'p', effortHours: 6, prerequisites: ['q'] }),
      ],
      6,
    )
    expect(reversed.end).toEqual([3, 2, 4])
  })

  it('never counts a full week as a start, so ties between phases are judged on real start weeks', () => {
    // a fills week 1; b (after a) and c could both take week 2: the earlier phase, b, goes first.
    const s = schedule(
      phases,
      [
        action({ id: 'a', effortHours: 4 }),
        action({ id: 'b', effortHours: 4, prerequisites: ['a'] }),
        action({ id: 'c', phaseId: 'phase-b', effortHours: 4 }),
      ],
      4,
    )
    expect(s.start).toEqual([1, 2, 3])
  })

  it('adds no follow-up to a week with no hours left, and none before the main work ends', () => {
    const full = schedule(
      phases,
      [
        action({ id: 'apply', effortHours: 2, ongoing: true, until: 'until done' }),
        action({ id: 'x', phaseId: 'phase-b', effortHours: 4, spanWeeks: 2 }),
      ],
      2,
    )
    expect(full.weeks).toEqual([
      [{ i: 0, hours: 2, followUp: false }],
      [{ i: 1, hours: 2, followUp: false }],
      [{ i: 1, hours: 2, followUp: false }],
    ])
    expect(followUpHoursOf({})).toBe(FOLLOW_UP_HOURS)
    expect(followUpHoursOf({ followUpHours: 3 })).toBe(3)
  })
})

import { describe, expect, it } from 'vitest'
import type { TrackedAction, TrackedPlan } from './plan-actions'
import type { ProgressEvent } from './schema'
import { progressState } from './state'
import { BEHIND_WEEKS, summarize } from './summary'

const step = (actionId: string, startWeek: number, endWeek: number, hours: number, phaseId = 'p1'): TrackedAction => ({
  actionId,
  title: actionId,
  phaseId,
  whatToDo: '',
  doneWhen: '',
  hours,
  startWeek,
  endWeek,
  ongoing: false,
})

// Five hours a week: a (weeks 1–2, 10 h), b (week 3, 5 h), c (weeks 4–5, 10 h), d (week 6, 5 h).
const plan: TrackedPlan = {
  hoursPerWeek: 5,
  totalWeeks: 6,
  phases: [
    { id: 'p1', title: 'One', startWeek: 1, endWeek: 3 },
    { id: 'p2', title: 'Two', startWeek: 4, endWeek: 6 },
  ],
  actions: [step('a', 1, 2, 10), step('b', 3, 3, 5), step('c', 4, 5, 10, 'p2'), step('d', 6, 6, 5, 'p2')],
  milestones: [{ id: 'end-p1', week: 3, title: 'One done', doneWhen: '', actionIds: ['a', 'b'] }],
}
let id = 0
const done = (actionId: string, day = '2026-11-03'): ProgressEvent => ({
  id: ++id,
  at: new Date(),
  kind: 'done',
  actionId,
  day,
})
const at = (today: string, events: ProgressEvent[] = []) =>
  summarize(plan, plan, progressState('2026-11-02', events), today)

describe('progress summary', () => {
  it('counts the current week from the start day', () => {
    expect(at('2026-11-01').currentWeek).toBe(0)
    expect(at('2026-11-02').currentWeek).toBe(1)
    expect(at('2026-11-08').currentWeek).toBe(1)
    expect(at('2026-11-09').currentWeek).toBe(2)
  })

  it('tallies progress by hours, overall and per phase', () => {
    const s = at('2026-11-10', [done('a'), done('d')])
    expect(s.overall).toEqual({ done: 2, total: 4, doneHours: 15, totalHours: 30, percent: 50 })
    expect(s.phases.map((p) => [p.id, p.done, p.total, p.percent])).toEqual([
      ['p1', 1, 2, 67],
      ['p2', 1, 2, 33],
    ])
  })

  it('names what is next: steps due now first, then the upcoming ones', () => {
    expect(at('2026-11-02').next.map((a) => a.actionId)).toEqual(['a', 'b', 'c'])
    expect(at('2026-11-16', [done('a')]).next.map((a) => a.actionId)).toEqual(['b', 'c', 'd'])
  })

  it(`is behind only with more than ${BEHIND_WEEKS} weeks of work overdue`, () => {
    // Week 4: a and b are overdue, 15 h = 3 weeks at 5 h a week.
    const week4 = at('2026-11-23')
    expect(week4.overdue.map((a) => a.actionId)).toEqual(['a', 'b'])
    expect(week4.weeksBehind).toBe(3)
    expect(week4.behind).toBe(true)
    // Finishing a leaves 5 h (one week) overdue: not behind.
    expect(at('2026-11-23', [done('a')]).behind).toBe(false)
    // Exactly two weeks of work overdue is not yet "more than two".
    expect(at('2026-11-16').weeksBehind).toBe(2)
    expect(at('2026-11-16').behind).toBe(false)
    // A step still within its weeks is never overdue.
    expect(at('2026-11-09').overdue).toEqual([])
  })

  it('skips reached milestones and says when everything is done', () => {
    expect(at('2026-11-02').nextMilestone?.id).toBe('end-p1')
    expect(at('2026-11-02', [done('a'), done('b')]).nextMilestone).toBeNull()
    expect(
      at(
        '2026-11-02',
        ['a', 'b', 'c', 'd'].map((x) => done(x)),
      ).allDone,
    ).toBe(true)
  })
})

describe('progress state', () => {
  it('folds events in order: undo, redo with another day, start moves and re-plans', () => {
    const events: ProgressEvent[] = [
      done('a', '2026-11-03'),
      { id: ++id, at: new Date(), kind: 'undone', actionId: 'a' },
      done('a', '2026-11-05'),
      { id: ++id, at: new Date(), kind: 'undone', actionId: 'zzz' },
      { id: ++id, at: new Date(), kind: 'start-moved', day: '2026-11-02' },
      { id: ++id, at: new Date(), kind: 'start-moved', day: '2026-11-09' },
    ]
    const s = progressState('2026-11-02', events)
    expect([...s.done]).toEqual([['a', '2026-11-05']])
    expect(s.actionChanges.get('a')).toBe(3)
    expect(s.actionChanges.has('zzz')).toBe(false)
    // Moving the start to where it already is changes no date.
    expect(s.scheduleRevision).toBe(1)
    expect(s.startsOn).toBe('2026-11-09')
  })
})

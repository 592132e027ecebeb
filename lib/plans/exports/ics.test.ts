import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { TrackedPlan } from '@/lib/plans/progress/plan-actions'
import type { ProgressEvent } from '@/lib/plans/progress/schema'
import { progressState } from '@/lib/plans/progress/state'
import { planCalendar } from './ics'

const plan: TrackedPlan = {
  hoursPerWeek: 4,
  totalWeeks: 3,
  phases: [{ id: 'p', title: 'P', startWeek: 1, endWeek: 3 }],
  actions: [
    {
      actionId: 'ask-why',
      title: 'Ask why',
      phaseId: 'p',
      whatToDo: 'Ask, twice.',
      doneWhen: 'You know why.',
      hours: 3,
      startWeek: 1,
      endWeek: 1,
      ongoing: false,
    },
    {
      actionId: 'shadow',
      title: 'Shadow a PM',
      phaseId: 'p',
      whatToDo: 'Follow a PM.',
      doneWhen: 'A day shadowed.',
      hours: 6,
      startWeek: 2,
      endWeek: 3,
      ongoing: false,
    },
  ],
  milestones: [
    { id: 'end-p', week: 3, title: 'First steps done', doneWhen: 'Both done.', actionIds: ['ask-why', 'shadow'] },
  ],
}
let id = 0
const ev = (e: Record<string, unknown>) => ({ id: ++id, at: new Date(), ...e }) as ProgressEvent

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v)
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      sequence: e.sequence,
      description: e.description,
    }
  })
}
const calendar = (events: ProgressEvent[]) =>
  planCalendar({
    planId: 'plan-1',
    startsOn: progressState('2026-12-07', events).startsOn,
    schedule: plan,
    allActions: plan.actions,
    state: progressState('2026-12-07', events),
    stamp: new Date('2026-12-01T09:00:00Z'),
  })

describe('.ics export', () => {
  it('parses back (RFC 5545, via ical.js) with one all-day event per step and milestone', () => {
    const events = parse(calendar([]))
    expect(events.map((e) => [e.uid, e.summary, e.start, e.end, e.sequence])).toEqual([
      ['step-ask-why.plan-1@howtowhy', 'Ask why', '2026-12-07', '2026-12-14', 0],
      ['step-shadow.plan-1@howtowhy', 'Shadow a PM', '2026-12-14', '2026-12-28', 0],
      ['milestone-end-p.plan-1@howtowhy', 'Milestone: First steps done', '2026-12-27', '2026-12-28', 0],
    ])
    expect(events[0]?.description).toContain('Done when: You know why.')
  })

  it('keeps every UID when the plan changes, and bumps SEQUENCE on the events that changed', () => {
    const before = parse(calendar([]))
    const after = parse(
      calendar([
        ev({ kind: 'done', actionId: 'ask-why', day: '2026-12-08' }),
        ev({ kind: 'start-moved', day: '2026-12-14' }),
      ]),
    )
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid))
    // Moving the start changes every date (+1); checking a step off changes that step again (+1).
    expect(after.map((e) => e.sequence)).toEqual([2, 1, 1])
    expect(after[0]).toMatchObject({ summary: 'Done: Ask why', start: '2026-12-14' })
    expect(after[0]?.description).toContain('You marked it done on 2026-12-08.')
  })

  it('folds lines at 75 octets, never inside a character, and parses back to the same text (RFC 5545 §3.1)', () => {
    // Titles and instructions with accents, curly quotes and dashes: two or three octets each in UTF-8.
    const title = 'Rewrite your résumé in outcomes — “why” before “how”'
    const whatToDo = `Don’t list tasks: ${'write what changed for users, with a number where you have one — ’ é ü ✓ '.repeat(6)}`
    const busy: TrackedPlan = {
      ...plan,
      actions: plan.actions.map((a, i) => (i === 0 ? { ...a, title, whatToDo } : a)),
    }
    const text = planCalendar({
      planId: 'plan-1',
      startsOn: '2026-12-07',
      schedule: busy,
      allActions: busy.actions,
      state: progressState('2026-12-07', []),
      stamp: new Date('2026-12-01T09:00:00Z'),
    })
    const lines = text.split('\r\n')
    const octets = lines.map((line) => Buffer.byteLength(line, 'utf8'))
    expect(Math.max(...octets)).toBeLessThanOrEqual(75)
    // Some lines are folded right up to the limit, and no fold leaves a broken character behind.
    expect(octets.filter((n) => n >= 73).length).toBeGreaterThan(3)
    expect(text).not.toContain('\uFFFD')
    const [event] = parse(text)
    expect(event?.summary).toBe(title)
    expect(event?.description?.startsWith(whatToDo)).toBe(true)
  })

  it('is the same text for the same plan, progress and stamp', () => {
    expect(calendar([])).toBe(calendar([]))
  })
})

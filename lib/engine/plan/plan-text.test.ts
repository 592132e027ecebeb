import { describe, expect, it } from 'vitest'
import { FOLLOW_UP_LABEL, followUpText, titles, weekHours, weekLabel, whyFor } from '@/lib/engine/plan/plan-text'
import type { Reason } from '@/lib/engine/plan/select-actions'
import { action, content } from '@/tests/fixtures/content-builder'

const c = content({ actions: [action({ id: 'ask', title: 'Ask your “PM”' }), action({ id: 'other' })] })

describe('whyFor: one sentence on why a step is in the plan', () => {
  it.each<[string, Reason, string[], string | null]>([
    ['a step every plan on the path includes says nothing (the notes do)', { kind: 'required' }, [], null],
    ['a gap', { kind: 'gap', skillId: 'skill-a' }, ['skill-a'], 'For your gap in customer discovery.'],
    [
      'a gap, naming a second top gap it builds',
      { kind: 'gap', skillId: 'skill-a' },
      ['skill-c', 'skill-a', 'skill-b'],
      'For your gaps in customer discovery and prioritisation.',
    ],
    [
      'a gap it was chosen for, listed without top gaps',
      { kind: 'gap', skillId: 'skill-b' },
      [],
      'For your gap in systems thinking.',
    ],
    ['an unknown skill, by its id', { kind: 'gap', skillId: 'skill-x' }, [], 'For your gap in skill-x.'],
    [
      'more practice',
      { kind: 'extra', skillId: 'skill-c' },
      ['skill-a'],
      'More practice on prioritisation and customer discovery, while your hours allow.',
    ],
    ['a prerequisite', { kind: 'prerequisite', forActionId: 'ask' }, [], 'Needed before “Ask your ‘PM’”.'],
    [
      'the next step on',
      { kind: 'instead', ofActionId: 'ask', because: 'already', inner: { kind: 'required' } },
      [],
      'The next step on from “Ask your ‘PM’”, which is already behind you.',
    ],
    [
      'a replacement',
      { kind: 'instead', ofActionId: 'gone', because: 'not-open', inner: { kind: 'required' } },
      [],
      "In place of “gone”, which doesn't fit your situation.",
    ],
  ])('%s', (_, reason, gaps, why) => {
    expect(whyFor(c, reason, gaps)).toBe(why)
  })

  it('defaults to no other gaps', () => {
    expect(whyFor(c, { kind: 'gap', skillId: 'skill-a' })).toBe('For your gap in customer discovery.')
  })
})

describe('titles', () => {
  it('quotes titles', () => {
    expect(titles(c.actions)).toEqual(['“Ask your ‘PM’”', '“Do other”'])
  })
})

describe('how an ongoing step and a run of weeks read', () => {
  it('states an ongoing step’s pace once, with its end and when it is expected', () => {
    expect(followUpText({ hoursPerWeek: 3, fromWeek: 9, toWeek: 30, until: 'until you accept a PM offer' })).toBe(
      'then about 3 hours a week until you accept a PM offer (expected by week 30)',
    )
    expect(followUpText({ hoursPerWeek: 1, fromWeek: 9, toWeek: 12, until: 'until done' })).toBe(
      'then about 1 hour a week until done (expected by week 12)',
    )
    // A plan stored before steps had an end listed its follow-up weeks.
    expect(followUpText({ hoursPerWeek: 2, fromWeek: 9, toWeek: 14 })).toBe(
      'then 2 hours a week of follow-up to week 14',
    )
  })

  it('names a week or a run of weeks, and its hours', () => {
    expect(weekLabel({ week: 4 })).toBe('Week 4')
    expect(weekLabel({ week: 4, toWeek: 7 })).toBe('Weeks 4–7')
    expect(weekLabel({ week: 4, toWeek: 4 })).toBe('Week 4')
    expect(weekHours({ week: 4, hours: 1 })).toBe('1 hour')
    expect(weekHours({ week: 4, toWeek: 7, hours: 6 })).toBe('6 hours a week')
    expect(FOLLOW_UP_LABEL).toBe('keep going')
  })
})

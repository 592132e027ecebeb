import { describe, expect, it } from 'vitest'
import { assess } from '@/lib/engine/scoring/assess'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { planCalendar } from '@/lib/plans/exports/ics'
import { trackedPlan } from './plan-actions'
import { progressState } from './state'

// The ongoing step's pace is said once, on the step, wherever the plan goes: the calendar too.
describe('trackedPlan', () => {
  const { plan, result } = assess(loadContent(), personaAnswers('agency-lead-ready'))
  const tracked = trackedPlan(plan)

  it('carries an ongoing step’s pace and end in words, and nothing for the others', () => {
    const apply = tracked.actions.find((a) => a.actionId === 'apply-external')
    expect(apply?.followUp).toBe(
      `then about 3 hours a week until you accept a PM offer (expected by week ${result.window.maxWeeks})`,
    )
    expect(tracked.actions.filter((a) => a.followUp).map((a) => a.actionId)).toEqual(['apply-external'])
  })

  it('writes that pace into the step’s calendar event', () => {
    const ics = planCalendar({
      planId: 'p1',
      startsOn: '2026-12-07',
      schedule: tracked,
      allActions: tracked.actions,
      state: progressState('2026-12-07', []),
      stamp: new Date('2026-12-07T00:00:00Z'),
    })
    // Unfolded and unescaped as a calendar reads it (RFC 5545 folds long lines and escapes commas).
    const unfolded = ics.replace(/\r\n[ \t]/g, '').replace(/\\,/g, ',')
    expect(unfolded).toContain('in all, then about 3 hours a week until you accept a PM offer (expected by week')
  })
})

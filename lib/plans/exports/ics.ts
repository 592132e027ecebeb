import { createEvents, type DateArray, type EventAttributes } from 'ics'
import { plural } from '@/lib/engine/scoring/text'
import { addDays, weekStart } from '@/lib/plans/progress/days'
import type { TrackedPlan } from '@/lib/plans/progress/plan-actions'
import type { ProgressState } from '@/lib/plans/progress/state'

// The plan as an iCalendar file (RFC 5545), made with the `ics` library: one all-day event per step, spanning its
// weeks, and one per milestone. UIDs are stable (step or milestone id + plan id), so importing the file again updates
// the events instead of duplicating them; SEQUENCE grows with every change that alters an event (the start moved,
// a re-plan, a step checked off or undone), which is what calendars compare to take the newer copy.

export type CalendarInput = {
  planId: string
  startsOn: string
  schedule: TrackedPlan
  /** Every step of the plan as made, so done steps that left a re-planned schedule stay in the calendar. */
  allActions: TrackedPlan['actions']
  state: ProgressState
  /** DTSTAMP: when this copy was made. */
  stamp: Date
}

const dateArray = (day: string): DateArray => {
  const [y, m, d] = day.split('-').map(Number)
  return [y ?? 1970, m ?? 1, d ?? 1]
}

const uidFor = (kind: 'step' | 'milestone', id: string, planId: string) => `${kind}-${id}.${planId}@howtowhy`

export function planCalendar(input: CalendarInput): string {
  const { planId, startsOn, schedule, state } = input
  const scheduled = new Map(schedule.actions.map((a) => [a.actionId, a]))
  const events: EventAttributes[] = []
  for (const action of input.allActions) {
    const inSchedule = scheduled.get(action.actionId)
    const doneOn = state.done.get(action.actionId)
    const sequence = state.scheduleRevision + (state.actionChanges.get(action.actionId) ?? 0)
    // A done step that a re-plan left out sits on the day it was done.
    const start = inSchedule ? weekStart(startsOn, inSchedule.startWeek) : doneOn
    if (!start) continue
    const end = inSchedule ? addDays(weekStart(startsOn, inSchedule.endWeek), 7) : addDays(start, 1)
    const hours = inSchedule?.hours ?? action.hours
    events.push({
      uid: uidFor('step', action.actionId, planId),
      sequence,
      start: dateArray(start),
      end: dateArray(end),
      title: doneOn ? `Done: ${action.title}` : action.title,
      description: [
        action.whatToDo,
        `Done when: ${action.doneWhen}`,
        `About ${plural(hours, 'hour')} in all${inSchedule?.followUp ? `, ${inSchedule.followUp}` : ''}.`,
        ...(doneOn ? [`You marked it done on ${doneOn}.`] : []),
      ].join('\n\n'),
      status: 'CONFIRMED',
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      categories: ['HowToWhy plan'],
    })
  }
  for (const milestone of schedule.milestones) {
    const day = addDays(weekStart(startsOn, milestone.week), 6)
    events.push({
      uid: uidFor('milestone', milestone.id, planId),
      sequence: state.scheduleRevision,
      start: dateArray(day),
      end: dateArray(addDays(day, 1)),
      title: `Milestone: ${milestone.title}`,
      description: `Reached when: ${milestone.doneWhen}\n\nA good moment to retake the assessment and see what moved.`,
      status: 'CONFIRMED',
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      categories: ['HowToWhy plan'],
    })
  }
  // `timestamp` (DTSTAMP) is accepted by createEvents but missing from its types.
  const withStamp = events.map((e) => Object.assign({ timestamp: input.stamp.getTime() }, e))
  const { error, value } = createEvents(withStamp, {
    productId: 'howtowhy/plan',
    method: 'PUBLISH',
    calName: 'My move into product management',
  })
  if (error || !value) throw error ?? new Error('planCalendar: ics produced nothing')
  return foldByOctets(value)
}

const MAX_OCTETS = 75
const encoder = new TextEncoder()

/**
 * RFC 5545 §3.1: content lines are folded at 75 octets (not characters), each continuation starting with one space,
 * and a multi-octet UTF-8 character is never split. The `ics` library folds at 75 characters, so a line holding
 * "résumé" or a curly quote ran past 75 octets, which strict clients reject. Unfold its lines, then fold again by
 * octets, one whole character at a time. (Text values escape their own line breaks as \n, so a CRLF followed by
 * white space only ever comes from folding.)
 */
export function foldByOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n')
  return lines
    .map((line) => {
      const parts: string[] = []
      let part = ''
      let octets = 0
      for (const char of line) {
        const size = encoder.encode(char).length
        // The first line holds 75 octets; a continuation 74 after its leading space.
        if (octets + size > (parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1)) {
          parts.push(part)
          part = ''
          octets = 0
        }
        part += char
        octets += size
      }
      parts.push(part)
      return parts.join('\r\n ')
    })
    .join('\r\n')
}

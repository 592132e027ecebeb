import { describe, expect, it } from 'vitest'
import { plural } from '@/lib/engine/scoring/text'
import { formatDate, signedDelta, weekSpan, weeksAsMonths, weeksRange, yourAssessments } from '@/lib/plans/views/format'

describe('wording helpers', () => {
  it.each([
    [1, '1 hour'],
    [6, '6 hours'],
    [0, '0 hours'],
  ])('plural(%i)', (count, words) => expect(plural(count, 'hour')).toBe(words))

  it.each([
    [13, 26, 'about 3–6 months'],
    [17, 17, 'about 4 months'],
    [1, 2, 'under a month'],
    [2, 6, 'about 1 month'],
    [3, 13, 'about 1–3 months'],
    [4, 5, 'about 1 month'],
  ])('weeksAsMonths(%i, %i)', (min, max, words) => expect(weeksAsMonths(min, max)).toBe(words))

  it('states a range of weeks, or a single figure', () => {
    expect(weeksRange(12, 20)).toBe('12–20 weeks')
    expect(weeksRange(1, 1)).toBe('1 week')
    expect(weekSpan(3, 3)).toBe('week 3')
    expect(weekSpan(3, 7)).toBe('weeks 3–7')
  })

  it.each([
    [4.5, '+4.5'],
    [-2, '−2'],
    [3.75, '+3.8'],
    [0.04, '0'],
  ])('a score change of %d reads as %s, with a real minus sign', (delta, short) => {
    expect(signedDelta(delta)).toBe(short)
  })

  it.each([
    [1, 'your assessment'],
    [2, 'both of your assessments'],
    [3, 'all 3 of your assessments'],
  ])('%i assessments read as “%s”', (count, words) => expect(yourAssessments(count)).toBe(words))

  it('writes dates in UTC, so the server time zone cannot change a cached page', () => {
    expect(formatDate(new Date('2026-11-03T23:30:00Z'))).toBe('3 November 2026')
  })
})

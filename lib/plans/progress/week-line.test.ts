import { describe, expect, it } from 'vitest'
import type { ProgressSummary } from './summary'
import { weekLine, weeksText } from './week-line'

const at = (currentWeek: number, totalWeeks: number) => ({ currentWeek, totalWeeks }) as ProgressSummary

describe('week line', () => {
  it.each([
    [at(0, 10), 'Your plan starts on 7 Dec 2026.'],
    [at(1, 10), 'Week 1 of 10 · 7 Dec 2026 – 13 Dec 2026'],
    [at(4, 10), 'Week 4 of 10 · 28 Dec 2026 – 3 Jan 2027'],
    [at(11, 10), 'The plan’s 10 weeks ended on 14 Feb 2027.'],
    [at(3, 0), 'Every step is done.'],
  ])('%o', (summary, text) => expect(weekLine(summary, '2026-12-07')).toBe(text))

  it('names one week or a span', () => {
    expect(weeksText(3, 3)).toBe('week 3')
    expect(weeksText(3, 5)).toBe('weeks 3–5')
  })
})

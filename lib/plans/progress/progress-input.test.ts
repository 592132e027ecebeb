import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Content } from '@/lib/engine/content/schema'
import { loadContent } from '@/lib/knowledge/load'
import { doneDaySchema, hoursBounds, hoursInputSchema, startDaySchema } from './progress-input'

const content = loadContent()
const hoursQuestion = content.questions.find((q) => q.feeds === 'hours-per-week')

/** The content with the hours question's maximum raised, as an admin would publish it. */
function withMaxHours(max: number): Content {
  return {
    ...content,
    questions: content.questions.map((q) => (q === hoursQuestion && q.kind === 'number' ? { ...q, max } : q)),
  }
}

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error?.issues[0]?.message

describe('re-plan hours', () => {
  it('follows the published hours question, so raising its maximum lets re-planning use the new hours', () => {
    const raised = hoursInputSchema(hoursBounds(withMaxHours(60)))
    expect(raised.safeParse('55')).toMatchObject({ success: true, data: 55 })
    expect(firstMessage(raised.safeParse('61'))).toBe('Hours a week: enter a whole number from 1 to 60.')
  })

  it('refuses what is not a whole number in the bounds, naming the bounds', () => {
    const schema = hoursInputSchema({ min: 2, max: 12 })
    for (const typed of ['', 'lots', '1', '13', '3.5', '-4'])
      expect(firstMessage(schema.safeParse(typed)), typed).toBe('Hours a week: enter a whole number from 2 to 12.')
    expect(schema.safeParse(' 12 ')).toMatchObject({ success: true, data: 12 })
  })

  // The bounds were once copied into the progress schema, actions and form: an admin's new maximum then broke
  // re-planning. No file on the re-plan path may hold the published numbers again.
  it('is not bounded by a copy of the question’s numbers anywhere on the re-plan path', () => {
    if (hoursQuestion?.kind !== 'number') throw new Error('no hours question')
    const { min, max } = hoursQuestion
    const copies = [
      new RegExp(`\\b${min}\\s*(to|–|-)\\s*${max}\\b`),
      new RegExp(`\\.max\\(${max}\\)`),
      new RegExp(`<=\\s*${max}\\b`),
    ]
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f)
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(f) && !f.includes('.test.') ? [path] : []
      })
    const paths = ['app/plan/[token]/progress', 'components/progress', 'lib/plans/progress'].flatMap(files)
    expect(paths.length).toBeGreaterThan(5)
    const offenders = paths.filter((p) => copies.some((re) => re.test(readFileSync(p, 'utf8'))))
    expect(offenders).toEqual([])
  })
})

describe('progress days', () => {
  const today = '2026-12-07'
  it('takes a done day up to tomorrow (east of UTC), from 2000 on', () => {
    const schema = doneDaySchema(today)
    expect(schema.safeParse('2026-12-08').success).toBe(true)
    expect(firstMessage(schema.safeParse('2026-12-09'))).toBe(
      'The day you did it can’t be in the future (today is 7 Dec 2026).',
    )
    expect(firstMessage(schema.safeParse('1999-12-31'))).toBe('Enter a day after 1 January 2000.')
    expect(firstMessage(schema.safeParse('2026-02-30'))).toBe(
      'Enter the day you did it as a date, for example 2026-12-03.',
    )
  })

  it('moves the start day within two years of today', () => {
    const schema = startDaySchema(today)
    expect(schema.safeParse('2024-12-07').success).toBe(true)
    expect(schema.safeParse('2028-12-06').success).toBe(true)
    expect(firstMessage(schema.safeParse('2024-12-06'))).toBe('Choose a start day within two years of today.')
    expect(firstMessage(schema.safeParse('7/12/2026'))).toBe('Enter the start day as a date, for example 2026-12-07.')
  })
})

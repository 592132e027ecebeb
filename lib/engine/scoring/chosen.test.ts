import { describe, expect, it } from 'vitest'
import { byQuestion, chosenEffects } from '@/lib/engine/scoring/chosen'
import { citationsFor } from '@/lib/engine/scoring/citations'
import { answers, band, content, numberQ } from '@/tests/fixtures/content-builder'

describe('chosenEffects: answers resolved to what they do', () => {
  const c = content()
  it('resolves options and number bands in question order, labelled as the user saw them', () => {
    const picks = chosenEffects(c, { work: ['support', 'on-call'], years: 1, hours: 12, talk: 'weekly' })
    expect(picks.map((p) => [p.question.id, p.label])).toEqual([
      ['hours', '12 hours a week'],
      ['years', '1 years'],
      ['talk', 'Label weekly'],
      ['work', 'Label support'],
      ['work', 'Label on-call'],
    ])
    expect(picks[1]?.effects.windowWeeks).toBe(4)
    expect(picks[2]?.option?.id).toBe('weekly')
    expect(picks[0]?.option).toBeUndefined()
  })

  it.each([
    ['the lower edge of a band', 2, 0],
    ['the upper edge of a band', 1, 4],
    ['the lowest value', 0, 4],
  ])('puts a number at %s in that band', (_, years, weeks) => {
    expect(chosenEffects(c, { years })[0]?.effects.windowWeeks).toBe(weeks)
  })

  it('skips what is not answered, unknown options and numbers outside every band', () => {
    expect(chosenEffects(c, { talk: 'gone', years: 99, work: [] })).toEqual([])
    expect(chosenEffects(c, { years: 'five' as unknown as number })).toEqual([])
    expect(chosenEffects(c, { talk: 7 as unknown as string })).toEqual([])
    // A number sent as text is not a number (validation turns form text into numbers first).
    expect(chosenEffects(c, { years: '1' as unknown as number })).toEqual([])
  })

  it('groups a list’s ticks under one question, keeping question order', () => {
    const grouped = byQuestion(chosenEffects(c, answers({ work: ['on-call', 'roadmap'] })))
    expect([...grouped.keys()].map((q) => q.id)).toEqual(c.questions.map((q) => q.id))
    const work = [...grouped].find(([q]) => q.id === 'work')?.[1]
    expect(work?.map((x) => x.label)).toEqual(['Label on-call', 'Label roadmap'])
  })
})

describe('citationsFor', () => {
  it('cites each known source once, in content order, with its url only when it has one', () => {
    expect(citationsFor(content(), ['src-b', 'unknown', 'src-a', 'src-b'])).toEqual([
      { id: 'src-a', title: 'Source A', publisher: 'Publisher A' },
      { id: 'src-b', title: 'Source B', publisher: 'Publisher A', url: 'https://example.org/b' },
    ])
    expect(citationsFor(content(), [])).toEqual([])
  })
})

describe('chosenEffects: number bands in any order', () => {
  it('finds the band that holds the number, not the first band it is above', () => {
    const c = content({
      questions: [
        numberQ({
          id: 'n',
          min: 0,
          max: 10,
          bands: [band({ min: 5, max: 10, windowWeeks: 1 }), band({ min: 0, max: 4, windowWeeks: 2 })],
        }),
      ],
    })
    expect(chosenEffects(c, { n: 3 })[0]?.effects.windowWeeks).toBe(2)
    expect(chosenEffects(c, { n: 7 })[0]?.effects.windowWeeks).toBe(1)
  })
})

import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { agreementWords, RaterComparison } from '@/components/progress/rater-comparison'
import type { Comparison } from '@/lib/plans/raters/compare'

// The mentor comparison shows the readout's score as the one score per skill, and what raters saw in words: never a
// second figure for the same skill (the readout scored customer discovery 85; the old table said "You 100").

describe('what raters saw, in words', () => {
  it.each([
    [{ more: 2, same: 1, less: 0 }, 'More on 2 of 3 questions, the same on 1'],
    [{ more: 0, same: 3, less: 0 }, 'The same on all 3 questions'],
    [{ more: 0, same: 0, less: 1 }, 'Less on 1 question'],
    [{ more: 1, same: 1, less: 1 }, 'More on 1 of 3 questions, the same on 1, less on 1'],
  ])('%o reads “%s”', (agreement, words) => expect(agreementWords(agreement)).toBe(words))

  it('puts the readout’s score beside each skill, and no other figure for it', () => {
    const comparison: Comparison = {
      raterCount: 1,
      aggregateOnly: false,
      skills: [
        {
          skillId: 'customer-discovery',
          name: 'Customer empathy and discovery',
          self: 100,
          others: 33,
          raters: [{ score: 33, signature: null, index: 0, agreement: { more: 0, same: 0, less: 2 } }],
          agreement: { more: 0, same: 0, less: 2 },
          raterCount: 1,
          items: 2,
          flag: 'blind-spot',
        },
      ],
      items: [],
    }
    const html = renderToStaticMarkup(
      <RaterComparison comparison={comparison} scores={new Map([['customer-discovery', 85]])} />,
    )
    const row = html.slice(html.indexOf('<tbody>'))
    expect(row).toContain('>85<')
    expect(row).not.toMatch(/>(100|33)</)
    expect(row).toContain('Less on all 2 questions')
    expect(row).toContain('Blind spot?')
  })
})

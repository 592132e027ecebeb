import { describe, expect, it } from 'vitest'
import type { Content } from '@/lib/engine/content/schema'
import { loadContent } from '@/lib/knowledge/load'
import { AGGREGATE_FROM, BLIND_SPOT_MARGIN, compareWithRaters } from './compare'
import { raterItems, validRaterAnswers } from './items'

// Small synthetic content: two rater items on one skill, and one plain question that raters are not asked.
function synthetic(): Content {
  const base = loadContent()
  const q = (id: string, raterPrompt?: string) => ({
    id,
    sectionId: base.sections[0]?.id ?? 's',
    category: 'behaviour' as const,
    prompt: `Do you ${id}?`,
    shortLabel: id,
    optional: false,
    sources: [],
    kind: 'single' as const,
    ...(raterPrompt ? { raterPrompt } : {}),
    options: [0, 1, 2, 3].map((w) => ({
      id: `w${w}`,
      label: `Level ${w}`,
      ...(raterPrompt ? { raterLabel: `They: level ${w}` } : {}),
      exclusive: false,
      rationale: 'r',
      skills: w === 0 ? [] : [{ skillId: 'customer-discovery', weight: w }],
      roles: [],
      paths: [],
      signals: [],
      windowWeeks: 0,
      caps: [],
    })),
  })
  return {
    ...base,
    questions: [q('talk', 'Do they talk to customers?'), q('listen', 'Do they listen?'), q('plain')],
  } as Content
}

const content = synthetic()
const items = raterItems(content)
const self = { talk: 'w3', listen: 'w3', plain: 'w0' }

describe('rater items', () => {
  it('asks only questions with third-person wording, worded from the content', () => {
    expect(items.map((i) => i.questionId)).toEqual(['talk', 'listen'])
    expect(items[0]?.prompt).toBe('Do they talk to customers?')
    expect(items[0]?.options[1]?.label).toBe('They: level 1')
  })

  it('keeps only real choices: a skip or junk is left out', () => {
    expect(validRaterAnswers(items, { talk: 'w2', listen: '', plain: 'w1', extra: 'x' })).toEqual({ talk: 'w2' })
    expect(validRaterAnswers(items, { talk: 'w9' })).toEqual({})
  })
})

describe('self against raters', () => {
  const rater = (talk?: string, listen?: string, signature: string | null = null) => ({
    answers: { ...(talk ? { talk } : {}), ...(listen ? { listen } : {}) },
    signature,
  })
  const cd = (c: ReturnType<typeof compareWithRaters>) => c.skills.find((s) => s.skillId === 'customer-discovery')

  it(`flags a blind spot when self is at least ${BLIND_SPOT_MARGIN} points above the others`, () => {
    const c = compareWithRaters(content, items, self, [rater('w1', 'w1')])
    expect(cd(c)).toMatchObject({ self: 100, others: 33, flag: 'blind-spot', items: 2 })
  })

  it('flags a hidden strength the other way round, and nothing for a small gap', () => {
    expect(cd(compareWithRaters(content, items, { talk: 'w0', listen: 'w0' }, [rater('w3', 'w3')]))?.flag).toBe(
      'hidden-strength',
    )
    // 100 against 83: under the margin.
    expect(cd(compareWithRaters(content, items, self, [rater('w3', 'w2')]))?.flag).toBeNull()
  })

  it('compares on the items the rater answered only', () => {
    // The rater skipped "listen": both sides are scored on "talk" alone.
    const c = compareWithRaters(content, items, { talk: 'w3', listen: 'w0' }, [rater('w3')])
    expect(cd(c)).toMatchObject({ self: 100, others: 100, items: 1, flag: null })
  })

  it('shows one or two raters each, named only if they signed', () => {
    const c = compareWithRaters(content, items, self, [rater('w1', 'w1', 'Sam'), rater('w3', 'w3')])
    expect(c.aggregateOnly).toBe(false)
    expect(cd(c)?.raters).toEqual([
      { score: 33, signature: 'Sam', index: 0, agreement: { more: 0, same: 0, less: 2 } },
      { score: 100, signature: null, index: 1, agreement: { more: 0, same: 2, less: 0 } },
    ])
  })

  it('says, item by item, whether the others saw more, the same or less than the owner described', () => {
    // Owner: level 3 on talk, level 1 on listen. Raters: level 2 and level 3 on talk (average below 3: less),
    // level 2 and level 1 on listen (average above 1: more).
    const c = compareWithRaters(content, items, { talk: 'w3', listen: 'w1' }, [rater('w2', 'w2'), rater('w3', 'w1')])
    expect(cd(c)?.agreement).toEqual({ more: 1, same: 0, less: 1 })
    expect(c.items).toEqual([
      {
        questionId: 'talk',
        label: 'talk',
        self: 'Level 3',
        answeredBy: 2,
        raters: [
          { index: 0, signature: null, answer: 'Level 2' },
          { index: 1, signature: null, answer: 'Level 3' },
        ],
      },
      {
        questionId: 'listen',
        label: 'listen',
        self: 'Level 1',
        answeredBy: 2,
        raters: [
          { index: 0, signature: null, answer: 'Level 2' },
          { index: 1, signature: null, answer: 'Level 1' },
        ],
      },
    ])
  })

  it(`from ${AGGREGATE_FROM} raters on, shows only their average`, () => {
    const c = compareWithRaters(content, items, self, [rater('w1', 'w1'), rater('w3', 'w3'), rater('w2', 'w2', 'Sam')])
    expect(c.aggregateOnly).toBe(true)
    expect(cd(c)).toMatchObject({ raters: [], others: 67, raterCount: 3 })
    // Nor their answers one by one: only how many answered each item.
    expect(c.items.map((i) => [i.raters, i.answeredBy])).toEqual([
      [[], 3],
      [[], 3],
    ])
  })

  it('shows nothing for a skill no rater answered on', () => {
    expect(compareWithRaters(content, items, self, [rater()]).skills).toEqual([])
    expect(compareWithRaters(content, items, self, []).skills).toEqual([])
  })
})

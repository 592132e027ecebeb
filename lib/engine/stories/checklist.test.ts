import { describe, expect, it } from 'vitest'
import { checkStory, type StoryFields } from './checklist'

const good: StoryFields = {
  problem: 'Support agents spent an hour a day re-sending failed invoices for our small-business customers.',
  why: 'Late invoices meant customers were paid late, and two of them told sales they were looking at competitors.',
  actions:
    'I sat with three agents, traced the failures to a retry bug, and proposed a self-serve resend button. I wrote the one-page spec and agreed the scope with design.',
  outcome: 'Support tickets about invoices fell by 40 % in a month, and both customers renewed.',
}
const failing = (story: StoryFields) =>
  checkStory(story)
    .items.filter((i) => !i.ok)
    .map((i) => i.id)

describe('checkStory', () => {
  it('passes a story with every part, and says nothing is missing', () => {
    const check = checkStory(good)
    expect(check.passes).toBe(true)
    expect(check.missing).toBe(0)
    expect(check.items.every((i) => i.ok && i.hint === '')).toBe(true)
  })

  it('flags a blank draft on every needed part, kindly', () => {
    const check = checkStory({ problem: '', why: '', actions: '', outcome: '' })
    expect(check.passes).toBe(false)
    expect(failing({ problem: '', why: '', actions: '', outcome: '' })).toEqual([
      'problem',
      'who',
      'why',
      'your-part',
      'outcome',
      'number',
    ])
    expect(check.items.find((i) => i.id === 'outcome')?.hint).toBe('Say how it ended: what changed because of it.')
  })

  it.each<[string, Partial<StoryFields>, string[]]>([
    ['no outcome stated', { outcome: '' }, ['outcome', 'number']],
    [
      'an outcome without a number (only recommended)',
      { outcome: 'Customers stopped complaining about invoices.' },
      ['number'],
    ],
    [
      'only “we”',
      { actions: 'We found the bug, we built a resend button and we shipped it in a week.' },
      ['not-only-we'],
    ],
    ['no one who had the problem', { problem: 'The retry logic for invoices was broken in production.' }, ['who']],
    ['nothing on why it mattered', { why: '' }, ['why']],
    [
      'only technical detail',
      {
        problem: 'The invoice service retried with no backoff and the queue filled up.',
        why: 'The queue overflowed under load.',
        actions: 'I added exponential backoff and a dead-letter queue in Kafka.',
        outcome: 'The queue stayed below 1,000 messages.',
      },
      ['who', 'beyond-technical'],
    ],
  ])('catches %s', (_, change, expected) => {
    expect(failing({ ...good, ...change })).toEqual(expected)
  })

  it('passes without a number: it is asked for only where there is one', () => {
    const check = checkStory({ ...good, outcome: 'Customers stopped asking about late invoices and both renewed.' })
    expect(check.passes).toBe(true)
    expect(check.items.find((i) => i.id === 'number')).toMatchObject({ ok: false, optional: true })
  })

  it('counts “I” and “we” together as the person’s part', () => {
    expect(failing({ ...good, actions: 'We agreed on a fix after I traced the failures to a retry bug.' })).toEqual([])
  })
})

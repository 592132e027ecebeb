import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/engine/content/answers'
import type { Content } from '@/lib/engine/content/schema'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { fitAnswers, prefillRetake, raiseNote } from './prefill'

const base = loadContent()
const answers: Answers = personaAnswers('backend-with-pms')

// Content that says finishing two steps counts as evidence (the `whenDone` of the content model).
function withWhenDone(): Content {
  const c = structuredClone(base)
  const set = (id: string, whenDone: unknown) => {
    const a = c.actions.find((x) => x.id === id)
    if (!a) throw new Error(`no action ${id}`)
    Object.assign(a, { whenDone })
  }
  set('customer-interviews', [{ questionId: 'customer-contact', atLeastOptionId: 'monthly' }])
  set('join-customer-calls', [{ questionId: 'customer-contact', atLeastOptionId: 'once-twice' }])
  set('present-outcomes', [{ questionId: 'product-work', atLeastOptionId: 'demo-customer' }])
  return c
}

describe('retake pre-fill', () => {
  const content = withWhenDone()
  const previous = { ...answers, 'customer-contact': 'never', 'product-work': ['none'] }

  it('starts from the previous answers unchanged when no finished step counts as evidence', () => {
    const { answers: filled, raised } = prefillRetake(content, previous, [{ actionId: 'ask-why', title: 'Ask why' }])
    expect(filled).toEqual(previous)
    expect(raised).toEqual([])
  })

  it('raises an answer a finished step counts as, and says which step', () => {
    const { answers: filled, raised } = prefillRetake(content, previous, [
      { actionId: 'customer-interviews', title: 'Interview five customers' },
      { actionId: 'join-customer-calls', title: 'Join customer calls' },
    ])
    expect(filled['customer-contact']).toBe('monthly')
    expect(raised).toHaveLength(1)
    expect(raised[0]).toMatchObject({
      questionId: 'customer-contact',
      because: ['Interview five customers', 'Join customer calls'],
    })
    expect(raiseNote(raised[0] as never)).toMatch(
      /^Raised from “Never.*” to “.*”, because you finished “Interview five customers” and “Join customer calls” in your plan\./,
    )
  })

  it('never lowers an answer that is already higher', () => {
    const { answers: filled, raised } = prefillRetake(content, { ...previous, 'customer-contact': 'weekly' }, [
      { actionId: 'customer-interviews', title: 'Interview five customers' },
    ])
    expect(filled['customer-contact']).toBe('weekly')
    expect(raised).toEqual([])
  })

  it('adds a choice to a multi answer and drops "none of these"', () => {
    const { answers: filled } = prefillRetake(content, previous, [{ actionId: 'present-outcomes', title: 'Present' }])
    expect(filled['product-work']).toEqual(['demo-customer'])
  })

  it('drops answers the current questions no longer accept', () => {
    const { answers: fitted, dropped } = fitAnswers(base, {
      ...answers,
      'customer-contact': 'gone-option',
      removed: 'x',
    })
    expect(dropped.sort()).toEqual(['customer-contact', 'removed'])
    expect(fitted['customer-contact']).toBeUndefined()
    expect(fitted.specialty).toBe(answers.specialty)
  })
})

import { describe, expect, it } from 'vitest'
import { type HeadlineFacts, writeHeadline } from '@/lib/engine/scoring/headline'
import { gap, strength, transitionWindow, verdict } from '@/tests/fixtures/content-builder'

const facts = (o: Partial<HeadlineFacts> = {}): HeadlineFacts => ({
  verdict: verdict(),
  readiness: { band: 'close', label: 'Close', why: '' },
  roleName: 'Technical product manager',
  route: 'through an internal transfer',
  window: transitionWindow({ minWeeks: 13, maxWeeks: 26 }),
  hoursPerWeek: 6,
  strengths: [],
  gaps: [],
  flat: false,
  overConfident: 0,
  ...o,
})

describe('writeHeadline: where you stand, the route, how long, what to lead with and work on', () => {
  it.each<[string, Partial<HeadlineFacts>, string]>([
    [
      'ready',
      { readiness: { band: 'ready', label: '', why: '' } },
      "You're ready to start applying to work as a technical product manager.",
    ],
    ['close', {}, "You're close to ready to work as a technical product manager."],
    [
      'building',
      { readiness: { band: 'building', label: '', why: '' } },
      'You have a base for work as a technical product manager, and several skills still to build.',
    ],
    [
      'early',
      { readiness: { band: 'early', label: '', why: '' }, roleName: 'AI/ML product manager' },
      "It's early days for work as an AI/ML product manager: most of the skills it relies on are still to build.",
    ],
  ])('says where you stand when %s', (_, o, opening) => {
    expect(writeHeadline(facts(o))).toBe(
      `${opening} Get there through an internal transfer, in about 13–26 weeks at 6 hours a week.`,
    )
  })

  it('says "hour" for one hour a week', () => {
    expect(writeHeadline(facts({ hoursPerWeek: 1 }))).toContain('at 1 hour a week.')
  })

  it.each<[string, Partial<HeadlineFacts>]>([
    ['not now', { verdict: verdict({ kind: 'not-now' }) }],
    ['not for you', { verdict: verdict({ kind: 'not-for-you' }) }],
    ['flat and over-confident', { flat: true, overConfident: 2 }],
    ['mixed motivation and a first draft', { verdict: verdict({ kind: 'not-now' }), flat: true, overConfident: 1 }],
  ])('leads with readiness and route, whatever the caveats: %s', (_, o) => {
    const text = writeHeadline(facts(o))
    expect(text).toMatch(
      /^(You're|Counting only what you have done, you're) close to ready to work as a technical product manager\. Get there through an internal transfer, in about 13–26 weeks at 6 hours a week\./,
    )
    expect(text).not.toMatch(/not for you|NOT/i)
  })

  it('names a first draft after the route, counting what was done', () => {
    expect(writeHeadline(facts({ flat: true, overConfident: 2 }))).toBe(
      "Counting only what you have done, you're close to ready to work as a technical product manager. Get there through an internal transfer, in about 13–26 weeks at 6 hours a week. Treat this readout as a first draft, because of how you rated yourself: retake it, rating each skill against its descriptions, before you rely on the matches.",
    )
    for (const o of [{ flat: true }, { overConfident: 1 }])
      expect(writeHeadline(facts(o)).startsWith("You're close to ready")).toBe(true)
  })

  it('ends with the motivation caution, plainly and kindly, after everything else', () => {
    const caution = 'One thing to weigh first: try the first weeks.'
    const text = writeHeadline(
      facts({ verdict: verdict({ kind: 'not-for-you', caution }), gaps: [gap({ name: 'Pricing' })] }),
    )
    expect(text.endsWith(` Work first on pricing. ${caution}`)).toBe(true)
    // A stored verdict from before cautions existed still gets one.
    expect(writeHeadline(facts({ verdict: verdict({ kind: 'not-now' }) }))).toMatch(
      /One thing to weigh first: your motivation answers raise doubts about the move/,
    )
    expect(writeHeadline(facts({ verdict: verdict({ kind: 'go', caution: 'Unused.' }) }))).not.toContain('Unused')
  })

  it.each<[string, Partial<HeadlineFacts>, string]>([
    [
      'both',
      { strengths: [strength({ name: 'Systems thinking' })], gaps: [gap({ name: 'Customer discovery' })] },
      ' Lead with systems thinking; work first on customer discovery.',
    ],
    ['gaps only', { gaps: [gap({ name: 'Customer discovery' })] }, ' Work first on customer discovery.'],
    ['strengths only', { strengths: [strength({ name: 'Systems thinking' })] }, ' Lead with systems thinking.'],
    [
      'strengths with their own "and"',
      { strengths: [strength({ name: 'Customer empathy and discovery' }), strength({ name: 'Systems thinking' })] },
      ' Lead with customer empathy and discovery, plus systems thinking.',
    ],
    [
      'two of each at most, joined without a doubled "and"',
      {
        strengths: [
          strength({ name: 'Systems thinking' }),
          strength({ name: 'API design' }),
          strength({ name: 'Debugging' }),
        ],
        gaps: [
          gap({ name: 'Customer empathy and discovery' }),
          gap({ name: 'Storytelling' }),
          gap({ name: 'Pricing' }),
        ],
      },
      ' Lead with systems thinking and API design; work first on customer empathy and discovery, then storytelling.',
    ],
    [
      'exactly the first of each list, stopping at one resting on few answers (the lists put those last)',
      {
        strengths: [
          strength({ name: 'Debugging', confidence: 'high' }),
          strength({ name: 'Storytelling', confidence: 'low' }),
        ],
        gaps: [gap({ name: 'Pricing', confidence: 'medium' }), gap({ name: 'Ambiguity', confidence: 'low' })],
      },
      ' Lead with debugging; work first on pricing.',
    ],
    [
      'never one further down the list in place of the first',
      {
        strengths: [strength({ name: 'Storytelling', confidence: 'low' }), strength({ name: 'Debugging' })],
        gaps: [gap({ name: 'Ambiguity', confidence: 'low' }), gap({ name: 'Pricing' })],
      },
      ' at 6 hours a week.',
    ],
    [
      'nothing when all rest on few answers',
      { strengths: [strength({ confidence: 'low' })], gaps: [gap({ confidence: 'low' })] },
      ' at 6 hours a week.',
    ],
  ])('ends with what to lead with and work on: %s', (_, o, end) => {
    expect(writeHeadline(facts(o)).endsWith(end)).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { type HeadlineFacts, writeHeadline } from '@/lib/scoring/headline'
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

  it.each<[string, Partial<HeadlineFacts>, string]>([
    [
      'not now',
      { verdict: verdict({ kind: 'not-now' }) },
      "Your motivation answers are mixed, so weigh the verdict before the rest. On skills alone, you're close to ready",
    ],
    [
      'not for you',
      { verdict: verdict({ kind: 'not-for-you' }) },
      "Your motivation answers raise real doubts about this move, so weigh the verdict before the rest. On skills alone, you're close",
    ],
    [
      'flat and over-confident',
      { flat: true, overConfident: 2 },
      "Treat this readout as a first draft: you gave nearly every skill the same self-rating, and on two of them what you have actually done points much lower. Retake the assessment, rating each skill against its descriptions, before you rely on the matches. Counting what you have done, you're close",
    ],
    ['flat alone is no first draft', { flat: true }, "You're close to ready"],
    ['over-confident alone is no first draft', { overConfident: 1 }, "You're close to ready"],
    [
      'mixed motivation and a first draft',
      { verdict: verdict({ kind: 'not-now' }), flat: true, overConfident: 1 },
      'Your motivation answers are mixed, so weigh the verdict before the rest. Treat this readout as a first draft: you gave nearly every skill the same self-rating, and on one of them',
    ],
  ])('opens with the caveats first: %s', (_, o, start) => {
    expect(writeHeadline(facts(o)).startsWith(start)).toBe(true)
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
      'never a low-confidence strength or gap',
      {
        strengths: [
          strength({ name: 'Storytelling', confidence: 'low' }),
          strength({ name: 'Debugging', confidence: 'high' }),
        ],
        gaps: [gap({ name: 'Ambiguity', confidence: 'low' }), gap({ name: 'Pricing', confidence: 'medium' })],
      },
      ' Lead with debugging; work first on pricing.',
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

import { describe, expect, it } from 'vitest'
import { BASE_WINDOW, READINESS, WINDOW_LIMITS } from '@/lib/scoring/calibration'
import type { Readiness } from '@/lib/scoring/result-schema'
import { baseWindow, fitWindowToPlan, readinessFit, readinessFor } from '@/lib/scoring/window'
import {
  chosen,
  content,
  option,
  path,
  role,
  single,
  skillResult,
  transitionWindow,
} from '@/tests/fixtures/content-builder'

const c = content() // skill-a usually-gap, skill-b usually-strong, skill-c mixed
const tpm = role({
  leansOn: [
    { skillId: 'skill-a', weight: 3 },
    { skillId: 'skill-b', weight: 1 },
    { skillId: 'skill-c', weight: 1 },
  ],
})

describe('readinessFit: skill fit weighting the PM-specific skills', () => {
  it('blends all the role’s skills (40 %) with those engineers don’t usually bring (60 %)', () => {
    const skills = [
      skillResult({ skillId: 'skill-a', score: 40 }),
      skillResult({ skillId: 'skill-b', score: 90 }),
      skillResult({ skillId: 'skill-c', score: 60 }),
    ]
    // all: (120 + 90 + 60) / 5 = 54; PM-specific: (120 + 60) / 4 = 45.
    expect(readinessFit(c, tpm, skills)).toEqual({ fit: 0.4 * 54 + 0.6 * 45, atEvidence: [] })
  })

  it('counts an over-confident skill at what was done, and says so', () => {
    const skills = [
      skillResult({ skillId: 'skill-a', name: 'Customer discovery', score: 60, selfRating: 100, didScore: 20 }),
      skillResult({ skillId: 'skill-b', score: 60, selfRating: 75, didScore: 70 }),
      skillResult({ skillId: 'skill-c', score: 60 }),
    ]
    const { fit, atEvidence } = readinessFit(c, tpm, skills)
    expect(atEvidence).toEqual(['customer discovery'])
    expect(fit).toBeCloseTo(0.4 * ((3 * 20 + 60 + 60) / 5) + 0.6 * ((3 * 20 + 60) / 4))
  })

  it('names no skill whose score already equals what was done', () => {
    const skills = [skillResult({ skillId: 'skill-a', score: 20, selfRating: 100, didScore: 20 })]
    expect(readinessFit(c, role({ leansOn: [{ skillId: 'skill-a', weight: 1 }] }), skills)).toEqual({
      fit: 20,
      atEvidence: [],
    })
  })

  it('never raises a skill to what was done', () => {
    const skills = [skillResult({ skillId: 'skill-a', score: 10, selfRating: 100, didScore: 20 })]
    expect(readinessFit(c, role({ leansOn: [{ skillId: 'skill-a', weight: 1 }] }), skills)).toEqual({
      fit: 10,
      atEvidence: [],
    })
  })

  it('counts an unscored skill at 50 and, with no PM-specific skills, uses the overall fit', () => {
    const onlyStrong = role({
      leansOn: [
        { skillId: 'skill-b', weight: 1 },
        { skillId: 'skill-b', weight: 1 },
      ],
    })
    expect(readinessFit(c, onlyStrong, [skillResult({ skillId: 'skill-b', score: 80 })]).fit).toBe(80)
    expect(readinessFit(c, role({ leansOn: [{ skillId: 'skill-x', weight: 1 }] }), []).fit).toBe(50)
    expect(readinessFit(c, role({ leansOn: [] }), []).fit).toBe(50)
  })
})

describe('readinessFor: the band and its explanation', () => {
  it.each<[number, Readiness['band'], string]>([
    [100, 'ready', 'Ready to start applying'],
    [READINESS.ready - 0.5, 'ready', 'Ready to start applying'],
    [READINESS.ready - 0.6, 'close', 'Close'],
    [READINESS.close, 'close', 'Close'],
    [READINESS.close - 1, 'building', 'Building up'],
    [READINESS.building, 'building', 'Building up'],
    [READINESS.building - 1, 'early', 'Early days'],
    [0, 'early', 'Early days'],
  ])('fit %d is %s', (fit, band, label) => {
    expect(readinessFor({ fit, atEvidence: [] }, 'Technical PM')).toMatchObject({ band, label })
  })

  it.each<[number, string]>([
    [
      75,
      "Your skills already cover most of what a technical PM needs (skill fit 75 of 100); what's left is product experience you can point to.",
    ],
    [60, 'Your skills cover much of what a technical PM needs (skill fit 60 of 100), with a few clear gaps to close.'],
    [
      50,
      'You have a base to build on (skill fit 50 of 100 for a technical PM), but several skills the role needs are still gaps.',
    ],
    [20, 'Most of the skills a technical PM relies on are still to build (skill fit 20 of 100).'],
  ])('explains a fit of %d', (fit, why) => {
    expect(readinessFor({ fit, atEvidence: [] }, 'Technical PM').why).toBe(why)
  })

  it('says which skills count at what was done', () => {
    expect(
      readinessFor({ fit: 50.4, atEvidence: ['customer discovery', 'storytelling'] }, 'AI/ML product manager').why,
    ).toBe(
      'You have a base to build on (skill fit 50 of 100 for an AI/ML product manager), but several skills the role needs are still gaps. For customer discovery and storytelling, this counts what you have done rather than your self-rating, which ran well ahead of it.',
    )
  })
})

describe('baseWindow: a base from readiness, adjusted by the path and the answers', () => {
  const readiness = (band: Readiness['band']): Readiness => ({ band, label: '', why: '' })
  const slower = path({
    id: 'path-b',
    extraWeeks: { min: 4, max: 8, reason: 'Changing jobs first takes time' },
    sources: ['src-b'],
  })
  const withPaths = content({
    paths: [path({ id: 'path-a' }), slower],
    questions: [
      single({
        id: 'q1',
        options: [
          option({ id: 'slow', rationale: 'Few hours.', windowWeeks: 3 }),
          option({ id: 'fast', rationale: 'Already close.', windowWeeks: -2 }),
          option({ id: 'none' }),
        ],
      }),
      ...['q2', 'q3', 'q4'].map((id) =>
        single({
          id,
          options: [
            option({ id: 'big', windowWeeks: 26 }),
            option({ id: 'cut', windowWeeks: -8 }),
            option({ id: 'none' }),
          ],
        }),
      ),
    ],
  })
  const win = (band: Readiness['band'], a: Record<string, string> = {}, pathId = 'path-a') =>
    baseWindow(withPaths, chosen(withPaths, a), readiness(band), pathId)

  it.each(Object.entries(BASE_WINDOW))('starts %s at its base weeks', (band, [min, max]) => {
    expect(win(band as Readiness['band'])).toMatchObject({ minWeeks: min, maxWeeks: max })
  })

  it('adds the path’s extra weeks and each answer’s, with why', () => {
    const w = win('close', { q1: 'slow' }, 'path-b')
    expect(w).toMatchObject({ minWeeks: 13 + 4 + 3, maxWeeks: 26 + 8 + 3, sources: ['acp-how-to-why', 'src-b'] })
    expect(w.reasons).toEqual([
      {
        effect: 'neutral',
        text: 'From where you are now (close to ready), expect about 13–26 weeks; the points below adjust it.',
      },
      { effect: 'longer', text: 'Changing jobs first takes time (+4–8 weeks)' },
      { effect: 'longer', text: 'Few hours. (+3 weeks)' },
    ])
  })

  it('says when nothing adjusts it, and takes weeks off for answers that shorten it', () => {
    expect(win('ready').reasons).toEqual([
      { effect: 'neutral', text: 'From where you are now (ready to start applying), expect about 8–16 weeks.' },
    ])
    expect(win('building', { q1: 'fast' })).toMatchObject({ minWeeks: 18, maxWeeks: 37 })
    expect(win('building', { q1: 'fast' }).reasons[1]).toEqual({ effect: 'shorter', text: 'Already close. (−2 weeks)' })
    expect(win('early').reasons[0]?.text).toContain('(at an early stage)')
    expect(win('building').reasons[0]?.text).toContain('(with a base to build on)')
    expect(win('ready').sources).toEqual(['acp-how-to-why'])
    // An answer that moves the window by nothing says nothing.
    expect(win('ready', { q1: 'none' }).reasons).toHaveLength(1)
  })

  it(`keeps the window within ${WINDOW_LIMITS.min}–${WINDOW_LIMITS.max} weeks and at least ${WINDOW_LIMITS.minSpan} weeks wide`, () => {
    expect(win('ready', { q2: 'cut', q1: 'fast' })).toMatchObject({ minWeeks: 4, maxWeeks: 8 })
    expect(win('early', { q2: 'big', q3: 'big', q4: 'big', q1: 'slow' }, 'path-b')).toMatchObject({
      minWeeks: 100,
      maxWeeks: 104,
    })
  })

  it.each<[number, number, string]>([
    [4, 8, 'About 4–8 weeks: quicker than the typical 3–9 months.'],
    [4, 12, 'About 4–12 weeks: quicker than the typical 3–9 months.'],
    [8, 13, 'About 8–13 weeks (2–3 months): at the quick end of the typical 3–9 months.'],
    [12, 39, 'About 12–39 weeks (3–9 months): at the quick end of the typical 3–9 months.'],
    [13, 39, 'About 13–39 weeks (3–9 months): within the typical 3–9 months.'],
    [20, 40, 'About 20–40 weeks (5–9 months): it could run past the typical 3–9 months.'],
    [39, 52, 'About 39–52 weeks (9–12 months): it could run past the typical 3–9 months.'],
    [40, 52, 'About 40–52 weeks (9–12 months): longer than the typical 3–9 months.'],
  ])('sums up %d–%d weeks against the typical 3–9 months', (min, max, summary) => {
    const w = fitWindowToPlan(transitionWindow({ minWeeks: min, maxWeeks: 1 }), max, 10)
    expect(w.summary).toBe(summary)
  })
})

describe('fitWindowToPlan: the plan can only lengthen the window', () => {
  const w = transitionWindow({ minWeeks: 10, maxWeeks: 20, reasons: [{ effect: 'neutral', text: 'Base.' }] })
  it.each([
    ['a shorter plan', 12],
    ['a plan exactly as long', 20],
  ])('leaves it alone for %s', (_, weeks) => {
    expect(fitWindowToPlan(w, weeks, 5)).toBe(w)
  })

  it('stretches the end to the plan’s length, and says why', () => {
    const stretched = fitWindowToPlan(w, 21, 1)
    expect(stretched).toMatchObject({
      minWeeks: 10,
      maxWeeks: 21,
      summary: 'About 10–21 weeks (2–5 months): at the quick end of the typical 3–9 months.',
    })
    expect(stretched.reasons).toEqual([
      { effect: 'neutral', text: 'Base.' },
      {
        effect: 'longer',
        text: 'At 1 hour a week, the steps in your plan take 21 weeks, so the window runs to week 21.',
      },
    ])
    expect(fitWindowToPlan(w, 30, 4).reasons[1]?.text).toBe(
      'At 4 hours a week, the steps in your plan take 30 weeks, so the window runs to week 30.',
    )
  })

  it('keeps the start at least four weeks before the end, and the end within two years', () => {
    expect(fitWindowToPlan(transitionWindow({ minWeeks: 30, maxWeeks: 31 }), 32, 2)).toMatchObject({
      minWeeks: 28,
      maxWeeks: 32,
    })
    expect(fitWindowToPlan(transitionWindow({ minWeeks: 50, maxWeeks: 60 }), 200, 2)).toMatchObject({
      minWeeks: 50,
      maxWeeks: 104,
    })
  })
})

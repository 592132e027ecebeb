import { describe, expect, it } from 'vitest'
import { BASE_WINDOW, FOLLOW_THROUGH_WEEKS, READINESS, WINDOW_LIMITS } from '@/lib/engine/scoring/calibration'
import type { Readiness } from '@/lib/engine/scoring/result-schema'
import { baseWindow, fitWindowToPlan, readinessFit, readinessFor, windowSummary } from '@/lib/engine/scoring/window'
import {
  band,
  chosen,
  content,
  numberQ,
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
      "Your skills already cover most of what a technical PM needs; what's left is product experience you can point to.",
    ],
    [60, 'Your skills cover much of what a technical PM needs, with a few clear gaps to close.'],
    [50, 'You have a base to build on for work as a technical PM, but several skills the role needs are still gaps.'],
    [20, 'Most of the skills a technical PM relies on are still to build.'],
  ])('explains a fit of %d in words, with no second figure beside the role’s own fit', (fit, why) => {
    expect(readinessFor({ fit, atEvidence: [] }, 'Technical PM').why).toBe(why)
  })

  it('says which skills count at what was done', () => {
    expect(
      readinessFor({ fit: 50.4, atEvidence: ['customer discovery', 'storytelling'] }, 'AI/ML product manager').why,
    ).toBe(
      'You have a base to build on for work as an AI/ML product manager, but several skills the role needs are still gaps. For customer discovery and storytelling it counts what you have done, not your higher self-rating.',
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
    expect(w).toMatchObject({
      minWeeks: 13 + 4 + 3,
      maxWeeks: 26 + 8 + 3,
      sources: ['acp-how-to-why', 'src-b'],
      basis: { minWeeks: 20, maxWeeks: 37, hoursWeeks: 0 },
    })
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
    expect(windowSummary(min, max)).toBe(summary)
  })

  it('records the weeks the hours answer added, apart from the rest, for a re-plan at other hours', () => {
    const hours = content({
      questions: [
        numberQ({
          id: 'hours',
          feeds: 'hours-per-week',
          min: 1,
          max: 40,
          bands: [band({ min: 1, max: 3, windowWeeks: 10 }), band({ min: 4, max: 40 })],
        }),
        single({ id: 'q1', options: [option({ id: 'slow', windowWeeks: 3 }), option({ id: 'none' })] }),
      ],
    })
    const w = baseWindow(hours, chosen(hours, { hours: 2, q1: 'slow' }), readiness('close'), 'path-a')
    expect(w.basis).toEqual({ minWeeks: 26, maxWeeks: 39, hoursWeeks: 10 })
  })
})

describe('fitWindowToPlan: the window holds the plan’s move step, and runs at least to its last week', () => {
  const w = transitionWindow({ minWeeks: 10, maxWeeks: 30, reasons: [{ effect: 'neutral', text: 'Base.' }] })
  const move = (startWeek: number, endWeek: number) => ({ title: 'Apply for PM roles', startWeek, endWeek })

  it.each([
    ['a move inside the window', move(10, 12), 12],
    ['a move that starts exactly at the window’s start', move(10, 24), 24],
    ['a move that starts before and ends inside it', move(8, 10), 18],
    ['no move step, and a plan inside it', null, 30],
  ])('leaves it alone for %s', (_, m, last) => {
    expect(fitWindowToPlan(w, m, last, 5)).toBe(w)
  })

  it('starts no earlier than the move step starts: applying in weeks 15–16 cannot mean a role by week 10', () => {
    const fitted = fitWindowToPlan(w, move(15, 16), 16, 8)
    expect(fitted).toMatchObject({ minWeeks: 15, maxWeeks: 30 })
    expect(fitted.reasons.at(-1)).toEqual({
      effect: 'longer',
      text: 'At 8 hours a week, your plan reaches “Apply for PM roles” in week 15, so the window starts there.',
    })
    expect(fitted.summary).toBe('About 15–30 weeks (3–7 months): within the typical 3–9 months.')
  })

  it('starts no later than the move step ends, so the move always falls inside the window', () => {
    const fitted = fitWindowToPlan(transitionWindow({ minWeeks: 20, maxWeeks: 40, reasons: [] }), move(10, 12), 12, 1)
    expect(fitted).toMatchObject({ minWeeks: 12, maxWeeks: 40 })
    expect(fitted.reasons).toEqual([
      {
        effect: 'shorter',
        text: 'At 1 hour a week, your plan has “Apply for PM roles” done by week 12, so the window can start there.',
      },
    ])
  })

  it(`runs at least ${FOLLOW_THROUGH_WEEKS} weeks past the move, for interviews and an offer, and to the plan’s last week`, () => {
    const after = fitWindowToPlan(transitionWindow({ minWeeks: 10, maxWeeks: 20, reasons: [] }), move(16, 18), 18, 4)
    expect(after).toMatchObject({ minWeeks: 16, maxWeeks: 18 + FOLLOW_THROUGH_WEEKS })
    expect(after.reasons.at(-1)?.text).toBe(
      `After “Apply for PM roles” in week 18, allow about ${FOLLOW_THROUGH_WEEKS} weeks for conversations, interviews and an offer, so the window runs to week ${18 + FOLLOW_THROUGH_WEEKS}.`,
    )
    const long = fitWindowToPlan(transitionWindow({ minWeeks: 10, maxWeeks: 20, reasons: [] }), null, 25, 4)
    expect(long).toMatchObject({ minWeeks: 10, maxWeeks: 25 })
    expect(long.reasons.at(-1)?.text).toBe(
      'At 4 hours a week, the steps in your plan take 25 weeks, so the window runs to week 25.',
    )
    // The plan's steps going on past the move's follow-through: the window covers them, said as the plan's length.
    expect(
      fitWindowToPlan(transitionWindow({ minWeeks: 10, maxWeeks: 20, reasons: [] }), move(10, 12), 30, 4).maxWeeks,
    ).toBe(30)
  })

  it('keeps the start at least four weeks before the end, and the end within two years', () => {
    expect(fitWindowToPlan(transitionWindow({ minWeeks: 30, maxWeeks: 31 }), null, 32, 2)).toMatchObject({
      minWeeks: 30,
      maxWeeks: 34,
    })
    expect(fitWindowToPlan(transitionWindow({ minWeeks: 50, maxWeeks: 60 }), null, 200, 2)).toMatchObject({
      minWeeks: 50,
      maxWeeks: 104,
    })
  })
})

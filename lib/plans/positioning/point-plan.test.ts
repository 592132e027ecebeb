import { describe, expect, it } from 'vitest'
import type { ListingAnalysis } from '@/lib/engine/listings/analysis-schema'
import { buildPlan } from '@/lib/engine/plan/build-plan'
import { assess } from '@/lib/engine/scoring/assess'
import { GAP_BELOW } from '@/lib/engine/scoring/calibration'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import { countedPlan, trackedPlan } from '@/lib/plans/progress/plan-actions'
import { replanFromToday } from '@/lib/plans/progress/replan'
import type { ProgressEvent } from '@/lib/plans/progress/schema'
import { progressState } from '@/lib/plans/progress/state'
import { summarize } from '@/lib/plans/progress/summary'
import { gapsForListing, pointPlanAt, unpointPlan } from './point-plan'

const content = loadContent()
const answers = personaAnswers('backend-with-pms')
const { result } = assess(content, answers)
const scoreOf = (skillId: string) => result.skills.find((s) => s.skillId === skillId)?.score ?? -1

const asking = (skills: [string, number, number][]): ListingAnalysis => ({
  requirements: [],
  unmeasured: [],
  skills: skills.map(([skillId, mentions, mustMentions]) => ({ skillId, mentions, mustMentions })),
})

describe('gapsForListing', () => {
  it('puts the gaps the listing asks for first, must-haves weighing double, and renumbers the ranks', () => {
    const readout = result.gaps.map((g) => g.skillId)
    const last = readout.at(-1) ?? ''
    const second = readout.at(-2) ?? ''
    // The readout's two least important gaps: one asked twice as a nice-to-have, one once as a must-have… equal weight,
    // so the more important one (by the readout) goes first.
    const gaps = gapsForListing(
      result,
      asking([
        [last, 3, 0],
        [second, 1, 1],
      ]),
    )
    expect(gaps.slice(0, 2).map((g) => g.skillId)).toEqual([last, second])
    expect(gaps.map((g) => g.rank)).toEqual(gaps.map((_, i) => i + 1))
    expect(gaps.slice(2).map((g) => g.skillId)).toEqual(readout.filter((id) => id !== last && id !== second))
  })

  it('leaves out skills the person already shows, keeps every readout gap, and brings in a listing skill below the gap line', () => {
    // Comfort with ambiguity scores below the gap line for this persona but is not among the readout's gaps.
    expect(result.gaps.map((g) => g.skillId)).not.toContain('comfort-with-ambiguity')
    expect(scoreOf('comfort-with-ambiguity')).toBeLessThan(GAP_BELOW)
    expect(scoreOf('systems-thinking')).toBeGreaterThanOrEqual(GAP_BELOW)
    const gaps = gapsForListing(
      result,
      asking([
        ['systems-thinking', 4, 4],
        ['comfort-with-ambiguity', 2, 2],
      ]),
    )
    expect(gaps.map((g) => g.skillId)).not.toContain('systems-thinking')
    expect(gaps[0]).toMatchObject({ skillId: 'comfort-with-ambiguity', rank: 1 })
    expect(gaps[0]?.why).toContain('job listing')
    expect(gaps.slice(1).map((g) => g.skillId)).toEqual(result.gaps.map((g) => g.skillId))
  })

  it('gives the plan builder a plan whose first gap step is for what the listing asks', () => {
    const target = result.gaps.at(-1)?.skillId ?? ''
    const pointed = buildPlan(content, { ...result, gaps: gapsForListing(result, asking([[target, 3, 3]])) }, answers)
    const original = buildPlan(content, result, answers)
    expect(pointed.gapCoverage[0]?.skillId).toBe(target)
    expect(original.gapCoverage[0]?.skillId).not.toBe(target)
  })
})

describe('pointPlanAt and unpointPlan', () => {
  const plan = buildPlan(content, result, answers)
  const day = '2026-12-07'
  // The progress as the pages fold it: the plan as made, the events so far, today.
  const progressAfter = (events: ProgressEvent[], today = day) => {
    const state = progressState(day, events)
    const currentPlan = state.replan?.plan ?? plan
    const schedule = trackedPlan(currentPlan)
    const made = countedPlan(trackedPlan(plan), schedule, state.done)
    return { state, currentPlan, summary: summarize(made, schedule, state, today), made }
  }
  const at = new Date('2026-12-07T10:00:00Z')
  const target = result.gaps.at(-1)?.skillId ?? ''
  const listing = { listingId: '22222222-2222-4222-8222-222222222222', name: 'Acme – Platform PM' }
  const analysis = asking([[target, 4, 4]])

  it('re-plans from today with the listing’s gap first, says which listing, and keeps window and headline together', () => {
    const firstDone = plan.actions[0]?.actionId ?? ''
    const progress = progressAfter([{ id: 1, at, kind: 'done', actionId: firstDone, day }])
    const data = pointPlanAt(content, result, answers, progress, { ...listing, analysis })
    expect(data?.listing).toEqual(listing)
    expect(data?.plan.gapCoverage[0]?.skillId).toBe(target)
    expect(plan.gapCoverage[0]?.skillId).not.toBe(target)
    // A done step is not scheduled again; the window is the one fitted to the new schedule, and the headline says it.
    expect(data?.plan.actions.map((a) => a.actionId)).not.toContain(firstDone)
    expect(data?.window?.minWeeks).toBeGreaterThan(0)
    expect(data?.headline).toContain(`${data?.window?.minWeeks}`)
    // The headline's "work first on" names the listing's gap first, as the plan now takes it (when that gap rests on
    // enough evidence to name: lib/engine/scoring/headline.ts).
    expect(result.headline).not.toMatch(/work first on writing specs/i)
    const specs = pointPlanAt(content, result, answers, progress, {
      ...listing,
      analysis: asking([['spec-writing', 3, 3]]),
    })
    expect(specs?.headline).toMatch(/work first on writing specs/i)
  })

  it('a later re-plan at other hours keeps pointing at the listing; stopping re-plans the plan as made', () => {
    const pointed = pointPlanAt(content, result, answers, progressAfter([]), { ...listing, analysis })
    if (!pointed) throw new Error('expected a re-plan')
    const events: ProgressEvent[] = [{ id: 1, at, kind: 'replanned', day, data: pointed }]
    const later = replanFromToday(content, result, progressAfter(events), 3)
    expect(later.listing).toEqual(listing)
    expect(later.plan.gapCoverage[0]?.skillId).toBe(target)
    const stopped = unpointPlan(content, result, plan, progressAfter(events))
    expect(stopped?.listing).toBeUndefined()
    expect(stopped?.plan.gapCoverage.map((g) => g.skillId)).toEqual(plan.gapCoverage.map((g) => g.skillId))
  })

  it('every step the pointed plan shows counts and can be checked off; a dropped step counts only once done', () => {
    const pointed = pointPlanAt(content, result, answers, progressAfter([]), { ...listing, analysis })
    if (!pointed) throw new Error('expected a re-plan')
    const progress = progressAfter([{ id: 1, at, kind: 'replanned', day, data: pointed }])
    const counted = new Set(progress.made.actions.map((a) => a.actionId))
    for (const step of pointed.plan.actions) expect(counted.has(step.actionId)).toBe(true)
    const dropped = plan.actions.filter((a) => !pointed.plan.actions.some((p) => p.actionId === a.actionId))
    for (const step of dropped) expect(counted.has(step.actionId)).toBe(false)
  })

  it('has nothing to re-plan when every step is done', () => {
    const events: ProgressEvent[] = plan.actions.map((a, i) => ({ id: i, at, kind: 'done', actionId: a.actionId, day }))
    expect(unpointPlan(content, result, plan, progressAfter(events))).toBeNull()
  })
})

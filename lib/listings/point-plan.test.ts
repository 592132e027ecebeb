import { describe, expect, it } from 'vitest'
import type { Answers } from '@/lib/content/answers'
import { loadContent } from '@/lib/content/load'
import { buildPlan } from '@/lib/plan/build-plan'
import { assess } from '@/lib/scoring/assess'
import { GAP_BELOW, MAX_GAPS } from '@/lib/scoring/calibration'
import backendWithPms from '@/tests/fixtures/personas/backend-with-pms.json'
import type { ListingAnalysis } from './analysis-schema'
import { gapsForListing } from './point-plan'

const content = loadContent()
const answers = backendWithPms.answers as Answers
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

  it('leaves out skills the person already shows, and brings in a listing skill below the gap line', () => {
    // Comfort with ambiguity scores below the gap line for this persona but is not among the readout's gaps.
    expect(result.gaps.map((g) => g.skillId)).not.toContain('comfort-with-ambiguity')
    expect(scoreOf('comfort-with-ambiguity')).toBeLessThan(GAP_BELOW)
    expect(scoreOf('problem-diagnosis')).toBeGreaterThanOrEqual(GAP_BELOW)
    const gaps = gapsForListing(
      result,
      asking([
        ['problem-diagnosis', 4, 4],
        ['comfort-with-ambiguity', 2, 2],
      ]),
    )
    expect(gaps.map((g) => g.skillId)).not.toContain('problem-diagnosis')
    expect(gaps[0]).toMatchObject({ skillId: 'comfort-with-ambiguity', rank: 1 })
    expect(gaps[0]?.why).toContain('job listing')
    expect(gaps.length).toBe(Math.max(MAX_GAPS, result.gaps.length))
  })

  it('gives the plan builder a plan whose first gap step is for what the listing asks', () => {
    const target = result.gaps.at(-1)?.skillId ?? ''
    const pointed = buildPlan(content, { ...result, gaps: gapsForListing(result, asking([[target, 3, 3]])) }, answers)
    const original = buildPlan(content, result, answers)
    expect(pointed.gapCoverage[0]?.skillId).toBe(target)
    expect(original.gapCoverage[0]?.skillId).not.toBe(target)
  })
})

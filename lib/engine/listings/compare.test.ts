import { describe, expect, it } from 'vitest'
import { assess } from '@/lib/engine/scoring/assess'
import { loadContent } from '@/lib/knowledge/load'
import { personaAnswers } from '@/lib/knowledge/reference-personas'
import type { AnalysedLine, ListingAnalysis } from './analysis-schema'
import { compareWithListing } from './compare'

// A backend engineer with a PM on the team (lib/knowledge/reference-personas/backend-with-pms.json): strong on problem
// diagnosis (85) and technical feasibility (84), weak on customer discovery (43) and UX sense (19).
const content = loadContent()
const { result, plan } = assess(content, personaAnswers('backend-with-pms'))

const line = (
  text: string,
  skillIds: string[],
  strength: 'must' | 'nice' = 'must',
  notMeasured = false,
): AnalysedLine => ({
  text,
  strength,
  heading: null,
  skillIds,
  matched: [],
  tags: skillIds.map((skillId) => ({ skillId, words: [] })),
  notMeasured: notMeasured ? [{ id: 'years-experience', label: 'Years', explanation: '', words: ['5+ years'] }] : [],
})

function analysisOf(lines: AnalysedLine[]): ListingAnalysis {
  const counts = new Map<string, { skillId: string; mentions: number; mustMentions: number }>()
  for (const l of lines)
    for (const skillId of l.skillIds) {
      const c = counts.get(skillId) ?? { skillId, mentions: 0, mustMentions: 0 }
      c.mentions += 1
      if (l.strength === 'must') c.mustMentions += 1
      counts.set(skillId, c)
    }
  return {
    requirements: lines,
    unmeasured: lines.filter((l) => l.notMeasured.length > 0).map((l) => l.text),
    skills: [...counts.values()].sort((a, b) => b.mentions - a.mentions),
  }
}

const scoreOf = (skillId: string) => result.skills.find((s) => s.skillId === skillId)?.score ?? -1

describe('compareWithListing', () => {
  it('the persona is what these tests assume', () => {
    expect(scoreOf('problem-diagnosis')).toBeGreaterThanOrEqual(70)
    expect(scoreOf('customer-discovery')).toBeLessThan(55)
    expect(scoreOf('ux-sense')).toBeLessThan(55)
  })

  it('shows the answers behind a requirement the person has evidence for, what they did first', () => {
    const [compared] = compareWithListing(
      analysisOf([line('Debug production incidents', ['problem-diagnosis'])]),
      result,
      plan,
    ).lines
    expect(compared?.status).toBe('evidence')
    const evidence = compared?.standings[0]?.evidence ?? []
    expect(evidence.length).toBeGreaterThan(0)
    expect(evidence[0]).toEqual({
      questionId: 'engineering-work',
      label: expect.stringContaining('Engineering work'),
      answer: expect.stringContaining('postmortem'),
      reason: expect.stringContaining('postmortems are problem-diagnosis evidence'),
    })
  })

  it('names the plan step that covers a gap, earliest first', () => {
    const [compared] = compareWithListing(
      analysisOf([line('Run customer interviews', ['customer-discovery'])]),
      result,
      plan,
    ).lines
    expect(compared?.status).toBe('gap')
    const steps = compared?.standings[0]?.steps ?? []
    const building = plan.actions.filter((a) => a.skills.some((s) => s.skillId === 'customer-discovery'))
    expect(building.length).toBeGreaterThan(0)
    expect(steps.map((s) => s.actionId)).toEqual(
      [...building].sort((a, b) => a.startWeek - b.startWeek).map((a) => a.actionId),
    )
    expect(steps.every((s) => !s.done)).toBe(true)
  })

  it('says a gap is not in the plan yet when no step builds it, and marks steps already done', () => {
    const withoutUx = { ...plan, actions: plan.actions.filter((a) => !a.skills.some((s) => s.skillId === 'ux-sense')) }
    const ux = compareWithListing(analysisOf([line('Design intuitive flows', ['ux-sense'])]), result, withoutUx)
    expect(ux.lines[0]?.standings[0]?.steps).toEqual([])
    const first = plan.actions.find((a) => a.skills.some((s) => s.skillId === 'customer-discovery'))
    const done = compareWithListing(
      analysisOf([line('Talk to users', ['customer-discovery'])]),
      result,
      plan,
      new Set([first?.actionId ?? '']),
    )
    expect(done.lines[0]?.standings[0]?.steps.find((s) => s.actionId === first?.actionId)?.done).toBe(true)
  })

  it('calls a line with one gap among its skills a gap, and a line with no skill we measure not measured', () => {
    const { lines } = compareWithListing(
      analysisOf([
        line('Debug incidents with customers', ['problem-diagnosis', 'customer-discovery']),
        line('5+ years of experience', [], 'must', true),
        line('A skill added after this assessment', ['brand-new-skill']),
      ]),
      result,
      plan,
    )
    expect(lines.map((l) => l.status)).toEqual(['gap', 'not-measured', 'not-measured'])
  })

  it('sums up coverage, must versus stretch, and the gaps that matter most for this listing', () => {
    const comparison = compareWithListing(
      analysisOf([
        line('Debug incidents', ['problem-diagnosis']),
        line('Estimate effort', ['technical-feasibility']),
        line('Interview users', ['customer-discovery']),
        line('Synthesise feedback', ['customer-discovery']),
        line('Polish flows', ['ux-sense'], 'nice'),
        line('Polish more flows', ['ux-sense'], 'nice'),
        line('5+ years', [], 'must', true),
      ]),
      result,
      plan,
    )
    expect(comparison.summary).toMatchObject({
      measured: 6,
      covered: 2,
      mustMeasured: 4,
      mustCovered: 2,
      must: 5,
      nice: 2,
      notMeasured: 1,
    })
    // Two must-have mentions outweigh two nice-to-have ones, though UX sense scores lower.
    expect(comparison.summary.topGaps.map((g) => g.skillId)).toEqual(['customer-discovery', 'ux-sense'])
    expect(comparison.summary.topGaps[0]).toMatchObject({ mentions: 2, mustMentions: 2 })
    expect(comparison.summary.leadWith.map((s) => s.skillId)).toEqual(['problem-diagnosis', 'technical-feasibility'])
  })

  it('keeps a third gap only when the listing asks for it more than once or as a must-have', () => {
    const base = [line('Interview users', ['customer-discovery']), line('Polish flows', ['ux-sense'])]
    const once = compareWithListing(analysisOf([...base, line('Tell stories', ['storytelling'], 'nice')]), result, plan)
    const must = compareWithListing(analysisOf([...base, line('Tell stories', ['storytelling'])]), result, plan)
    expect(scoreOf('storytelling')).toBeLessThan(55)
    expect(once.summary.topGaps.map((g) => g.skillId)).not.toContain('storytelling')
    expect(must.summary.topGaps.map((g) => g.skillId)).toContain('storytelling')
  })
})
